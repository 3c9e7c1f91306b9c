import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphNumber } from '../../src/corpus/markers.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { EXPECTED_DIR } from '../helpers/corpus.ts';

/**
 * Resolutions of IMO and other bodies print an operative paragraph's number with no stop, a tab before an operative
 * verb in capitals (`1	ADOPTS …`), which `pdftotext` gives as spaces.
 */
const NAME = 'imo-resolution-capital-verbs-pdf';
const text = readFileSync(new URL(`../fixtures/parsing/${NAME}.txt`, import.meta.url), 'utf8');
const want = JSON.parse(readFileSync(join(EXPECTED_DIR, `${NAME}.json`), 'utf8')) as {
	title: string;
	paragraphs: { paragraph: number; mark: string; section: string | null; text: string }[];
};

describe('operative numbers without a stop before a verb in capitals', () => {
	it('number the operative paragraphs, apart from the preamble, with the number out of the text', () => {
		const parsed = parseSource(text, want.title);
		const got = parsed.paragraphs.map((p) => ({
			paragraph: p.number,
			mark: paragraphMark(p),
			section: p.section,
			text: p.text,
		}));
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
