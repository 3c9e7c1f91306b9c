import { isFunctionWord } from './function-words.ts';
import { ownWordsIn } from './other-words.ts';
import { within } from './table-meanings.ts';
import type { QueryPlan } from './query-plan.ts';
import type { QueryUnit } from './query-unit.ts';
import type { SearchHit } from './search-hit.ts';
import { wordPattern } from './literal-pattern.ts';

/**
 * Whether a partial match rests only on stem-mates of the words typed: every part it matched, it matched through a
 * word that only shares the stem of the reader's word, where the text also writes the reader's word as typed
 * elsewhere. `small arms` meets "armed conflict" through the stem "arm"; the text says "arms" in another paragraph,
 * so "armed" is another word, and a paragraph that has nothing else of the query is not a match. (A full match has
 * every part: its stem-only parts only rank it lower; see `rank`.)
 *
 * `writtenForms`: the text's written forms of a unit's exact form (spelling and a plural aside).
 */
export function restsOnStemMates(hit: SearchHit, plan: QueryPlan, writtenForms: (form: string) => string[]): boolean {
	const terms = hit.matchedTerms;
	let parts = 0;
	for (const unit of plan.units) {
		const other = otherWaysMatched(unit, terms);
		const literal = unit.literal.some(within(terms));
		if (!literal && !other) continue;
		parts += 1;
		if (other || unit.exactForm === undefined) return false;
		if (wordPattern(writtenForms(unit.exactForm)).test(hit.paragraph.searchText)) return false;
	}
	return parts > 0;
}

/**
 * Whether a partial match says nothing of the query in the reader's own content words: every part it matched is a
 * function word typed ("among" of `dialogue among civilizations`, in a paragraph on an exchange "among regional
 * organizations"), or another sense of a word the text writes as typed elsewhere (that paragraph's "exchange" for
 * the "dialogue" the full matches have). A same-sense word for a word the text lacks is a link (see `rank`).
 */
export function restsOnOtherSenses(hit: SearchHit, plan: QueryPlan): boolean {
	const terms = hit.matchedTerms;
	const all = within(terms);
	let parts = 0;
	for (const unit of plan.units) {
		const own = ownWordsIn(unit, terms);
		const other = unit.related.some(all) || unit.narrower.some(all);
		if (own && !isFunctionWord(unit.typed)) return false;
		if (!own && other && !unit.answerable) return false;
		if (own || other) parts += 1;
	}
	return parts > 0;
}

/**
 * Whether a unit matched through anything but its literal terms: the table, the lexical resource (for a word the text
 * lacks), a typo, a completion.
 */
function otherWaysMatched(unit: QueryUnit, terms: ReadonlySet<string>): boolean {
	const all = within(terms);
	return (
		unit.expansions.some(all) ||
		// Where the text has the reader's word, a related word of it is another sense (see `restsOnOtherSenses`),
		// not another way of saying it: "weapons" beside the "arms" that meet `armed` through the stem.
		(!unit.answerable && (unit.related.some(all) || unit.narrower.some(all))) ||
		unit.typos.some((t) => terms.has(t.term)) ||
		unit.completions.some((t) => terms.has(t))
	);
}
