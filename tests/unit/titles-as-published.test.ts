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
});
