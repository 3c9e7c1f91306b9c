import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { seedCorpus } from '../helpers/corpus.ts';

const seed = readFileSync(new URL('../../data/documents/sg2084.txt', import.meta.url), 'utf8');
const title = 'Fifth High-Level Meeting Between UN and Regional Organizations Concludes';

describe('parseSource on SG/2084', () => {
	const parsed = parseSource(seed, title);

	it('finds exactly the ten conclusions, numbered in document order', () => {
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});

	it.each([
		[1, 'The fifth High-Level Meeting'],
		[2, 'Participants reaffirmed support for multilateralism'],
		[3, 'Participants recognized that terrorism'],
		[4, 'The participating organizations reiterated'],
		[5, 'At a time when remarkable progress'],
		[6, 'Participants expressed particular concern'],
		[7, 'Participants expressed that poverty'],
		[8, 'Multilateral cooperation was key in the area of disarmament and non-proliferation'],
		[9, 'Cooperation in the prevention of armed conflict'],
		[10, 'To address the issues of human rights'],
	])('¶%i begins "%s"', (number, start) => {
		expect(parsed.paragraphs[number - 1]?.text.replace(/\s+/gu, ' ').startsWith(start)).toBe(true);
	});

	it('puts ¶10 under "Further Work" and leaves the others without a section', () => {
		expect(parsed.paragraphs.map((p) => p.section)).toEqual([...Array<null>(9).fill(null), 'Further Work']);
	});

	it('keeps the date line, the title, the preamble, the heading and the end marker out of the conclusions', () => {
		const texts = parsed.paragraphs.map((p) => p.text);
		for (const furniture of ['31 July 2003', 'Concludes Following', 'NEW YORK, 30 July', 'Further Work', '* *** *']) {
			expect(texts.some((t) => t.startsWith(furniture) || t === furniture)).toBe(false);
		}
		expect(parsed.preamble).toMatch(/^NEW YORK, 30 July \(UN Headquarters\) -- Following are the conclusions/);
	});

	it('keeps the published characters (curly quotes, U+00A0) in the quoted text', () => {
		expect(parsed.paragraphs[0]?.text).toContain('“new”');
		expect(parsed.paragraphs[0]?.text).toContain('\u00a0');
	});
});

describe('paragraph records', () => {
	const corpus = seedCorpus();

	it('normalize U+00A0 and whitespace runs for search, and keep the curly quotes', () => {
		for (const paragraph of corpus.paragraphs) {
			expect(paragraph.searchText).not.toMatch(/\u00a0|\s{2}/u);
		}
		expect(corpus.paragraphs[0]?.searchText).toContain('described as “new”, they were');
	});

	it('have stable ids made of the slug and the number', () => {
		expect(corpus.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 10 }, (_, i) => `sg2084-${i + 1}`));
	});

	it('carry the provenance of SG/2084', () => {
		expect(corpus.documents[0]).toMatchObject({
			slug: 'sg2084',
			symbol: 'SG/2084',
			releaseDate: '2003-07-31',
			meetingDates: ['2003-07-29', '2003-07-30'],
			place: 'New York',
			sourceUrl: 'https://unis.unvienna.org/unis/en/pressrels/2003/sg2084.html',
		});
		expect(corpus.version).toMatch(/^[0-9a-f]{10}$/);
	});
});

