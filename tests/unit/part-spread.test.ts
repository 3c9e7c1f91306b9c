import { beforeAll, describe, expect, it } from 'vitest';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { LazyHit } from '../../src/search/search-hit.ts';
import { publishedIndex } from '../helpers/published-index.ts';
import { indexOf, layoutsCorpus, seedCorpus } from '../helpers/corpus.ts';

describe('a rare part of the query weighs more than a common one', () => {
	it('never weighs a function word more, however few paragraphs write it ("than")', () => {
		// SG/2084 writes "than" once (¶4, "rather than"): weighed by its rarity, it put ¶4 first.
		const index = indexOf(seedCorpus());
		const first = index.search('is poverty less important than terrorism').hits[0];
		expect(first?.paragraph.text).toMatch(/poverty/);
	});

	it('puts the paragraphs on training peacekeepers before those on human rights alone', () => {
		// "Human rights" is in many paragraphs, "training" and "peacekeepers" in few: those say what is asked about.
		const index = indexOf(layoutsCorpus());
		const hits = index.search('human rights training for peacekeepers').hits;
		expect(hits[0]?.paragraph.text).toMatch(/training of peacekeeping personnel/);
		expect(hits.slice(0, 3).every((h) => /peacekeep/i.test(h.paragraph.text))).toBe(true);
	});
});

describe('an acronym only one document writes names that document', () => {
	// The ten published documents: "BRICS" is written in the Kazan Declaration alone, whose title does not say it.
	let index: ParagraphIndex;
	let first: (query: string) => string | undefined;
	beforeAll(async () => {
		({ index, first } = await publishedIndex());
	});

	it("ranks that body's paragraph on the rest of the query first, though it does not repeat the name", () => {
		// Before: the paragraphs that only name BRICS, then the European Council's on Gaza.
		expect(first('BRICS gaza')).toBe('Kazan Declaration ¶5');
		expect(first('what did BRICS say about gaza?')).toBe('Kazan Declaration ¶5');
	});

	it('reads "G20" as a name too, and lends nothing for a name several documents write', () => {
		expect(first('what is the G20 growth forecast')).toBe('G20 Rio Declaration ¶3');
		// "UN" is written in several documents: a paragraph without it is not credited with it.
		const hits = index.search('UN terrorism').hits as LazyHit[];
		const withoutUn = hits.filter((h) => !/\bUN\b/.test(h.paragraph.text));
		expect(withoutUn.length).toBeGreaterThan(0);
		expect(withoutUn.every((h) => h.direct <= 1)).toBe(true);
	});
});
