import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import type { SearchHit } from './search-hit.ts';
import { termsAt } from './text-terms.ts';
import type { QueryPlan } from './query-plan.ts';
import type { Vocabulary } from './vocabulary.ts';
import { editDistance } from './vocabulary.ts';
import { closeFormsOf, TWO_EDITS_LENGTH } from './word-forms.ts';

/** At most this many suggestions. */
const MAX_SUGGESTIONS = 5;
/** Words shorter than this get no suggestion: any short word is one or two edits from many others. */
const MIN_LENGTH = 4;
/** A typed word's stem is compared with the text's stems from this length ("teror" → terror, which the text writes). */
const MIN_STEM_LENGTH = 5;
/** A stem the text writes at least this often is a frequent word of it, worth offering for a typo of its stem. */
const MIN_STEM_COUNT = 2;

/** What "did you mean" needs beside the vocabulary: the analyser, and whether a typed word is one of English. */
export interface DidYouMeanSources {
	analyzer?: Pick<Analyzer, 'term'>;
	isEnglish?: (word: string) => boolean;
	/**
	 * Whether one of the paragraphs closest to the query has this index term and one of the others (see
	 * `didYouMean`); none does by default.
	 */
	nearby?: (term: string, others: readonly string[]) => boolean;
}

/**
 * "Did you mean": for each typed word the text lacks, the text's written form closest to it — one edit away for
 * words up to seven letters, two for longer ones — the most frequent among equally close forms. A word that is no
 * word of English and has no such form ("teror": the text writes terrorism, terrorist, never terror) is also compared
 * by its stem with the stems the text writes often, as closely (one edit, two from eight letters): the most frequent
 * of the closest is offered in its most written form. Nothing when no form is that close: an unrelated word
 * ("women" → "when") helps nobody, and a real word the text lacks ("piracy", "climate") is not a typo.
 */
export function didYouMean(plan: QueryPlan, vocabulary: Vocabulary, sources: DidYouMeanSources = {}): string[] {
	const suggestions = new Set<string>();
	for (const unit of plan.units) {
		const typedKnown = unit.literal.some((terms) => terms.every((t) => vocabulary.hasTerm(t)));
		// Nor is a word the curated table says in the text's words ("wars": use of force) a typo ("ways").
		const explained = unit.expansions.some((terms) => terms.every((t) => vocabulary.hasTerm(t)));
		if (unit.phrase !== undefined || typedKnown || explained) continue;
		for (const word of unit.typed.split(/\s+/)) {
			if (word.length < MIN_LENGTH || /\p{N}/u.test(word)) continue;
			const maxDistance = word.length >= TWO_EDITS_LENGTH ? 2 : 1;
			const [closest] = closeFormsOf(plan.units, vocabulary, word, maxDistance);
			// A form of the typed word's own stem is no typo of it: the text lacks the word only as written, or has
			// the stem only in another word ("equality": equally, see `stemStrangers`).
			if (closest !== undefined && sources.analyzer?.term(word) === closest.term) continue;
			// Nor is a function word what a reader meant to search ("come first": not "some").
			if (closest !== undefined && isFunctionWord(closest.form)) continue;
			// Among other words, a word of English is a typo only where a paragraph nearest the query has the word
			// offered beside another word typed ("small arts": ¶8 has small arms); otherwise it is meant as typed
			// ("Comprehensive Test Ban Treaty" is no typo of "best practices", "stopping wars" none of "novel ways").
			const others = plan.units.filter((u) => u !== unit).flatMap((u) => u.literal.flat());
			const english = others.length > 0 && sources.isEnglish?.(word) === true;
			if (english && (closest === undefined || sources.nearby?.(closest.term, others) !== true)) continue;
			// A word of English with a negating prefix more or less than the text's is its opposite, no typo of it
			// ("intolerance" where the text writes tolerance).
			if (closest !== undefined && sources.isEnglish?.(word) === true && oppositeByPrefix(word, closest.form)) continue;
			const meant = closest?.form ?? stemTypo(word, maxDistance, vocabulary, sources);
			if (meant !== undefined) suggestions.add(meant);
		}
	}
	return [...suggestions].slice(0, MAX_SUGGESTIONS);
}

/** Prefixes that make a word its opposite ("intolerance", "unlawful", "non-violent", "disagree"). */
const NEGATING = /^(?:in|im|il|ir|un|non|dis)-?$/u;

/** Whether one word is the other with a negating prefix (see `NEGATING`), either way round. */
export function oppositeByPrefix(typed: string, form: string): boolean {
	const [a, b] = [typed.toLowerCase(), form.toLowerCase()];
	const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
	return longer.endsWith(shorter) && NEGATING.test(longer.slice(0, longer.length - shorter.length));
}

/**
 * The text's most written form of a frequent stem within `maxDistance` edits of the typed word's stem, for a word that
 * is no word of English; undefined when there is none, or when the word is one (then it is not a typo of another).
 */
function stemTypo(
	word: string,
	maxDistance: number,
	vocabulary: Vocabulary,
	{ analyzer, isEnglish }: DidYouMeanSources,
): string | undefined {
	if (analyzer === undefined || isEnglish === undefined || word.length < MIN_STEM_LENGTH || isEnglish(word))
		return undefined;
	const typed = analyzer.term(word);
	if (typed === null || typed.length < MIN_STEM_LENGTH - 1) return undefined;
	let best: { term: string; distance: number; count: number } | undefined;
	for (const term of vocabulary.terms()) {
		// Cheap bounds first: a stem of another length or first letter is far, or not the word meant.
		if (Math.abs(term.length - typed.length) > maxDistance || term[0] !== typed[0]) continue;
		const count = vocabulary.frequency(term);
		if (count < MIN_STEM_COUNT) continue;
		const distance = editDistance(typed, term);
		if (distance === 0 || distance > maxDistance) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count))
			best = { term, distance, count };
	}
	return best === undefined ? undefined : vocabulary.surface(best.term);
}

/** Whether one of these paragraphs has a term and one of the others (each paragraph's terms read once, when asked). */
export function termsOfAny(
	analyzer: Analyzer,
	hits: readonly SearchHit[],
): (term: string, others: readonly string[]) => boolean {
	let each: Set<string>[] | undefined;
	return (term, others) => {
		each ??= hits.map((h) => new Set(termsAt(analyzer, h.paragraph.searchText).terms));
		return each.some((terms) => terms.has(term) && others.some((t) => terms.has(t)));
	};
}
