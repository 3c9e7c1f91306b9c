import { describe, expect, it } from 'vitest';
import { sentenceCloseness, withScore } from '../../src/search/closest-first.ts';
import { answersInOtherWords, CONSIDERED, saidFirst } from '../../src/search/other-words.ts';
import type { SearchHit } from '../../src/search/search-hit.ts';
import { closestSentence } from '../../src/search/sentence-cover.ts';
import { sentencesOf } from '../../src/search/sentences.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

/** A hit of a paragraph by id that matched these terms (a score of its own is given by `withScore`). */
const hit = (id: string, terms: string[]) =>
	({ paragraph: { id }, matchedTerms: new Set(terms), score: 0 }) as unknown as SearchHit;

describe("a paragraph's sentences", () => {
	it('end at a full stop, a question or exclamation mark, a line break, and before the items of a list', () => {
		expect(sentencesOf('They met. Did they agree? Yes!\nA new line')).toEqual([
			'They met.',
			'Did they agree?',
			'Yes!',
			'A new line',
		]);
		expect(sentencesOf('a committee which would: (a) Follow up on it; (b) Identify areas; 2) Report')).toEqual([
			'a committee which would:',
			'(a) Follow up on it;',
			'(b) Identify areas;',
			'2) Report',
		]);
	});

	it('do not end at every colon or semicolon, nor inside a number or an abbreviation', () => {
		expect(sentencesOf('They agreed: to meet again; and to report.')).toEqual([
			'They agreed: to meet again; and to report.',
		]);
		expect(sentencesOf('resolution 1373 (2001) of 28.9.2001 was noted')).toHaveLength(1);
		expect(
			sentencesOf('The U.N. Secretary-General and Mr. Annan, e.g. on No. 5, spoke. Then para. 3 was read.'),
		).toEqual(['The U.N. Secretary-General and Mr. Annan, e.g. on No. 5, spoke.', 'Then para. 3 was read.']);
	});
});

describe("a paragraph's closest sentence", () => {
	it('says what each part counts in the sentence that says the most of the query', () => {
		const { analyzer } = indexOf(seedCorpus());
		// One part per word, each counted 1 where its own term is in the sentence.
		const words = ['frequent', 'meetings', 'terrorism'];
		const count = (u: number, terms: ReadonlySet<string>) => (terms.has(analyzer.term(words[u] ?? '') ?? '') ? 1 : 0);
		const none = () => [undefined, undefined, undefined];
		const text = 'Terrorism was discussed. They noted the importance of more frequent high-level meetings.';
		expect(closestSentence(text, analyzer, 3, count, none)).toEqual([1, 1, 0]);
		// Equally good sentences: the first.
		expect(closestSentence('Meetings. Frequent. Terrorism.', analyzer, 3, count, none)).toEqual([0, 1, 0]);
	});

	it('orders the answers of a dead end by how close their closest sentence comes', () => {
		const plan = planOf([unit('summits', { related: [['meet']] }), unit('often', { answerable: true })]);
		// ¶1 is closer as a whole (a long paragraph with "often" and "Meeting" sentences apart); ¶2 says both in one.
		const closest = [
			withScore(hit('1', ['meet', 'often']), 0.9, 0.6),
			withScore(hit('2', ['meet', 'often']), 0.89, 0.85),
		];
		expect(sentenceCloseness(closest[1] as SearchHit)).toBe(0.85);
		expect(saidFirst(plan, closest).map((h) => h.paragraph.id)).toEqual(['2', '1']);
		// Kept through a new score.
		expect(sentenceCloseness(withScore(closest[0] as SearchHit, 0.5))).toBe(0.6);
	});

	it('finds ¶2 first for "summits should happen more often": its "more frequent high-level meetings"', () => {
		// A dead end answered in other words; ¶1 is as close as a whole, with "often" and "Meeting" sentences apart.
		const outcome = indexOf(seedCorpus()).search('summits should happen more often');
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(2);
	});

	it.each([
		// ¶9: "Current cooperation at the working level should be pursued with renewed vigour."
		['staff-level collaboration needs fresh energy', 9],
		// ¶3: "the central role that the United Nations plays in coordinating international efforts against terrorism".
		['UN steering the worldwide anti-terror push', 3],
	])('lifts, for "%s", the paragraph that says the other words in one sentence: ¶%i', (query, paragraph) => {
		const outcome = indexOf(seedCorpus()).search(query);
		expect(outcome.match).toBe('some');
		expect(outcome.hits.slice(0, 2).map((h) => h.paragraph.number)).toContain(paragraph);
	});

	it.each([
		// ¶1's one long sentence lists every challenge discussed: close to every word typed, by chance.
		['terror is one of the biggest threats to global stability nowadays', 3],
		['spread of nukes, poison gas and germ weapons', 8],
		['rebuilding peace after fighting goes to top of the list', 7],
	])('weighs a long sentence\'s closeness down: "%s" finds ¶%i first, not ¶1', (query, paragraph) => {
		const outcome = indexOf(seedCorpus()).search(query);
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(paragraph);
	});

	it("looks for a dead end's answer among the closest by sentence too, the order it shows them in", () => {
		const plan = planOf([unit('vote', { related: [['elect']] }), unit('watchers', { narrower: [['observ']] })]);
		const ids = Array.from({ length: CONSIDERED }, (_, at) => `p${at}`);
		const near = ids.map((id, at) => withScore(hit(id, ['elect']), 0.8 - at / 100, 0.5));
		// Next after those as a whole, first by its closest sentence, and it says both parts in other words.
		const next = withScore(hit('next', ['elect', 'observ']), 0.7, 0.9);
		expect(answersInOtherWords(plan, [...near, next]).map((h) => h.paragraph.id)).toEqual([...ids, 'next']);
		// Next both ways: not looked at.
		const far = withScore(hit('next', ['elect', 'observ']), 0.7, 0.4);
		expect(answersInOtherWords(plan, [...near, far])).toEqual([]);
	});

	it('answers "getting along with people unlike us" with ¶5, first by its closest sentence', () => {
		const outcome = indexOf(seedCorpus()).search('getting along with people unlike us');
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(5);
	});

	it('leaves "climate change and rising sea levels" unanswered: two links on a paragraph beyond the first are no answer', () => {
		const outcome = indexOf(seedCorpus()).search('climate change and rising sea levels');
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
	});
});
