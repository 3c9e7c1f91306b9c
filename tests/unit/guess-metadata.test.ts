import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { expectedLayout, LAYOUT_DOCUMENTS } from '../helpers/corpus.ts';

describe('guessMetadata: what a text says about itself', () => {
	it.each([
		['a symbol alone on its line', 'SG/2111\n', 'SG/2111'],
		['a symbol beside "United Nations", in a column', 'United Nations      A/99/123\n', 'A/99/123'],
		['a symbol after "United Nations" and one space', 'United Nations A/99/123\n', 'A/99/123'],
		['a joint document: its first symbol', 'United Nations     A/60/341 S/2005/567\n', 'A/60/341'],
		['a symbol after the organ, in a column', 'General Assembly      A/RES/60/1\n', 'A/RES/60/1'],
		['no symbol in a sentence that cites one', 'Recalling resolution A/RES/60/1, participants agreed.\n', undefined],
		['a Security Council resolution, its year part of it', 'S/RES/9876 (2031)\n', 'S/RES/9876 (2031)'],
		['a resolution with its year, in a column', 'United Nations      S/RES/9876 (2031)\n', 'S/RES/9876 (2031)'],
		['a resolution with its year set close', 'S/RES/9876(2031)\n', 'S/RES/9876 (2031)'],
		['no symbol in a resolution cited with its year', 'Recalling resolution 9800 (2030),\n', undefined],
		// Other bodies' series, as each prints its symbol on its first page.
		["the European Parliament's texts adopted", 'P10_TA(2040)0015\n\nSituation in Georgia\n', 'P10_TA(2040)0015'],
		['an IMO document, the organ apart', 'MSC 120/24/Add.1\nAnnex 1, page 1\n', 'MSC 120/24/Add.1'],
		['an IMO resolution under its kind', 'RESOLUTION MSC.999(120)\n(adopted on 14 May 2040)\n', 'MSC.999(120)'],
		['an IMO resolution alone on its line', 'MSC.999(120)\n', 'MSC.999(120)'],
		['an FAO report', 'CL 175/REP\n\nREPORT OF THE COUNCIL\n', 'CL 175/REP'],
		["an African Union Assembly's decision", 'Assembly/AU/Dec.870(XXXVII)\nPage 1\n', 'Assembly/AU/Dec.870(XXXVII)'],
		[
			"a Council of Europe Committee of Ministers' declaration",
			'Decl(14/05/2045)\n\nDeclaration on…\n',
			'Decl(14/05/2045)',
		],
		['its recommendation', 'Recommendation\nCM/Rec(2045)13\n', 'CM/Rec(2045)13'],
		['its decision', 'CM/Del/Dec(2045)1530/2.3\n', 'CM/Del/Dec(2045)1530/2.3'],
		['no symbol in a sentence of the declaration', 'Recalling Decl(14/05/2045) and CM/Rec(2045)13,\n', undefined],
		['no symbol in a page number', 'PAGE 2/12\n', undefined],
		// The asterisk marks a footnote (`* Reissued for technical reasons`), no part of the symbol.
		['a reissued document', 'United Nations      A/HRC/99/L.1*\n', 'A/HRC/99/L.1'],
		['a reissued document of another body', 'EUCO 15/24*\n', 'EUCO 15/24'],
	])('symbol: %s', (_, text, symbol) => {
		expect(guessMetadata(text).symbol).toBe(symbol);
	});

	it.each([
		['E/CN.99/2031/L.3 Rev.1', 'E/CN.99/2031/L.3 Rev.1'],
		['In 2031, the Commission met.', undefined],
		['2/3', undefined],
	])('names a line that looks like a symbol it could not read: %j', (line, like) => {
		const guessed = guessMetadata(`United Nations\n${line}\n\nCooperation on the northern river basins\n`);
		expect(guessed.symbol).toBeUndefined();
		expect(guessed.symbolLike).toBe(like);
	});

	it("leaves a title's closing colon out, where the line read leads into the text", () => {
		const text =
			'PSC/PR/COMM.1412 (2041)\n\nCOMMUNIQUÉ\n\nAdopted by the Peace and Security Council at its 1412th meeting, on the\n' +
			'situation in the Lake Chad Basin:\n\nThe Peace and Security Council,\n';
		expect(guessMetadata(text).title).toMatch(/Lake Chad Basin$/u);
	});

	it('reads the title under a running head that counts the pages, not the head with its count', () => {
		const page = (n: number) => `G20 Lakeside Leaders’ Declaration                                   ${n}/3`;
		const text = [
			page(1),
			'',
			'                            G20 LAKESIDE SUMMIT',
			'                       Lakeside, 22–23 November 2045',
			'',
			'                     G20 Lakeside Leaders’ Declaration',
			'',
			'1. We, the Leaders of the G20, met in Lakeside.',
			'\f' + page(2),
			'2. We reaffirm our commitment.',
			'\f' + page(3),
			'3. We thank the host.',
		].join('\n');
		expect(guessMetadata(text).title).toBe('G20 Lakeside Leaders’ Declaration');
		// A title that ends with a number once (`Decision 1/4`) is no running head.
		expect(guessMetadata('Decision 1/4\n\n1. The Council decides.\n').title).toBe('Decision 1/4');
	});

	it('dates an African Union communiqué by its adoption line, not by the day its page was posted', () => {
		const guessed = guessMetadata(
			'Communiqué of the 1301st meeting of the Peace and Security Council\n\nPosted on: 15 November 2045\n\n' +
				'PSC/PR/COMM.1301 (2045)\n\nCOMMUNIQUÉ\n\nAdopted by the Peace and Security Council (PSC) of the African Union (AU) ' +
				'at its 1301st meeting held on 14 November 2045, on the situation in the Sahel region.\n\n' +
				'The Peace and Security Council of the African Union (AU),\n\n1. Expresses concern.\n',
		);
		expect(guessed.releaseDate).toBe('2045-11-14');
		expect(guessed.dateDoubt).toBeUndefined();
	});

	it('takes no title line with a day of the week under it for a place', () => {
		const guessed = guessMetadata(
			'Situation in the Sahel\nThursday, 15 March 2041 - Strasbourg\n\n1. Calls for peace.\n',
		);
		expect(guessed.place).toBe('Strasbourg');
	});

	it.each([
		['Geneva, 10-11 March 2024', 'Geneva'],
		['Nice, France, 9–13 June 2031', 'Nice'],
		['Addis Ababa, Ethiopia, 2 December 2031', 'Addis Ababa'],
		['Geneva, 10–11 March 2024', 'Geneva'],
		['Vienna, 25 and 26 July 2005', 'Vienna'],
		['New York, 26 July 2005', 'New York'],
		['NEW YORK, 31 July (UN Headquarters) -- The Secretary-General said today.', 'New York'],
		['ADDIS ABABA, 3 May -- Participants met.', 'Addis Ababa'],
		['Participants, 12 in all, agreed.', undefined],
		// The date first, then the place; a day of the week is never the place.
		['Thursday, 15 March 2041 - Strasbourg', 'Strasbourg'],
		['3-5 July 2041, Basseterre, Saint Kitts and Nevis', 'Basseterre'],
		['Strasbourg, Thursday, 15 March 2041', 'Strasbourg'],
	])('place from the dateline %j', (line, place) => {
		expect(guessMetadata(`SG/1\n\n${line}\n`).place).toBe(place);
	});

	it('leaves out the masthead, footnote marks and runs of spaces when choosing the title', () => {
		const heading = [
			'United Nations                                   A/60/341',
			'General Assembly                 Distr.: General',
			'                                 6 September 2005',
			'                                 Original: English',
			'Sixtieth session',
			'Item 12 of the provisional agenda*',
			'Cooperation between    the United Nations and',
			'regional and other organizations*',
			'',
			'          Letter dated 2 September 2005 from the Secretary-General',
			'          addressed to the President of the General Assembly',
			'',
			'1. Participants agreed.',
			' * A/60/150.',
		].join('\n');
		expect(guessMetadata(heading)).toEqual({
			symbol: 'A/60/341',
			title: 'Cooperation between the United Nations and regional and other organizations',
			releaseDate: '2005-09-06',
			place: undefined,
		});
		expect(guessMetadata('X/1\n\n', '  Summing-up   of the   meeting ').title).toBe('Summing-up of the meeting');
	});

	it('ends the front matter at the first bullet, even one made with an asterisk', () => {
		const text = 'SG/1\n\n* Participants agreed on a lot of things\n\nA later line of four words\n';
		expect(guessMetadata(text).title).toBeUndefined();
	});

	it('reads the symbol, place and date of a line of details set apart by middle dots', () => {
		// A stranger's own joint statement: the symbol was not read, nor named as a line that looks like one.
		const text =
			'Joint Statement of the Third Ministerial Meeting of the Coastal States Ministerial Forum on Ocean Plastics\n\n' +
			'Press release CSMF/MIN/3/2025 · Mombasa, 9 October 2025\n\n1. Ministers noted with alarm that plastic enters the ocean.\n';
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'CSMF/MIN/3/2025',
			releaseDate: '2025-10-09',
			place: 'Mombasa',
			title:
				'Joint Statement of the Third Ministerial Meeting of the Coastal States Ministerial Forum on Ocean Plastics',
		});
		// A dot between words without spaces is no separator.
		expect(guessMetadata('Statement\n\nPress release CSMF/MIN/3/2025·draft\n\n1. Text.\n').symbol).toBeUndefined();
	});

	it('reads a press release as published: its masthead is no title, its dateline gives the day', () => {
		const release = [
			'Department of Public Information • News and Media Division • New York',
			'',
			'Press Release SG/2150',
			'',
			"Secretary-General's Conclusions of the Eighth High-Level Meeting between the United Nations and Regional",
			'Organizations',
			'',
			'NEW YORK, 31 July (UN Headquarters) -- The following are the conclusions of the meeting held in New York',
			'on 29 and 30 July 2008:',
		].join('\n');
		expect(guessMetadata(release)).toEqual({
			symbol: 'SG/2150',
			title:
				"Secretary-General's Conclusions of the Eighth High-Level Meeting between the United Nations and Regional Organizations",
			releaseDate: '2008-07-31',
			place: 'New York',
		});
	});

	it('takes a masthead copied with its columns collapsed to single spaces for masthead, not a title', () => {
		const text = [
			'United Nations A/99/999',
			'General Assembly Distr.: General',
			'3 March 2010',
			'Original: English',
			'Conclusions of the Twelfth High-Level Meeting on Regional Cooperation',
			'1. The participants agreed to strengthen cooperation in peacekeeping.',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'A/99/999',
			title: 'Conclusions of the Twelfth High-Level Meeting on Regional Cooperation',
			releaseDate: '2010-03-03',
		});
		// A title may name a council: only a line with the distribution or the language is taken for masthead.
		expect(guessMetadata('S/1\n\nSecurity Council Reform and the Work of the General Assembly\n\n1. Text.').title).toBe(
			'Security Council Reform and the Work of the General Assembly',
		);
	});

	it('passes over the title of the agenda item a report is submitted under', () => {
		const text = [
			'United Nations                                                      A/62/204',
			'General Assembly                                Distr.: General',
			'                                                10 August 2007',
			'',
			'Sixty-second session',
			'Item 71 (a) of the provisional agenda*',
			'Strengthening of the coordination of humanitarian and',
			'disaster relief assistance of the United Nations',
			'',
			'',
			'            Cooperation between the United Nations and regional',
			'            and other organizations in disaster risk reduction',
			'',
			'            Report of the Secretary-General',
		].join('\n');
		expect(guessMetadata(text).title).toBe(
			'Cooperation between the United Nations and regional and other organizations in disaster risk reduction',
		);
	});

	it('takes a title that begins "Report of the" when it names more than the kind of document', () => {
		const text = ['S/2003/1', '', 'Report of the Security Council mission to West Africa', '', '1. Text.'].join('\n');
		expect(guessMetadata(text).title).toBe('Report of the Security Council mission to West Africa');
	});

	it("reads a resolution's title without its number, passing over the kind of document and an editorial note", () => {
		const text = [
			'United Nations                                                   A/RES/61/44',
			'General Assembly                                 Distr.: General',
			'                                                 18 December 2006',
			'Sixty-first session',
			'Agenda item 108',
			'',
			'               Resolution adopted by the General Assembly',
			'',
			'                [on the report of the Sixth Committee (A/61/457)]',
			'',
			'61/44. Cooperation between the United Nations and regional',
			'       organizations in countering terrorism',
			'',
			'    The General Assembly,',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'A/RES/61/44',
			title: 'Cooperation between the United Nations and regional organizations in countering terrorism',
		});
	});

	it("ends a resolution's title where its text opens with the organ acting, without a blank line between", () => {
		const text = [
			'United Nations',
			'A/RES/99/301',
			'General Assembly',
			'Distr.: General',
			'2 May 2031',
			'Resolution adopted by the General Assembly on 20 April 2031',
			'[without reference to a Main Committee (A/99/L.7)]',
			'',
			'99/301. Review of the arrangements for shared river basins',
			'The General Assembly,',
			'Recalling its resolution 98/12 on shared river basins,',
			'1. Decides to remain seized of the matter.',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({ title: 'Review of the arrangements for shared river basins' });
		expect(guessMetadata(text).titleDoubt).toBeUndefined();
		for (const organ of [
			'The Security Council,',
			'The Economic and Social Council,',
			'The Conference of the Parties,',
			'The Commission on the Status of Women,',
		]) {
			expect(guessMetadata(text.replace('The General Assembly,', organ)).title).toBe(
				'Review of the arrangements for shared river basins',
			);
		}
	});

	it("leaves a press release page's meeting line and section name out of its title", () => {
		const text = [
			'Skip to main content',
			'Home / Security Council / Press Release',
			'XX/9999',
			'3 March 2031',
			'Council Calls for Shared Management of the Northern River Basins',
			'9999th Meeting (AM)',
			'Meetings Coverage',
			'For information media. Not an official record.',
			'',
			'The Council this morning adopted a statement on shared rivers.',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'XX/9999',
			title: 'Council Calls for Shared Management of the Northern River Basins',
		});
		expect(guessMetadata(text).titleDoubt).toBeUndefined();
		for (const meeting of ['76th & 77th Meetings (AM & PM)', 'Eighty-sixth Session, 12th Plenary Meeting (AM)']) {
			expect(guessMetadata(text.replace('9999th Meeting (AM)', meeting)).title).toBe(
				'Council Calls for Shared Management of the Northern River Basins',
			);
		}
	});

	/** A letter under no agenda item, as `pdftotext -layout` gives it: its title, then its first sentence. */
	const LETTER = [
		'United Nations                                                S/2031/99',
		'             Security Council                                  Distr.: General',
		'                                                               9 March 2031',
		'                                                               Original: English',
		'',
		'             Letter dated 6 March 2031 from the Secretary-General addressed',
		'             to the President of the Security Council',
		'',
		'                   I have the honour to transmit herewith the conclusions adopted by the',
		'             Working Group on Shared Waters of the Basin Commission at its meeting',
		'             held in Geneva on 2 March 2031 (see annex).',
		'',
		'                                                      (Signed) A. Secretary-General',
		'',
		'             Annex',
		'',
		'             Conclusions of the Working Group on Shared Waters',
		'',
		'             1.   The Working Group agreed to meet again.',
	].join('\n');
	const LETTER_TITLE =
		'Letter dated 6 March 2031 from the Secretary-General addressed to the President of the Security Council';

	it("takes a letter's own title, the one it is cited by, never its first sentence", () => {
		expect(guessMetadata(LETTER)).toMatchObject({
			symbol: 'S/2031/99',
			title: LETTER_TITLE,
			releaseDate: '2031-03-09',
		});
		expect(guessMetadata(LETTER).titleDoubt).toBeUndefined();
		// Text without blank lines: the title still ends where the letter's text begins.
		expect(guessMetadata(LETTER.replace(/\n\n/gu, '\n')).title).toBe(LETTER_TITLE);
		// A note verbale is read the same way.
		const note = LETTER.replace(
			'Letter dated 6 March 2031 from the Secretary-General',
			'Note verbale dated 6 March 2031 from the Mission',
		);
		expect(guessMetadata(note).title).toMatch(/^Note verbale dated 6 March 2031 from the Mission addressed/u);
	});

	it("never takes a letter's first sentence for a title, even when it does not know the letter's kind", () => {
		const unknownKind = LETTER.replace(/ +Letter dated[^\n]*\n[^\n]*\n/u, '');
		expect(guessMetadata(unknownKind).title).toBe('Conclusions of the Working Group on Shared Waters');
		// A sentence that does not open like a letter is told by how it goes on: in lower case, to a full stop.
		const otherOpening = unknownKind.replace('I have the honour to transmit herewith', 'Transmitted herewith are');
		expect(guessMetadata(otherOpening).title).toBe('Conclusions of the Working Group on Shared Waters');
	});

	it('is unsure of a title that ends as if cut short', () => {
		const text = ['XX/1', '3 March 2031', '', 'Conclusions on the shared management of', '', 'Text.'].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			title: 'Conclusions on the shared management of',
			titleDoubt: expect.stringMatching(/cut short/u) as unknown,
		});
		expect(guessMetadata(text.replace(' of\n', '\n')).titleDoubt).toBeUndefined();
	});

	it('dates a resolution by its adoption, under its last paragraph, not by its distribution', () => {
		const text = [
			'United Nations                                                   A/RES/61/44',
			'General Assembly                                 Distr.: General',
			'                                                 18 December 2006',
			'',
			'61/44. Cooperation between the United Nations and regional organizations',
			'',
			'    1. Welcomes the efforts of regional organizations;',
			'',
			'                                                              81st plenary meeting',
			'                                                                4 December 2006',
		].join('\n');
		expect(guessMetadata(text).releaseDate).toBe('2006-12-04');
		expect(guessMetadata(text.replace('81st plenary meeting', 'A closing line')).releaseDate).toBe('2006-12-18');
	});

	it("dates Human Rights Council and Security Council resolutions by their meeting's day, printed without plenary", () => {
		const text = [
			'United Nations                                      A/HRC/RES/99/7',
			'General Assembly                                    Distr.: General',
			'                                                    9 April 2031',
			'',
			'Resolution adopted by the Human Rights Council on 3 April 2031',
			'',
			'99/7. Access to safe drinking water in camps for displaced persons',
			'',
			'    1. Calls upon States to ensure access to safe drinking water;',
			'',
			'                                                              52nd meeting',
			'                                                              3 April 2031',
			'                                               [Adopted without a vote.]',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'A/HRC/RES/99/7',
			title: 'Access to safe drinking water in camps for displaced persons',
			releaseDate: '2031-04-03',
		});
	});

	it("reads a Security Council resolution's symbol with its year, its numbered title and its day of adoption", () => {
		const text = [
			'United Nations',
			'',
			'S/RES/9876 (2031)',
			'',
			'Security Council',
			'',
			'Distr.: General',
			'14 March 2031',
			'',
			'Resolution 9876 (2031)',
			'Adopted by the Security Council at its 19999th meeting, on',
			'12 March 2031',
			'The Security Council,',
			'Recalling its previous resolutions on the situation in the northern basin,',
			'1. Decides to remain actively seized of the matter.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed).toMatchObject({
			symbol: 'S/RES/9876 (2031)',
			title: 'Resolution 9876 (2031)',
			releaseDate: '2031-03-12',
		});
		expect(guessed.titleDoubt).toBeUndefined();
		// The adoption line on one line: the same day.
		expect(guessMetadata(text.replace('meeting, on\n', 'meeting, on ')).releaseDate).toBe('2031-03-12');
	});

	it('passes over a heading of organisations joined by a dash, set above the title of their joint text', () => {
		const text = [
			'United Nations – Northern Union',
			'',
			'Joint Communiqué of the Fifth Annual Conference of the two organizations',
			'',
			'Lakeside, 2 December 2031',
			'',
			'1. The two organizations held their fifth annual conference.',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			title: 'Joint Communiqué of the Fifth Annual Conference of the two organizations',
			place: 'Lakeside',
			releaseDate: '2031-12-02',
		});
		// Alone, the heading is taken, and said to name who issued the text.
		const alone = guessMetadata('United Nations – Northern Union\n\n1. The two organizations met.\n');
		expect(alone.title).toBe('United Nations – Northern Union');
		expect(alone.titleDoubt).toMatch(/name of the body/u);
	});

	it('finds the title a page sets after a dateline alone on its line', () => {
		const text = [
			'NEW YORK, 5 May 2010 (UN Headquarters) --',
			'',
			'Secretary-General Welcomes Regional Cooperation on Water Security',
			'',
			'Press Release SG/9999',
			'',
			'1. The participants agreed that water security is a shared concern.',
		].join('\n');
		expect(guessMetadata(text)).toEqual({
			symbol: 'SG/9999',
			title: 'Secretary-General Welcomes Regional Cooperation on Water Security',
			releaseDate: '2010-05-05',
			place: 'New York',
		});
	});

	it('gives a dateline of early January the year after a meeting of late December', () => {
		const text = 'SG/1\n\nGENEVA, 3 January -- Participants met on 29 December 2009.\n';
		expect(guessMetadata(text).releaseDate).toBe('2010-01-03');
	});

	it('takes the first real date, never an impossible one', () => {
		expect(guessMetadata('SG/1\n31 June 2005\n\nNew York, 26 July 2005\n').releaseDate).toBe('2005-07-26');
		expect(guessMetadata('SG/1\n30 February 2024\n').releaseDate).toBeUndefined();
	});

	/** A news page copied from a browser (select all, copy) into a .txt: its menus come first, one item a line. */
	const COPIED_PAGE = [
		'Skip to main content',
		'Welcome to the United Nations',
		'العربية',
		'中文',
		'English',
		'Français',
		'Meetings Coverage and Press Releases',
		'Toggle navigation',
		'General Assembly',
		'Press Briefings',
		'Search',
		'Home',
		'Secretary-General',
		'Press Release',
		'3 March 2031',
		'XX/SM/9001',
		'For information media. Not an official record.',
		'Envoys Agree on a Shared Plan for the River Basins of the North',
		'',
		'GENEVA, 2 March (UN Office) — The envoys met on 1 and 2 March 2031 and agreed:',
		'',
		'-- Shared rivers are best managed together.',
	].join('\n');

	it('reads a copied web page: its menus, language names and breadcrumbs are no title', () => {
		expect(guessMetadata(COPIED_PAGE)).toEqual({
			symbol: 'XX/SM/9001',
			title: 'Envoys Agree on a Shared Plan for the River Basins of the North',
			releaseDate: '2031-03-03',
			place: 'Geneva',
			// The dateline's sentence gives the meeting's days ("met on 1 and 2 March 2031").
			meetingDates: ['2031-03-01', '2031-03-02'],
		});
		const breadcrumbs = COPIED_PAGE.replace('Home\nSecretary-General\n', 'Home / Secretary-General / Press Release\n');
		expect(guessMetadata(breadcrumbs).title).toBe('Envoys Agree on a Shared Plan for the River Basins of the North');
	});

	it("does not count a copied page's navigation against the lines it reads", () => {
		const longMenu = COPIED_PAGE.replace('Search\n', `${'Search\nHome\nEnglish\n'.repeat(12)}`);
		expect(guessMetadata(longMenu)).toMatchObject({
			symbol: 'XX/SM/9001',
			title: 'Envoys Agree on a Shared Plan for the River Basins of the North',
		});
	});

	it('takes the title after the symbol and date when a menu it does not know stands before them, and says so', () => {
		const menu = COPIED_PAGE.replace('Press Briefings', 'Peace and Security Topics Overview');
		expect(guessMetadata(menu)).toMatchObject({
			title: 'Envoys Agree on a Shared Plan for the River Basins of the North',
			titleDoubt: expect.stringContaining('Peace and Security Topics Overview') as unknown,
		});
	});

	it('is unsure of the title of a copied page without a symbol, whose first long line may be a menu', () => {
		const noSymbol = COPIED_PAGE.replace('XX/SM/9001\n', '').replace(
			'Press Briefings',
			'Global Perspective Human Stories',
		);
		// Its menu's first long line is taken for the title: the import must say it may not be.
		expect(guessMetadata(noSymbol).titleDoubt).toMatch(/copied web page, and without a document symbol/u);
		// A plain text without a symbol is read as before, without doubt.
		expect(guessMetadata('Envoys Agree on a Shared Plan\n\n1. The envoys agreed.\n').titleDoubt).toBeUndefined();
	});

	it('says when the title it read mixes scripts, as a language menu does', () => {
		const text = 'Home العربية 中文 English Français for All\n\nNo symbol here, and a closing line.\n';
		expect(guessMetadata(text).titleDoubt).toMatch(/mixes scripts/u);
	});

	it('passes over the body that issued a document, set above its title', () => {
		const text = [
			'United Nations S/AC.99/2031/1',
			'',
			'Security Council Distr.: General',
			'15 May 2031',
			'',
			'Original: English',
			'',
			'Working Group on Coastal Fisheries and Shared Waters',
			'',
			'Conclusions on fisheries cooperation in the northern basin',
			'',
			'1. The Working Group considered the report on the northern basin.',
		].join('\n');
		expect(guessMetadata(text)).toEqual({
			symbol: 'S/AC.99/2031/1',
			title: 'Conclusions on fisheries cooperation in the northern basin',
			releaseDate: '2031-05-15',
			place: undefined,
		});
		// Text from a PDF may set the title right under the body's name, with no blank line between them.
		expect(guessMetadata(text.replace('Shared Waters\n\n', 'Shared Waters\n')).title).toBe(
			'Conclusions on fisheries cooperation in the northern basin',
		);
		// With no title under it, the body's name is all there is: taken, and said to be doubtful.
		const alone = text.replace('Conclusions on fisheries cooperation in the northern basin\n', '');
		expect(guessMetadata(alone)).toMatchObject({
			title: 'Working Group on Coastal Fisheries and Shared Waters',
			titleDoubt: expect.stringMatching(/name of the body/u) as unknown,
		});
	});

	it("takes the agenda item's title before the name of the body when the document has no title of its own", () => {
		const text = [
			'United Nations                                      E/CN.99/2031/2',
			'Economic and Social Council                Distr.: General',
			'                                           9 January 2031',
			'Commission on Shared Rivers',
			'Fortieth session',
			'Item 3 of the provisional agenda',
			'Follow-up to the conference on shared rivers',
			'',
			'            Note by the Secretariat',
			'',
			'1. The Commission has before it the following.',
		].join('\n');
		expect(guessMetadata(text).title).toBe('Follow-up to the conference on shared rivers');
	});

	it("takes a PDF's title by its display type when a line above it could be a title too", () => {
		const text = [
			'United Nations S/AC.99/2031/1',
			'Security Council Distr.: General',
			'15 May 2031',
			'Original: English',
			'',
			'Group of Friends of the Northern Basin',
			'',
			'Conclusions on fisheries cooperation in the northern basin',
			'',
			'1. The Group considered the report on the northern basin.',
		].join('\n');
		// By its words alone, the group's name comes first after the masthead.
		expect(guessMetadata(text).title).toBe('Group of Friends of the Northern Basin');
		const display = ['Security Council', 'Conclusions on fisheries cooperation in the northern basin'];
		expect(guessMetadata(text, undefined, display)).toEqual({
			symbol: 'S/AC.99/2031/1',
			title: 'Conclusions on fisheries cooperation in the northern basin',
			releaseDate: '2031-05-15',
			place: undefined,
		});
		// Display type that matches no line that could be a title changes nothing.
		expect(guessMetadata(text, undefined, ['United Nations']).title).toBe('Group of Friends of the Northern Basin');
	});

	it("uses a page's heading unless it is the site's furniture", () => {
		expect(guessMetadata(COPIED_PAGE, 'Skip to main content').title).toBe(
			'Envoys Agree on a Shared Plan for the River Basins of the North',
		);
	});

	it.each(['press-release-copied', 'report-annex-layout', 'report-annex-pdf', 'statement-pdf'])(
		'reads the parsing fixture %s (a copied page, pdftotext and -layout text) as its expected metadata says',
		(name) => {
			const want = expectedLayout(name);
			const text = readFileSync(new URL(`../fixtures/parsing/${name}.txt`, import.meta.url), 'utf8');
			expect(guessMetadata(text)).toMatchObject({ symbol: want.symbol, title: want.title, releaseDate: want.date });
			expect(guessMetadata(text).titleDoubt).toBeUndefined();
		},
	);

	it.each(['annex-roman', 'annex-roman-pdf', 'numbered-extract', 'press-release-bullets'])(
		'reads the layout fixture %s as its expected metadata says',
		(name) => {
			const want = expectedLayout(name);
			const guessed = guessMetadata(readFileSync(join(LAYOUT_DOCUMENTS, `${name}.txt`), 'utf8'));
			expect(guessed).toMatchObject({ symbol: want.symbol, title: want.title, releaseDate: want.date });
		},
	);

	// pdftotext without -layout keeps no blank line between a bulletin's kind, its title and its first sentence.
	it.each([
		['Secretary-General’s bulletin', 'ST/SGB/2031/9'],
		['Administrative instruction', 'ST/AI/2031/4'],
		['Information circular', 'ST/IC/2031/12'],
	])('reads the title under "%s", up to the first sentence', (kind, symbol) => {
		const text = [
			symbol,
			'United Nations',
			'Secretariat',
			'4 May 2031',
			kind,
			'Shared office space and the booking of meeting rooms',
			'in the northern duty stations',
			'The Secretary-General, for the purpose of setting rules for shared rooms, promulgates',
			'the following:',
			'Section 1',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed).toMatchObject({
			symbol,
			title: 'Shared office space and the booking of meeting rooms in the northern duty stations',
		});
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it.each([
		'Draft agreed conclusions submitted by the Chair of the Commission',
		'Draft resolution submitted by the Vice-Chair of the Council, Mr. A. Example',
		'Agreed conclusions',
		'Chair’s summary',
		'Note by the Secretariat',
		'Report of the Secretary-General',
	])('leaves the line "%s", which says what kind of document it is, out of the title under it', (kind) => {
		const text = [
			'United Nations E/CN.99/2031/L.3',
			'',
			'Economic and Social Council Distr.: Limited',
			'14 March 2031',
			'Original: English',
			'',
			'Commission on Shared Rivers',
			'Fortieth session',
			'Agenda item 3 (a)',
			'',
			kind,
			'Cooperation on the northern river basins in a changing climate',
			'',
			'1. The Commission welcomes the agreement on shared fishing seasons.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe('Cooperation on the northern river basins in a changing climate');
		expect(guessed.titleDoubt).toBeUndefined();
		// The same with display type to go by, as a PDF sets both lines in one bold size.
		expect(
			guessMetadata(text, undefined, [
				'Economic and Social Council',
				`${kind}`,
				'Cooperation on the northern river basins in a changing climate',
			]).title,
		).toBe('Cooperation on the northern river basins in a changing climate');
	});

	it('takes a line saying what kind of document it is only when no title follows it, and says it is unsure', () => {
		const text = [
			'ST/IC/2031/12',
			'United Nations',
			'Secretariat',
			'4 May 2031',
			'Information circular',
			'1. Staff members are informed that the northern duty station closes on 1 June 2031.',
		].join('\n');
		expect(guessMetadata(text)).toMatchObject({
			title: 'Information circular',
			titleDoubt: expect.stringMatching(/what kind of document/u) as unknown,
		});
	});

	it('keeps a title that only begins with the words of a kind of document', () => {
		const text = [
			'United Nations E/CN.99/2031/L.4',
			'14 March 2031',
			'',
			'Agreed conclusions on cooperation in the northern river basins',
			'',
			'1. The Commission welcomes the agreement on shared fishing seasons.',
		].join('\n');
		expect(guessMetadata(text).title).toBe('Agreed conclusions on cooperation in the northern river basins');
	});
});

describe("a summit's document without a symbol, under its meeting's or body's name", () => {
	const front = (lines: string[]) => `${lines.join('\n')}\n\n1. The Heads of Government met in Port Azul.\n`;

	it.each([
		[
			['Harbour Heads of Government Meeting 2099', 'Port Azul, 21–26 October 2099', '', 'HARBOUR 2099 COMMUNIQUÉ'],
			'HARBOUR 2099 COMMUNIQUÉ',
		],
		[
			[
				'COMUNIDADE DOS PAÍSES DO MAR AZUL',
				'',
				'XV Conferência de Chefes de Estado e de Governo',
				'',
				'Declaração de Porto Azul',
			],
			'Declaração de Porto Azul',
		],
		[
			['Fifth Ministerial Meeting of the Harbour Forum', '', 'Joint Statement of Port Azul'],
			'Joint Statement of Port Azul',
		],
	])('is titled by the line that names the document: %j', (lines, title) => {
		const guessed = guessMetadata(front(lines));
		expect(guessed.title).toBe(title);
		// The line above is named as another possible title, to check.
		expect(guessed.titleDoubt).toContain(`"${lines[0]}" could be the title too`);
	});

	it('but not by a line that names only its kind and who issued it', () => {
		for (const kind of ['Conclusions de la Présidence', "Chair's Summary", 'Final Communiqué']) {
			const lines = ['CONFÉRENCE INTERNATIONALE SUR LA SÉCURITÉ MARITIME', '', kind];
			expect(guessMetadata(front(lines)).title).toBe('CONFÉRENCE INTERNATIONALE SUR LA SÉCURITÉ MARITIME');
		}
	});
});
