import { foldCase } from '../corpus/text.ts';
import { isWholeToken, type PlanSources, type QueryUnit } from './query-unit.ts';

/**
 * A word of this length is too short to be corrected on its own (see `typosOf`): one edit from "yse" are use, see
 * and yes. The words typed beside it say which one the reader meant, where the text writes it beside them.
 */
const SHORT_WORD = /^\p{L}{3}$/u;
/** At most this many small words typed between it and the reader's word beside it ("yse of force"). */
const MAX_WORDS_BETWEEN = 2;

/**
 * The corrections of a word too short to correct alone: its forms one edit away that the text writes next to the
 * reader's word typed beside it, with the small words typed between ("yse of force": ¶2's "use of force"). None for a
 * word of English, an acronym, a word with a meaning found, or a word typed alone: nothing then says which it is.
 * `typed`: the query's plain words in order, small ones too; `units`: the query's parts in order, this one at `at`.
 */
export function shortTypos(
	unit: QueryUnit,
	units: readonly QueryUnit[],
	at: number,
	typed: readonly string[],
	sources: Pick<PlanSources, 'known' | 'isEnglish' | 'writesInRow'>,
): QueryUnit['typos'] {
	const { known, writesInRow } = sources;
	const word = foldCase(unit.typed);
	// Asked last: whether it is a word of English (the word list is read on first need).
	const lacking =
		SHORT_WORD.test(word) &&
		!isWholeToken(unit.typed) &&
		[unit.typos, unit.expansions, unit.related].every((found) => found.length === 0) &&
		!unit.literal.some((terms) => terms.every((t) => known.hasTerm(t))) &&
		!(sources.isEnglish?.(word) ?? true);
	if (!writesInRow || unit.phrase !== undefined || !lacking) return [];
	const words = typed.map(foldCase);
	const here = words.indexOf(word);
	if (here < 0) return [];
	// The typed words from the reader's own word before or after it to this one, and the terms that word has.
	const stretches: { words: string[]; terms: string[] }[] = [];
	for (const [neighbour, before] of [
		[units[at - 1], true],
		[units[at + 1], false],
	] as const) {
		const terms =
			neighbour?.phrase === undefined
				? neighbour?.literal.find((t) => t.every((term) => known.hasTerm(term)))
				: undefined;
		if (!neighbour || !terms) continue;
		const own = foldCase(neighbour.typed).split(/\s+/);
		const there = before ? words.lastIndexOf(own.at(-1) ?? '', here - 1) : words.indexOf(own[0] ?? '', here + 1);
		if (there < 0 || Math.abs(there - here) - 1 > MAX_WORDS_BETWEEN) continue;
		stretches.push({ words: before ? words.slice(there, here + 1) : words.slice(here, there + 1), terms });
	}
	if (stretches.length === 0) return [];
	const found = new Map<string, number>();
	for (const form of known.closeForms(word, 1)) {
		if (found.has(form.term)) continue;
		const written = stretches.some((s) =>
			writesInRow(
				s.words.map((w) => (w === word ? form.form : w)),
				[form.term, ...s.terms],
			),
		);
		if (written) found.set(form.term, form.count ?? 1);
	}
	// Of several written so, the one the text writes most is the likelier meant (as `typosOf` weighs them).
	const most = Math.max(1, ...found.values());
	return [...found].map(([term, count]) => ({ term, distance: 1, likelihood: count / most }));
}

/**
 * Whether a word is a slip of a small word, which is never searched (a stop word): two of its letters swapped ("teh",
 * "adn", "fo"), in a word the text lacks and not among the commonest of English ("form" and "saw" are words of their
 * own; "teh" is common enough on the web to be a word of the word list). Searched as typed, it was a part the text
 * lacks, and "teh use of force" found nothing.
 */
export function slipOfSmallWord(
	word: string,
	sources: Pick<PlanSources, 'analyzer' | 'known' | 'commonEnglish'>,
): boolean {
	const { analyzer, known } = sources;
	const folded = foldCase(word);
	if (!SMALL_WORD.test(folded) || isWholeToken(word)) return false;
	const term = analyzer.term(folded);
	if (term === null || known.hasTerm(term)) return false;
	for (let i = 0; i + 1 < folded.length; i += 1) {
		const swapped = `${folded.slice(0, i)}${folded[i + 1] ?? ''}${folded[i] ?? ''}${folded.slice(i + 2)}`;
		// Asked last: whether it is a common word (the word list is read on first need).
		if (swapped !== folded && analyzer.term(swapped) === null) return !(sources.commonEnglish?.(folded) ?? true);
	}
	return false;
}

/** A small word's length: two to four letters. */
const SMALL_WORD = /^\p{L}{2,4}$/u;
