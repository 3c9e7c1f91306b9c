import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const unitOf = (query: string, typed: string) => index.plan(query).units.find((unit) => unit.typed === typed);

describe("a function word's WordNet senses", () => {
	it('are not words of the query: "up" is no "equal" (even with an opponent) nor "informed"', () => {
		const up = unitOf('lining up gives bigger clout with their members', 'up');
		expect(up).toBeDefined();
		for (const group of [...(up?.related ?? []), ...(up?.narrower ?? []), ...(up?.looser ?? [])]) {
			expect(group).not.toContain(index.analyzer.term('equal'));
			expect(group).not.toContain(index.analyzer.term('informed'));
		}
	});

	it('no longer lead a paraphrase to ¶7\'s "equally important": the paragraph on working together answers', () => {
		const outcome = index.search('teaming up gives bigger clout with their members');
		// ¶1 (working together, a major impact upon their constituencies) among the first two: ¶8's "membership" and
		// "make" (WordNet's same sense of "gives") come as close since a same-sense word counts as close as a match
		// counts it (see `SemanticNeighbours.relevance`).
		expect(outcome.hits.slice(0, 2).map((hit) => hit.paragraph.number)).toContain(1);
		expect(outcome.hits.map((hit) => hit.paragraph.number)).not.toContain(7);
		expect(outcome.hits.flatMap((hit) => [...hit.matchedTerms])).not.toContain(index.analyzer.term('equal'));
	});

	it('never make a function word the meaning of another word: "end" is not "over"', () => {
		const end = unitOf('What follow-up did participants agree on at the end?', 'end');
		expect(end).toBeDefined();
		const over = index.analyzer.term('over');
		for (const group of [...(end?.related ?? []), ...(end?.narrower ?? []), ...(end?.looser ?? [])])
			expect(group).not.toEqual([over]);
		// ¶2's "an exchange over the implications" is then no match for the end of the meeting.
		const outcome = index.search('What follow-up did participants agree on at the end?');
		expect(outcome.hits.flatMap((hit) => [...hit.matchedTerms])).not.toContain(over);
	});

	it('stay for a function word that is also a content word ("back" a policy: support it)', () => {
		const back = unitOf('back multilateral efforts', 'back');
		expect([...(back?.narrower ?? []), ...(back?.looser ?? [])]).toContainEqual([index.analyzer.term('support')]);
	});
});
