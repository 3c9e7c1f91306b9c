import { describe, expect, it } from 'vitest';
import { asksAhead, laterWordsFor, saysAhead } from '../../src/search/asked-ahead.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { oneDocumentIndex } from '../helpers/one-document.ts';

const of2004 = { releaseDate: '2004-07-23', meetingDates: ['2004-07-22'] };

describe('a question about what came after the document', () => {
	it('is one that asks for the next, upcoming or forthcoming thing', () => {
		expect(asksAhead('when is the next meeting')).toBe(true);
		expect(asksAhead('Who hosts the UPCOMING summit?')).toBe(true);
		expect(asksAhead('when was the meeting held')).toBe(false);
		// A "when" or "how soon" in the future tense asks for a time still to come, as does a deadline.
		expect(asksAhead('when will the monitoring mechanisms be set up')).toBe(true);
		expect(asksAhead('how soon will the framework take effect')).toBe(true);
		expect(asksAhead('What deadline was set for the consultations?')).toBe(true);
		// "Following" and "coming" look back or nowhere.
		expect(asksAhead('what was agreed following the meeting')).toBe(false);
		expect(asksAhead('threats coming together')).toBe(false);
	});

	it('is answered by a paragraph that says something still to come, not by the dates of the meeting it closes', () => {
		expect(saysAhead('the next working-level meeting would be hosted by the OSCE in 2005', of2004)).toBe(true);
		expect(saysAhead('They agreed on the need for further consultations at the working level.', of2004)).toBe(true);
		// A year after the document's, with no future written.
		expect(saysAhead('Heads accepted the invitation of Grenada to host the Meeting in July 2025.', of2004)).toBe(true);
		expect(saysAhead('The Meeting in July 2005 was attended by all.', of2004)).toBe(true);
		expect(saysAhead('The meeting was held on 22 July 2004 at Headquarters.', of2004)).toBe(false);
		expect(saysAhead('Resolution 1373 (2001) was recalled.', of2004)).toBe(false);
		// What a body decides or agrees to do is still to come; what it recalls or welcomes is not.
		expect(saysAhead('Decides to review the functioning of the Mechanism at its sixteenth session;', of2004)).toBe(
			true,
		);
		expect(saysAhead('Agrees to hold its thirteenth session in Mahé, Seychelles.', of2004)).toBe(true);
		expect(saysAhead('Recalls the decision adopted at its tenth session;', of2004)).toBe(false);
		// A word that only holds the letters of one is none ("willing", "shallow").
		expect(saysAhead('Participants were willing to act on shallow evidence.', of2004)).toBe(false);
	});

	it('finds no match in SG/2084, whose only dates are the meeting it closes', () => {
		const outcome = indexOf(seedCorpus()).search('when is the next meeting');
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
		// The meeting's own paragraph is still shown as related.
		expect(outcome.related.map((h) => h.paragraph.number)).toContain(1);
		// As typed without "next", its dates answer.
		expect(indexOf(seedCorpus()).search('when was the meeting held').hits[0]?.paragraph.number).toBe(1);
	});
});

describe('a word asking what a meeting set for later', () => {
	const analyzer = { term: (word: string) => word.toLowerCase() };
	const knows = (...terms: string[]) => ({ hasTerm: (term: string) => terms.includes(term) }) as never;

	it("is said by the text's own words for later, those it has", () => {
		expect(laterWordsFor('future', analyzer, knows('further', 'work'))).toEqual([['further']]);
		expect(laterWordsFor('Follow-up', analyzer, knows('next', 'forthcoming'))).toEqual([['next'], ['forthcoming']]);
		// Not twice, when the lexical resource gave one already.
		expect(laterWordsFor('future', analyzer, knows('next', 'further'), [['next']])).toEqual([['further']]);
	});

	it('is not a word placing a time from where the reader stands, nor any other', () => {
		expect(laterWordsFor('next', analyzer, knows('further'))).toEqual([]);
		expect(laterWordsFor('upcoming', analyzer, knows('further'))).toEqual([]);
		expect(laterWordsFor('past', analyzer, knows('further'))).toEqual([]);
	});

	it('finds SG/2084\'s "Further Work" for future work, while the next meeting stays unanswered', () => {
		const index = indexOf(seedCorpus());
		for (const query of ['What did participants agree on for future work?', 'agreed roadmap for future joint work']) {
			const outcome = index.search(query);
			expect(outcome.match, query).not.toBe('none');
			expect(outcome.hits[0]?.paragraph.number, query).toBe(10);
			expect(outcome.hits[0]?.matchedTerms.has('further'), query).toBe(true);
		}
		expect(index.search('future cooperation').hits[0]?.paragraph.number).toBe(10);
		// A topic the text lacks is still no match for having a word for later.
		expect(index.search('future of NATO').match).toBe('none');
		expect(index.search('climate change in the future').match).toBe('none');
		expect(index.search('next meeting').match).toBe('none');
	});

	it('reads a step right after a word for what comes next as asking what was set for later ("next steps")', () => {
		const index = indexOf(seedCorpus());
		expect(laterWordsFor('steps', analyzer, knows('further'), [], 'next')).toEqual([[analyzer.term('further')]]);
		expect(laterWordsFor('steps', analyzer, knows('further'), [], 'first')).toEqual([]);
		for (const query of ['next steps', 'what was agreed as next steps?', 'the next stage']) {
			expect(
				index.search(query).hits.map((h) => h.paragraph.number),
				query,
			).toEqual([10]);
		}
		// So does a step after a word for what follows, and a word for what comes next that is all a question names.
		expect(laterWordsFor('steps', analyzer, knows('further'), [], 'follow-up')).toEqual([[analyzer.term('further')]]);
		for (const query of ['what did they agree to do next?', "what's next"]) {
			expect(
				index.search(query).hits.map((h) => h.paragraph.number),
				query,
			).toEqual([10]);
		}
		expect(index.search('what did they agree to do next?').hits[0]?.matchedTerms.has('further')).toBe(true);
		// A step alone asks for steps.
		expect(index.search('steps').hits.map((h) => h.paragraph.number)).not.toEqual([10]);
	});
});

describe('a question for where or when something was', () => {
	// ¶1 says where the council met; ¶2 where its next session will be, with the same words.
	const index = oneDocumentIndex(
		'council',
		[
			'The Council of Ministers held its seventh ordinary session in Cusco on 12 and 13 March 2025.',
			'The Council of Ministers decided that its eighth ordinary session will be held in La Paz in 2026.',
		],
		{ symbol: 'CM/7', title: 'Final Communiqué of the Council of Ministers', releaseDate: '2025-03-13' },
	);
	const first = (query: string) => index().search(query).hits[0]?.paragraph.id;

	it('is answered first by a paragraph that says it of the past, not one that sets it for later', () => {
		expect(first('where did the council of ministers meet?')).toBe('council-1');
		expect(first('where was the council of ministers held?')).toBe('council-1');
		// A question for what is to come keeps the paragraph that sets it.
		expect(first('where will the next session of the council be held?')).toBe('council-2');
	});
});
