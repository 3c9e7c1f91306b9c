import { foldCase } from '../corpus/text.ts';
import { ownWordsIn } from './other-words.ts';
import type { QueryPlan } from './query-plan.ts';
import type { QueryUnit } from './query-unit.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * A question for what someone said about something: "what did BRICS leaders say about Gaza?", "what did the AU decide
 * on the coups in Mali?". The words after the verb of saying and "about" (or "on", "regarding") are what is asked
 * about; those before it, who said it.
 */
const SAID_ABOUT =
	/\b(?:say|says|said|think|thinks|thought|agree|agreed|decide|decided|state|stated|conclude|concluded|discuss|discussed|declare|declared|propose|proposed|mention|mentioned|do|did)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:about|on|regarding|concerning)\s+(.+)$/iu;

/**
 * A question for one thing of something: "what was the theme of the Pacific Islands Forum meeting?" asks for its
 * theme, and the meeting is whose theme (as who said it, above).
 */
const WHAT_OF = /^\s*what\s+(?:is|was|are|were|will\s+be)\s+the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+of\s+\S/iu;

/**
 * The units of what a question for what someone said asks about (see `SAID_ABOUT`), or for one thing of something
 * (`WHAT_OF`), when some of the query's other words say who said it or whose it is; undefined for any other query.
 */
export function askedTopic(query: string, plan: QueryPlan): QueryUnit[] | undefined {
	const asked = SAID_ABOUT.exec(query)?.[1] ?? WHAT_OF.exec(query)?.[1];
	if (asked === undefined) return undefined;
	const topic = ` ${foldCase(asked).replace(/[^\p{L}\p{N}'’-]+/gu, ' ')} `;
	const units = plan.units.filter((u) => topic.includes(` ${foldCase(u.typed)} `));
	return units.length > 0 && units.length < plan.units.length ? units : undefined;
}

/**
 * The matches of a question for what someone said about something (or for one thing of something), those with a word
 * of what it asks about first,
 * each group in its order: a paragraph of BRICS's declaration that names its leaders and not Gaza says nothing about
 * Gaza, where the one that names Gaza does. Of those, first the ones in a document whose matches name who said it
 * (BRICS's declaration, before the European Council's paragraph on Gaza).
 */
export function topicFirst(query: string, plan: QueryPlan): ((hits: SearchHit[]) => SearchHit[]) | undefined {
	const topic = askedTopic(query, plan);
	if (topic === undefined) return undefined;
	const speaker = plan.units.filter((u) => !topic.includes(u));
	const about = (hit: SearchHit) => topic.some((u) => ownWordsIn(u, hit.matchedTerms));
	const names = (hit: SearchHit) => speaker.some((u) => ownWordsIn(u, hit.matchedTerms));
	return (hits) => {
		const speakers = new Set(hits.filter(names).map((hit) => hit.paragraph.document));
		const group = (hit: SearchHit) => (about(hit) ? (speakers.has(hit.paragraph.document) ? 0 : 1) : 2);
		return [0, 1, 2].flatMap((at) => hits.filter((hit) => group(hit) === at));
	};
}

/** Two orderings of the matches, the second applied after the first; either may be none. */
export function inOrder(
	first: ((hits: SearchHit[]) => SearchHit[]) | undefined,
	then: ((hits: SearchHit[]) => SearchHit[]) | undefined,
): ((hits: SearchHit[]) => SearchHit[]) | undefined {
	if (first === undefined || then === undefined) return first ?? then;
	return (hits) => then(first(hits));
}
