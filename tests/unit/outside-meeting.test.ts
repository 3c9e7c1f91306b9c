import { describe, expect, it } from 'vitest';
import { meetingAsThey, nextAsFollowUp, outsideMeeting } from '../../src/search/event-mentions.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const first = (query: string) => index.search(query).hits[0]?.paragraph.number;

describe('a question placed after its meeting', () => {
	it('asks for what the meeting set for later, not about the meeting', () => {
		// Words a text has ("steps", "plans" here), and one without them.
		const has = (term: string) => ['step', 'plan', 'work'].includes(term);
		const words = (query: string) => outsideMeeting(query.split(' '), index.analyzer, { hasTerm: has });
		expect(words('next steps after the summit')).toEqual(['next', 'steps', 'future']);
		expect(words('plans following this conference')).toEqual(['plans', 'future']);
		// About what the text does not name, the text's words for later say nothing: the meeting's words go, no more.
		expect(words('press conference after the meeting')).toEqual(['press', 'conference']);
		// At the meeting, or a meeting not pointed at, keeps its words; so does a query of the meeting alone.
		expect(words('dangers discussed at the summit')).toEqual(['dangers', 'discussed', 'summit']);
		expect(words('talks after meetings')).toEqual(['talks', 'after', 'meetings']);
		expect(words('after the meeting')).toEqual(['after', 'meeting']);
	});

	it('finds SG/2084’s further work (¶10), not its title’s Meeting (¶1) nor more frequent meetings (¶2)', () => {
		// ¶1 and ¶2 came first through "summit" and "meeting"; "next steps after the summit" matched nothing.
		expect(first('what they decided to keep working on after the summit')).toBe(10);
		expect(first('next steps after the summit')).toBe(10);
		expect(index.search("what's the follow-up after the meeting").hits.map((h) => h.paragraph.number)).toContain(10);
		// Nor is something the text does not name answered by its further work.
		expect(index.search('press conference after the meeting').match).toBe('none');
		// A question placed at the meeting still finds the paragraph on the meeting itself.
		expect(
			index.search('list of global dangers discussed at the summit').hits.map((h) => h.paragraph.number),
		).toContain(1);
	});
});

describe('the meeting as the one who speaks in a question', () => {
	it('is "they": who agreed, decided or said, not what is asked about', () => {
		expect(meetingAsThey('what follow-up did the summit agree on')).toBe('what follow-up did they agree on');
		expect(meetingAsThey('what the conference decided on poverty')).toBe('what they decided on poverty');
		expect(meetingAsThey('the meeting said')).toBe('they said');
		expect(meetingAsThey('what did the UN meeting say about terrorism')).toBe('what did they say about terrorism');
		// A meeting named by its number may be another one.
		expect(meetingAsThey('what did the fourth meeting decide')).toBe('what did the fourth meeting decide');
		// Not where the meeting is what is asked about.
		expect(meetingAsThey('when was the meeting held')).toBe('when was the meeting held');
		expect(meetingAsThey('dangers discussed at the summit')).toBe('dangers discussed at the summit');
	});

	it('finds what was agreed (¶10), not the Meeting of the title (¶1) nor the more frequent meetings (¶2)', () => {
		expect(first('what follow-up did the summit agree on')).toBe(10);
		expect(first('what follow-up did the meeting agree on?')).toBe(10);
		expect(first('what did the meeting say about terrorism')).toBe(3);
	});
});

describe('a question of what comes next', () => {
	it('asks what follow-up the meeting set, not about a next meeting', () => {
		expect(nextAsFollowUp('what happens next after the meeting')).toBe('what follow-up after the meeting');
		expect(nextAsFollowUp("what's next?")).toBe('what follow-up?');
		expect(nextAsFollowUp('whats next after the summit')).toBe('what follow-up after the summit');
		// "Next" before what it places is another question.
		expect(nextAsFollowUp('what next steps')).toBe('what next steps');
		expect(nextAsFollowUp('when is the next meeting')).toBe('when is the next meeting');
		for (const query of ['what happens next', 'what comes next?', 'what happens next after the meeting']) {
			expect(first(query), query).toBe(10);
		}
	});

	it('is asked as what happens after the meeting itself, not after something it names', () => {
		expect(nextAsFollowUp('what happens after the summit')).toBe('what follow-up');
		expect(nextAsFollowUp('What comes afterwards?')).toBe('what follow-up?');
		expect(nextAsFollowUp('what happens after the high-level meeting?')).toBe('what follow-up?');
		// After something else, that is what is asked about.
		expect(nextAsFollowUp('what happens after a ceasefire')).toBe('what happens after a ceasefire');
		for (const query of ['what happens after the summit', 'what comes afterwards?'])
			expect(first(query), query).toBe(10);
	});
});
