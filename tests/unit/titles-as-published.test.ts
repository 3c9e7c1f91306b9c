import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { extractHtml } from '../../src/import/extract-html.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');

describe('titles read from documents as they are published', () => {
	it("a decision set out in a report's addendum: the decision's subject, not the report's part line", () => {
		const guessed = guessMetadata(fixture('cma-decision-addendum.txt'));
		expect(guessed.symbol).toBe('FCCC/PA/CMA/2024/17/Add.1');
		expect(guessed.title).toBe('New collective quantified goal on climate finance');
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('the same addendum as pdftotext gives it without blank lines: the three lines are not joined', () => {
		const text = fixture('cma-decision-addendum.txt').replace(/\n\n+/gu, '\n');
		expect(guessMetadata(text).title).toBe('New collective quantified goal on climate finance');
	});

	it('a subject that goes on from the number keeps it, as a decision in capitals does', () => {
		const text = [
			'MC.DEC/3/24',
			'6 December 2024',
			'Ministerial Council',
			'Malta 2024',
			'DECISION No. 3/24',
			'ON STRENGTHENING CO-OPERATION TO COUNTER TRAFFICKING IN CULTURAL PROPERTY',
			'The Ministerial Council,',
			'1. Calls on the participating States to strengthen co-operation;',
		].join('\n');
		expect(guessMetadata(text).title).toBe(
			'DECISION No. 3/24 ON STRENGTHENING CO-OPERATION TO COUNTER TRAFFICKING IN CULTURAL PROPERTY',
		);
	});

	it("a Word page whose <title> is only the kind (Chair's Summary): the title line of its text", () => {
		const html = [
			'<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">',
			'<meta name=Generator content="Microsoft Word 15 (filtered)"><title>Chair&#8217;s Summary</title></head>',
			'<body lang=EN-GB><div class=WordSection1>',
			'<p class=MsoNormal align=center><b>High-Level Meeting of the Group of Friends of the Rule of Law</b></p>',
			'<p class=MsoNormal align=center>New York, 23 September 2024</p>',
			'<p class=MsoNormal align=center><b>Chair&#8217;s Summary</b></p>',
			'<p class=MsoNormal>1. The meeting was opened by the Minister for Foreign Affairs of Austria.</p>',
			'<p class=MsoNormal>2. Participants underlined that the rule of law is the foundation of sustainable peace.</p>',
			'</div></body></html>',
		].join('\n');
		const page = extractHtml(html);
		const guessed = guessMetadata(page.text, page.heading);
		expect(guessed.title).toBe('High-Level Meeting of the Group of Friends of the Rule of Law');
	});

	it('a heading naming only the kind, with no title line in the text, is kept but said unsure', () => {
		const guessed = guessMetadata('1. The meeting was opened by the Chair.\n', 'Joint Statement');
		expect(guessed.title).toBe('Joint Statement');
		expect(guessed.titleDoubt).toMatch(/what kind of document/u);
	});

	it("an organisation's name in capitals, with its acronym, is not glued onto the title under it", () => {
		const guessed = guessMetadata(fixture('ecowas-communique-word-plain.txt'));
		expect(guessed.title).toBe(
			'Final Communiqué of the 66th Ordinary Session of the ECOWAS Authority of Heads of State and Government',
		);
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('a name in capitals the import does not know, over a title in mixed case: two lines, said unsure', () => {
		const text = [
			'COMMON MARKET FOR EASTERN AND SOUTHERN AFRICA (COMESA)',
			'Communiqué of the 23rd Summit of the COMESA Heads of State and Government',
			'19 October 2024',
			'1.\tThe 23rd Summit was held in Bujumbura, Republic of Burundi, on 19 October 2024.',
		].join('\r\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('Communiqué of the 23rd Summit of the COMESA Heads of State and Government');
		expect(guessed.titleDoubt).toMatch(/COMMON MARKET/u);
	});

	it("a copied page whose breadcrumb's last item is set again as its heading: that heading, not the site's name", () => {
		const text = [
			'Skip to main content',
			'NATO',
			'North Atlantic Treaty Organization',
			'About us',
			'News',
			'Events',
			'Official texts',
			'Vilnius Summit Communiqué',
			'Vilnius Summit Communiqué',
			'Issued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius 11 July 2023',
			'11 Jul. 2023 -',
			'|',
			'',
			'1. We, the Heads of State and Government of the member countries of the Alliance, have gathered in Vilnius.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('Vilnius Summit Communiqué');
		expect(guessed.releaseDate).toBe('2023-07-11');
	});

	it("a communiqué's capitals title block, not a section heading under the text's first paragraph", () => {
		const guessed = guessMetadata(fixture('forum-communique-word-plain.txt'));
		expect(guessed).toMatchObject({
			title: '12TH EXTRAORDINARY SUMMIT OF THE FORUM HEADS OF STATE AND GOVERNMENT',
			releaseDate: '2023-06-21',
			place: 'Nairobi',
		});
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it("a letter under an agenda item, signed, then its annex: the annex's title, never the signature", () => {
		const text = [
			'United Nations                                   A/58/418',
			'General Assembly                                 Distr.: General',
			'                                                 8 October 2003',
			'',
			'Fifty-eighth session',
			'Agenda item 57',
			'Cooperation between the United Nations and regional and other organizations',
			'',
			'Letter dated 6 October 2003 from the Secretary-General addressed to the President of the General Assembly',
			'',
			'I have the honour to transmit herewith the conclusions adopted at the Workshop (see annex).',
			'',
			'I should be grateful if the present letter and its annex could be circulated as a document.',
			'',
			'(Signed) Kofi A. Annan',
			'',
			'Annex',
			'',
			'Conclusions of the Workshop on Cooperation in Peacekeeping',
			'',
			'1. The Workshop was held in Addis Ababa on 22 and 23 September 2003.',
		].join('\n');
		expect(guessMetadata(text).title).toBe('Conclusions of the Workshop on Cooperation in Peacekeeping');
		// `(Signed)` alone, the name and the signer's title under it: none of them either.
		const signedAlone = text.replace(
			'(Signed) Kofi A. Annan',
			'(Signed)\nKofi A. Annan\nSecretary-General of the Organization',
		);
		expect(guessMetadata(signedAlone).title).toBe('Conclusions of the Workshop on Cooperation in Peacekeeping');
	});

	it('a word a PDF broke at the end of a title line is one word again', () => {
		const text = [
			'United Nations                                   E/CN.6/2004/L.9',
			'Economic and Social Council                      Distr.: Limited',
			'                                                 11 March 2004',
			'',
			"Women's equal participation in conflict prevention, manage-",
			'ment and conflict resolution and in post-conflict peace-building',
			'',
			'1. The Commission recalls the Beijing Declaration and Platform for Action.',
		].join('\n');
		expect(guessMetadata(text).title).toBe(
			"Women's equal participation in conflict prevention, management and conflict resolution and in post-conflict peace-building",
		);
	});

	it("an agenda item's title run on into the document's own, with no blank line: kept, and the own title named", () => {
		const text = [
			'United Nations                                   E/CN.6/2004/L.9',
			'Economic and Social Council                      Distr.: Limited',
			'                                                 11 March 2004',
			'Commission on the Status of Women',
			'Forty-eighth session',
			'Agenda item 3 (c)',
			'Follow-up to the Fourth World Conference on Women and to the',
			'twenty-third special session of the General Assembly',
			"Women's equal participation in conflict prevention, manage-",
			'ment and conflict resolution and in post-conflict peace-building',
			'Draft agreed conclusions submitted by the Chair of the Commission',
			'1. The Commission on the Status of Women recalls the Beijing Declaration.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe(
			"Follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly Women's equal participation in conflict prevention, management and conflict resolution and in post-conflict peace-building",
		);
		expect(guessed.titleDoubt).toContain(
			`"Women's equal participation in conflict prevention, management and conflict resolution and in post-conflict peace-building" could be the document's own title`,
		);
	});

	it("a French cover note (de :, à :, Objet :): the subject is the title, and its days in capitals the meeting's", () => {
		const text = [
			'CONSEIL DE',
			"L'UNION EUROPÉENNE                                   Bruxelles, le 13 décembre 2031 (15.12)",
			'                                                     (OR. fr)',
			'',
			'                                                     16616/31',
			'',
			'NOTE DE TRANSMISSION',
			'de :      la Présidence',
			'à :       les délégations',
			'Objet :   CONSEIL EUROPÉEN DE BRUXELLES',
			'          12 ET 13 DÉCEMBRE 2031',
			'          CONCLUSIONS DE LA PRÉSIDENCE',
			'',
			'Les délégations trouveront ci-joint les conclusions de la Présidence.',
			'',
			"1. Le Conseil européen s'est réuni à Bruxelles les 12 et 13 décembre 2031.",
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('CONSEIL EUROPÉEN DE BRUXELLES 12 ET 13 DÉCEMBRE 2031 CONCLUSIONS DE LA PRÉSIDENCE');
		expect(guessed.meetingDates).toEqual(['2031-12-12', '2031-12-13']);
	});

	it('a communiqué whose first sentence says who adopted it, at which meeting, on what: the kind and that', () => {
		const text = [
			'AFRICAN UNION                                   UNION AFRICAINE',
			'                                                UNIÃO AFRICANA',
			'',
			'PEACE AND SECURITY COUNCIL',
			'1900TH MEETING',
			'ADDIS ABABA, ETHIOPIA',
			'14 JUNE 2031',
			'',
			'PSC/PR/COMM.1900 (2031)',
			'',
			'COMMUNIQUÉ',
			'',
			'The Peace and Security Council of the African Union (AU), at its 1900th meeting held on 14 June 2031, adopted the following decision on the situation in the Sahel:',
			'',
			'Council,',
			'',
			'1. Welcomes the briefing by the Commissioner for Political Affairs, Peace and Security;',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe(
			'Communiqué adopted by the Peace and Security Council of the African Union (AU) at its 1900th meeting held on 14 June 2031, on the situation in the Sahel',
		);
		// Not the Portuguese masthead line, nor any other: the masthead's columns name the body in three languages.
		expect(guessed.publisher).not.toBe('União Africana');
	});

	it("a copied page's share buttons under its title are no part of it", () => {
		const text = [
			'Home > Media > Press releases',
			'Press release',
			'22 May 2031 17:45',
			'Joint communiqué of the 3rd European Union – African Union ministerial meeting',
			'Share',
			'Facebook',
			'X',
			'LinkedIn',
			'Email',
			'Copy link',
			'',
			'Brussels, 22 May 2031',
			'',
			'1. Ministers reaffirmed the strategic partnership between the two Unions.',
		].join('\n');
		expect(guessMetadata(text).title).toBe(
			'Joint communiqué of the 3rd European Union – African Union ministerial meeting',
		);
	});

	it("a headline saying what a body did is the title, not the body's name (a stranger's press release)", () => {
		// Read as a body's name ("… Forum on Water Security"), its verb ignored, the import said it was unsure.
		const text = [
			'Press Release SG/9999',
			'',
			'Lakeside Regional Forum on Water Security Adopts Conclusions',
			'',
			'GENEVA, 12 May 2025 -- The Forum agreed the following conclusions:',
			'',
			'1. Participants welcomed the progress made on shared basins.',
			'',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('Lakeside Regional Forum on Water Security Adopts Conclusions');
		expect(guessed.titleDoubt).toBeUndefined();
		// The body's name alone, above a title, is still no title.
		expect(guessMetadata(text.replace(' Adopts Conclusions', '')).titleDoubt).toMatch(/name of the body/u);
	});
});
