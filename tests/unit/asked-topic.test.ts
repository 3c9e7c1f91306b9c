import { describe, expect, it } from 'vitest';
import { askedTopic, topicFirst } from '../../src/search/asked-topic.ts';
import type { SearchHit } from '../../src/search/search-hit.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const topicOf = (query: string) => askedTopic(query, index.plan(query))?.map((u) => u.typed);
/** A hit as ordering sees it: its paragraph's document and number, and the terms it matched. */
const hit = (document: string, number: number, terms: string[]) =>
	({ paragraph: { document, number }, matchedTerms: new Set(terms) }) as unknown as SearchHit;
const order = (hits: SearchHit[]) => hits.map((h) => `${h.paragraph.document} ¶${h.paragraph.number}`);

describe('a question for what someone said about something', () => {
	it('asks about the words after the verb of saying and "about" or "on"', () => {
		expect(topicOf('what did regional organizations say about terrorism?')).toEqual(['terrorism']);
		expect(topicOf('what did the participants agree on peacebuilding')).toEqual(['peacebuilding']);
		// One thing of something: its theme, of the meeting.
		expect(topicOf('what was the theme of the high-level meeting?')).toEqual(['theme']);
		// Nothing said about anything, or nobody who said it: no topic.
		expect(topicOf('regional organizations and terrorism')).toBeUndefined();
		expect(topicOf('what did they say about terrorism?')).toBeUndefined();
	});

	it('shows first what speaks of the topic, in the document of who said it, then the rest in their order', () => {
		const query = 'what did regional organizations say about terrorism?';
		const first = topicFirst(query, index.plan(query));
		const hits = [
			hit('other', 1, ['region', 'organization']),
			hit('speaker', 2, ['region', 'organization']),
			hit('elsewhere', 3, ['terror']),
			hit('speaker', 4, ['terror']),
		];
		expect(order(first?.(hits) ?? [])).toEqual(['speaker ¶4', 'elsewhere ¶3', 'other ¶1', 'speaker ¶2']);
		expect(topicFirst('regional organizations and terrorism', index.plan('regional organizations and terrorism'))).toBe(
			undefined,
		);
	});
});
