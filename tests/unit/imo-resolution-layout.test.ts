import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLayoutNoise } from '../../src/corpus/layout-noise.ts';
import { paragraphNumber } from '../../src/corpus/markers.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { EXPECTED_DIR } from '../helpers/corpus.ts';

/**
 * Resolutions of IMO and other bodies print an operative paragraph's number with no stop, a tab before an operative
 * verb in capitals (`1	ADOPTS …`), which `pdftotext` gives as spaces.
 */
interface Expected {
	title: string;
	paragraphs: { paragraph: number; mark: string; section: string | null; text: string }[];
}
const fixture = (name: string) => ({
	text: readFileSync(new URL(`../fixtures/parsing/${name}.txt`, import.meta.url), 'utf8'),
	want: JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as Expected,
});
const withMarks = (parsed: ReturnType<typeof parseSource>) =>
	parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: paragraphMark(p), section: p.section, text: p.text }));
const { text, want } = fixture('imo-resolution-capital-verbs-pdf');

describe('operative numbers without a stop before a verb in capitals', () => {
	it('number the operative paragraphs, apart from the preamble, with the number out of the text', () => {
		const parsed = parseSource(text, want.title);
		const got = withMarks(parsed);
		expect(got).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
		expect(got.find((p) => p.mark === '¶5')?.text).toMatch(/^ALSO REQUESTS the Secretary-General/u);
	});

	it('read `5 ALSO REQUESTS` as a number, never a count before a word in capitals', () => {
		expect(paragraphNumber('5 ALSO REQUESTS the Secretary-General')).toEqual({
			number: 5,
			rest: 'ALSO REQUESTS the Secretary-General',
		});
		expect(paragraphNumber('12 DECIDES to remain seized of the matter.')?.number).toBe(12);
		// A count of bodies, an acronym, a possessive: words, not a paragraph's number.
		for (const line of ['15 NATIONAL port authorities', '2 UN agencies', '3 NGOS’ reports', '4 NATO members'])
			expect(paragraphNumber(line)).toBeUndefined();
	});
});

describe('an IMO resolution over pages, as `pdftotext` gives it', () => {
	const pages = fixture('imo-resolution-annex-pages-pdf');

	it("leaves out each page's footer (the file it was printed from) and head (symbol, annex and page)", () => {
		const parsed = parseSource(pages.text, pages.want.title);
		expect(withMarks(parsed)).toEqual(pages.want.paragraphs);
		expect(parsed.problems).toEqual([]);
		// ¶1 runs over the page break: its last word is on the next page, under the page's head.
		expect(parsed.paragraphs.find((p) => paragraphMark(p) === '¶1')?.text).toMatch(
			/annex to the present resolution;$/u,
		);
		for (const p of parsed.paragraphs) expect(p.section).toBeNull();
	});

	it.each([
		['I:\\MSC\\120\\MSC 120-24-Add.1.docx', true],
		['\\\\imo-fs\\docs\\MEPC 80-17.doc', true],
		['MSC 120/24/Add.1', true],
		['A 33/Res.1187', true],
		['Annex 1, page 2', true],
		['Annex, page 12', true],
		['as set out in annex 1, page 2 of the report.', false],
		['MSC 120 agreed to the amendments.', false],
	])('%j is page furniture: %s', (line, noise) => {
		expect(isLayoutNoise(line)).toBe(noise);
	});
});

describe('an IMO resolution whose annex numbers its guidelines 1.1, 1.2', () => {
	const text = [
		'RESOLUTION MSC.999(121)',
		'(adopted on 18 May 2043)',
		'THE MARITIME SAFETY COMMITTEE,',
		'RECALLING Article 28(b) of the Convention on the International Maritime',
		'Organization concerning the functions of the Committee,',
		'1\tADOPTS the Guidelines on the safe operation of remotely controlled harbour tugs,',
		'as set out in the annex to the present resolution;',
		'2\tAGREES to review the present resolution not later than 2047.',
		'',
		'ANNEX',
		'GUIDELINES ON THE SAFE OPERATION OF REMOTELY CONTROLLED HARBOUR TUGS',
		'1\tPURPOSE',
		'1.1\tThese Guidelines set out the minimum conditions for remote control.',
		'1.2\tThey do not apply to tugs engaged in ocean towage.',
		'2\tSHORE CONTROL CENTRE',
		'2.1\tThe shore control centre should be staffed at all times.',
		'',
	].join('\n');

	it("keeps the body's preamble and operative paragraphs, and the annex's text", () => {
		const parsed = parseSource(text, 'x');
		const marks = parsed.paragraphs.map((p) => paragraphMark(p));
		expect(marks.slice(0, 3)).toEqual(['preamble ¶1', '¶1', '¶2']);
		expect(parsed.paragraphs[1]?.text).toMatch(/^ADOPTS the Guidelines/u);
		const annex = parsed.paragraphs
			.filter((p) => paragraphMark(p).startsWith('annex'))
			.map((p) => p.text)
			.join(' ');
		expect(annex).toContain('These Guidelines set out the minimum conditions for remote control.');
		expect(annex).toContain('The shore control centre should be staffed at all times.');
	});
});
