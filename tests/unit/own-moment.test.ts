import { describe, expect, it } from 'vitest';
import { withoutIntensifier, withoutOwnMoment } from '../../src/search/query-words.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe("the document's own moment in a query", () => {
	it('is dropped: "at the end (of the meeting)", "in the end", "at the close of the summit"', () => {
		const words = (query: string) => withoutOwnMoment(query).split(/\s+/).filter(Boolean);
		expect(words('What follow-up was agreed at the end of the meeting?')).toEqual([
			'What',
			'follow-up',
			'was',
			'agreed',
			'?',
		]);
		expect(words('what did they decide in the end')).toEqual(['what', 'did', 'they', 'decide']);
		expect(words('agreed at the close of the summit')).toEqual(['agreed']);
	});

	it('is not the end of something else, nor an end that is the subject', () => {
		expect(withoutOwnMoment('peace at the end of the Cold War')).toBe('peace at the end of the Cold War');
		expect(withoutOwnMoment('an end to impunity')).toBe('an end to impunity');
	});

	it('leaves SG/2084 answering with its "Further Work": ¶10, not ¶5\'s "at a time when"', () => {
		const index = indexOf(seedCorpus());
		expect(index.search('What follow-up was agreed at the end of the meeting?').hits[0]?.paragraph.number).toBe(10);
		expect(index.search('What follow-up did participants agree on at the end?').hits[0]?.paragraph.number).toBe(10);
	});
});

describe("a question's intensifier", () => {
	it('is dropped: "at all" ending the question, "whatsoever"; not "at all levels", nor a query of it alone', () => {
		expect(withoutIntensifier('Did they mention tourism at all?').replace(/\s+/gu, ' ')).toBe(
			'Did they mention tourism ?',
		);
		expect(withoutIntensifier('anything whatsoever on tourism').trim().replace(/\s+/gu, ' ')).toBe(
			'anything on tourism',
		);
		expect(withoutIntensifier('cooperation at all levels')).toBe('cooperation at all levels');
		expect(withoutIntensifier('at all')).toBe('at all');
	});

	it('makes no match of a subject SG/2084 lacks, and keeps one it has', () => {
		const index = indexOf(seedCorpus());
		// "all" found the text's "as well as" and "both" (its same-sense words): a match for what the text never says.
		const tourism = index.search('Did they mention tourism at all?');
		expect(tourism.match).toBe('none');
		expect(tourism.hits).toEqual([]);
		expect(index.search('did they talk about the International Criminal Court at all?').hits).toEqual([]);
		const children = index.search('did they mention children at all');
		expect(children.hits.map((h) => h.paragraph.number)).toEqual([6]);
	});

	it('is dropped where it asks for the gist ("overall", "in general"), and so is asking what they thought', () => {
		const index = indexOf(seedCorpus());
		expect(withoutIntensifier('what did the meeting say about terrorism overall?').replace(/\s+/gu, ' ')).toBe(
			'what did the meeting say about terrorism ?',
		);
		expect(withoutIntensifier('Overall, what did they conclude').trim()).toBe('what did they conclude');
		// Not where it names something: "overall strategy", "General Assembly".
		expect(withoutIntensifier('overall strategy on terrorism')).toBe('overall strategy on terrorism');
		expect(withoutIntensifier('general assembly')).toBe('general assembly');
		// Both were dead ends: the text has neither "overall" nor "think".
		expect(index.search('what did the meeting say about terrorism overall?').hits.length).toBeGreaterThan(0);
		expect(index.search('did they think these threats are actually new?').hits[0]?.paragraph.number).toBe(1);
	});
});