describe('parseSource on other layouts', () => {
	it('skips a leading date line and title when there is no dateline, and stops at the end marker', () => {
		const text =
			'1 March 2005\n\nA Title\n\nFirst conclusion.\n\nHeading Here\n\nSecond conclusion.\n\n* *** *\n\nNot part of it.';
		const parsed = parseSource(text, 'A Title');
		expect(parsed.preamble).toBeNull();
		expect(parsed.paragraphs).toMatchObject([
			{ number: 1, section: null, text: 'First conclusion.' },
			{ number: 2, section: 'Heading Here', text: 'Second conclusion.' },
		]);
	});

	it('skips a title, date line and masthead line a page sets after its dateline: they head no section', () => {
		const text = [
			'NEW YORK, 5 May 2010 (UN Headquarters) --',
			'Regional Cooperation on Water Security',
			'5 May 2010',
			'Press Release SG/9999',
			'1. Water security is a shared concern.',
			'Follow-up',
			'2. The next meeting will be held in Geneva.',
		].join('\n\n');
		const parsed = parseSource(text, 'Regional Cooperation on Water Security');
		expect(parsed.paragraphs).toMatchObject([
			{ number: 1, section: null, text: 'Water security is a shared concern.' },
			{ number: 2, section: 'Follow-up', text: 'The next meeting will be held in Geneva.' },
		]);
	});

	it("leaves a page's footnotes out of the paragraph its page break cuts, and joins the paragraph again", () => {
		const text = [
			'1. The first conclusion.',
			'',
			'2. Many countries lack the capacity to act, and resources for preparedness remain far below those',
			'',
			'_______________',
			'  1   Information received from the secretariat of the Strategy as at',
			'      30 June 2007.',
			'  2   A second note.',
			'',
			'                                                     07-45678',
			'A/62/204',
			'',
			'2',
			'',
			'committed to response, as the Hyogo Framework asked.',
			'',
			'3. The last conclusion.',
		].join('\n');
		expect(parseSource(text, 'x').paragraphs.map((p) => p.text)).toEqual([
			'The first conclusion.',
			'Many countries lack the capacity to act, and resources for preparedness remain far below those committed to response, as the Hyogo Framework asked.',
			'The last conclusion.',
		]);
	});

	it('keeps what follows a rule that no footnote number follows', () => {
		const text = ['Annex', '', '__________', '1. The first conclusion.', '2. The second conclusion.'].join('\n');
		expect(parseSource(text, 'Annex').paragraphs.map((p) => p.text)).toEqual([
			'The first conclusion.',
			'The second conclusion.',
		]);
	});

	it("finds a resolution's first operative paragraph after the preambular ones, which end in commas", () => {
		const text = [
			'The General Assembly,',
			'Recalling its resolution 60/288 of 8 September 2006, by which it adopted the',
			'Strategy,',
			'Noting with concern that terrorist groups exploit porous borders,',
			'1. Welcomes the efforts of regional organizations;',
			'2. Requests the Secretary-General to report;',
			'3. Decides to remain seized of the matter.',
			'',
			'81st plenary meeting',
		].join('\n');
		expect(parseSource(text, 'x').paragraphs).toMatchObject([
			// The preambular paragraphs are quoted too, held after the operative numbers (see preamble.test.ts).
			{
				number: 4,
				inAnnex: { annex: 'Preamble', number: 1 },
				text: 'Recalling its resolution 60/288 of 8 September 2006, by which it adopted the Strategy,',
			},
			{ number: 5, inAnnex: { annex: 'Preamble', number: 2 } },
			{ number: 1, text: 'Welcomes the efforts of regional organizations;' },
			{ number: 2, text: 'Requests the Secretary-General to report;' },
			// The meeting that adopted it is no part of the last paragraph.
			{ number: 3, text: 'Decides to remain seized of the matter.' },
		]);
	});

	it('splits a statement quoted paragraph by paragraph, each opening with a quotation mark, without blank lines, and quotes each without the marks', () => {
		const text = [
			'At the 5529th meeting of the Security Council, held on 20 September 2006, the President of the Security',
			'Council made the following statement on behalf of the Council:',
			'“The Security Council reaffirms its primary responsibility under the Charter of the United Nations for the',
			'maintenance of international peace and security as a whole and in every region of the world alike.',
			'“The Security Council recalls that cooperation between the United Nations and regional organizations is',
			'an integral part of collective security as provided for in Chapter VIII of the Charter of the Nations.',
			'“The Security Council invites the Secretary-General to report on the matter within a year.”',
		].join('\n');
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => p.text.slice(0, 27))).toEqual([
			'The Security Council reaffi',
			'The Security Council recall',
			'The Security Council invite',
		]);
		// The statement's closing mark is the quotation's, not the last paragraph's.
		expect(parsed.paragraphs.at(-1)?.text).toBe(
			'The Security Council invites the Secretary-General to report on the matter within a year.',
		);
	});

	it('accepts Windows line ends and blank lines made of non-breaking spaces', () => {
		const parsed = parseSource('One.\r\n\u00a0\r\nTwo.', 'x');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['One.', 'Two.']);
	});
});
