import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const numbers = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);

describe('a paragraph that has only function words of the query, or other senses of its words', () => {
	it('does not follow the full matches: ¶2 has "among" (an exchange among organizations), not the dialogue', () => {
		expect(index.search('dialogue among civilizations').match).toBe('all');
		expect(numbers('dialogue among civilizations')).toEqual([5, 10]);
	});

	it('is no partial match: "between" alone says nothing of respect between religions', () => {
		const found = numbers('respect between religions');
		expect(found).toContain(5);
		for (const paragraph of found) {
			const hit = index.search('respect between religions').hits.find((h) => h.paragraph.number === paragraph);
			expect([...(hit?.matchedTerms ?? [])].some((t) => t !== 'between')).toBe(true);
		}
		expect(found).not.toContain(3);
	});

	it('is no match when it has only pieces of a part: "United Nations" is not the UN Charter', () => {
		const found = index.search('UN Charter');
		expect(found.hits[0]?.paragraph.number).toBe(2);
		// ¶1 and ¶3 name the United Nations, not its Charter; what follows ¶2 comes through the theme alone.
		for (const hit of found.hits.slice(1)) expect([...hit.matchedTerms]).toEqual([]);
	});

	it('follows full matches that say a part the text lacks in other words: "tackling" is not ¶1’s facing the world', () => {
		const outcome = index.search('tackling poverty');
		expect(outcome.match).toBe('all');
		expect(numbers('tackling poverty').slice(0, 2)).toEqual([1, 7]);
	});

	it('that would bold nothing does not follow the full matches: "tackling" is never bolded in ¶10’s confronting', () => {
		const outcome = index.search('tackling poverty');
		expect(outcome.hits.length).toBeGreaterThan(1);
		for (const hit of outcome.hits) {
			const bolded = hit.highlighter.segments(hit.paragraph.searchText).filter((segment) => segment.matched);
			expect(bolded.length, `¶${hit.paragraph.number}`).toBeGreaterThan(0);
		}
		expect(numbers('tackling poverty')).not.toContain(10);
	});

	it('keeps partial matches with a content word of the query', () => {
		// ¶4: "human rights should not be undermined in counter-terrorism efforts"; no paragraph has "torture".
		expect(numbers('torture and human rights in counter-terrorism')).toContain(4);
	});
});
