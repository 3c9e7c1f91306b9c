import { describe, expect, it } from 'vitest';
import { findInConclusions } from '../../commands/find-in-conclusions.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { indexOf, requester, seedCorpus } from '../helpers/corpus.ts';

const context = () => ({
	corpus: seedCorpus(),
	index: indexOf(seedCorpus()),
	requester: requester('en-US'),
	cooldown: Cooldown.off(),
});

/** The "shares N of M key words" note of each paragraph the answer shows. */
function notes(content: string): [number, number][] {
	const reply = JSON.stringify(firstResponse(findInConclusions.execute({ content, attachments: 0 }, context())));
	return Array.from(reply.matchAll(/shares (\d+) of (\d+) key words/gu), (m) => [Number(m[1]), Number(m[2])]);
}

describe('Find in conclusions: how much of the message a paragraph shares', () => {
	it('counts against the words of the message, not only those the text knows', () => {
		// French: only a few of its words (central, coordination, protection…) are words of the English text.
		const french =
			'Les participants ont souligné le rôle central des Nations Unies dans la coordination des efforts ' +
			'internationaux contre le terrorisme et la protection des civils.';
		const shown = notes(french);
		expect(shown.length).toBeGreaterThan(0);
		for (const [shared, of] of shown) {
			expect(shared).toBeGreaterThan(0);
			// Far more words than it shares: "4 of 4" overstated a match of a few borrowed words.
			expect(of).toBeGreaterThanOrEqual(12);
			expect(shared).toBeLessThan(of);
		}
	});

	it('still says "all" of a message made of the text’s own words', () => {
		const [best] = notes('terrorism represents a major challenge to international peace and security');
		expect(best?.[0]).toBe(best?.[1]);
	});
});
