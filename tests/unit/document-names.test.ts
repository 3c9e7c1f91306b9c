import { beforeAll, describe, expect, it } from 'vitest';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { publishedIndex } from '../helpers/published-index.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe('a body named as its document goes by', () => {
	let first: (query: string) => string | undefined;
	beforeAll(async () => {
		({ first } = await publishedIndex());
	});

	it('counts the name in every paragraph of that document: its paragraph on the rest of the query comes first', () => {
		// CHOGM ¶5-6 are on climate; ¶1, ¶2 and ¶8 write "CHOGM" and say nothing of it, and came first.
		for (const query of ['what did CHOGM say about climate', 'what did chogm say about climate'])
			expect(first(query), query).toMatch(/^CHOGM 2024 Communiqué ¶[56]$/u);
	});

	it('reads the name from the symbol the document was imported with, typed in capitals or not', () => {
		// CARICOM ¶9: "accepted the invitation of the Government of Grenada to host the Forty-Eighth Regular Meeting";
		// CHOGM ¶9 says "the next … Heads of Government Meeting" and came first. The CARICOM communiqué's title is in
		// capitals throughout; "CARICOM" is in the symbol it was imported with ("CARICOM HGC-47 Communiqué").
		for (const query of [
			'Where will the next CARICOM heads of government meeting be held?',
			'where will the next caricom heads of government meeting be held?',
		])
			expect(first(query), query).toBe('CARICOM HGC-47 Communiqué ¶9');
	});
});

describe('a body named as only its own document writes it', () => {
	let index: ParagraphIndex;
	let first: (query: string) => string | undefined;
	beforeAll(async () => {
		({ index, first } = await publishedIndex());
	});

	it("keeps a partial match to that body: another body's next meeting is no answer", () => {
		// Only the Kazan Declaration writes "BRICS"; it says nothing of a next summit. CHOGM ¶9 (the next Commonwealth
		// meeting, a place) matched through "next".
		expect(index.search('Where will the next BRICS summit be held?').match).toBe('none');
		expect(first('what did BRICS say about gaza')).toBe('Kazan Declaration ¶5');
	});
});

describe('a name every document speaks of', () => {
	it('nor the only document there is: "UN" of SG/2084\'s title leaves its paragraphs in their order', () => {
		// SG/2084's title names the UN, which its text speaks of throughout: ¶3 (the CTC's role) keeps its place.
		const index = indexOf(seedCorpus());
		const order = index.search('helping states meet their UN anti-terror duties').hits.map((h) => h.paragraph.id);
		expect(order.slice(0, 2)).toContain('sg2084-3');
	});
});
