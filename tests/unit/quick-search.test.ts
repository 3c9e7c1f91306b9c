import { describe, expect, it } from 'vitest';
import { indexOf, twoDocumentCorpus } from '../helpers/corpus.ts';

const corpus = twoDocumentCorpus();
const index = indexOf(corpus);
const suggested = (input: string, limit = 5) => index.suggestParagraphs(input, {}, limit);
const has = (word: RegExp) => (p: { searchText: string }) => word.test(p.searchText);

describe('autocomplete (the keystroke path)', () => {
	it('completes a started word to paragraphs that have one of its completions', () => {
		const found = suggested('terr');
		expect(found.length).toBeGreaterThan(0);
		expect(found.every(has(/\bterror/i))).toBe(true);
	});

	it('with a finished word and a last one too short to complete, offers that word’s best paragraphs', () => {
		const alone = suggested('terrorism');
		const withLetter = suggested('terrorism c');
		expect(withLetter.length).toBeGreaterThan(0);
		expect(withLetter.every(has(/\bterror/i))).toBe(true);
		// The same ranking as the word alone: its best paragraphs by the word's score in the text.
		expect(withLetter.map((p) => p.id)).toEqual(suggested('terrorisms').map((p) => p.id));
		expect(alone.length).toBeGreaterThan(0);
	});

	it('requires every finished word, and the completions of the last', () => {
		const found = suggested('security coun', 10);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((p) => has(/\bsecurit/i)(p) && has(/\bcoun/i)(p))).toBe(true);
	});

	it('filters by document', () => {
		const [document] = corpus.documents;
		if (!document) throw new Error('no document');
		const found = index.suggestParagraphs('terr', { document: document.slug }, 5);
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((p) => p.document === document.slug)).toBe(true);
	});
});
