import { describe, expect, it } from 'vitest';
import { asksAhead, saysAhead } from '../../src/search/asked-ahead.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const of2004 = { releaseDate: '2004-07-23', meetingDates: ['2004-07-22'] };

describe('a question about what came after the document', () => {
	it('is one that asks for the next, upcoming or forthcoming thing', () => {
		expect(asksAhead('when is the next meeting')).toBe(true);
		expect(asksAhead('Who hosts the UPCOMING summit?')).toBe(true);
		expect(asksAhead('when was the meeting held')).toBe(false);
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
