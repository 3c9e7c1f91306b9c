import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe("a reader's verb near the word the text's noun is made from", () => {
	const index = indexOf(seedCorpus());

	it('links "stopping" to the text\'s prevention through stop and prevent, toward a dead end\'s answer', () => {
		const stopping = index.plan('stopping wars before they start').units[0];
		expect(stopping?.linking).toContainEqual([index.analyzer.term('prevention')]);
		// ¶9: "Cooperation in the prevention of armed conflict".
		const outcome = index.search('stopping wars before they start');
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(9);
	});

	it('answers nothing the text does not say through that link alone', () => {
		for (const query of ['stopping climate change', 'stopping piracy off somalia', 'stop the war in Iraq']) {
			expect(index.search(query).hits, query).toEqual([]);
		}
	});

	it('does not take a stem spelt as another word for the text\'s word ("organ" is not organizations)', () => {
		const organs = index.plan('organs of the body').units[0];
		expect(organs?.linking ?? []).not.toContainEqual([index.analyzer.term('organizations')]);
	});
});
