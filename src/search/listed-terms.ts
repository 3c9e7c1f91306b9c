import type { Analyzer } from './analyzer.ts';
import { remember } from './remember.ts';

/**
 * A run of at least this many comma-separated items is an enumeration: an opening paragraph naming the agenda ("…
 * including international terrorism, poverty, …, organized crime and violations of human rights") names each topic
 * as one of many, where a later paragraph is about it.
 */
const MIN_ITEMS = 4;
/** An item of an enumeration is short: a longer piece between commas is a clause of the sentence. */
const MAX_ITEM_WORDS = 8;
/** Texts whose enumerated terms are remembered, per analyser (the best candidates of every query are read). */
const MAX_REMEMBERED = 512;

const NONE: ReadonlySet<string> = new Set();
const rememberedOf = new WeakMap<Analyzer, Map<string, ReadonlySet<string>>>();

/**
 * Which of the query's parts a paragraph names only as items of an enumeration (see `listedTerms`): those whose terms
 * it matched (`matched`) are all such terms. Undefined when there is none.
 */
export function listedParts(
	analyzer: Analyzer,
	text: string,
	matched: ReadonlySet<string>,
	partTerms: readonly (readonly string[])[],
): boolean[] | undefined {
	const listed = listedTerms(analyzer, text);
	if (listed.size === 0) return undefined;
	const parts = partTerms.map((terms) => {
		const found = terms.filter((t) => matched.has(t));
		return found.length > 0 && found.every((t) => listed.has(t));
	});
	return parts.some(Boolean) ? parts : undefined;
}

/**
 * The terms a text names only as items of an enumeration (see `MIN_ITEMS`): for such a term, the text is one of the
 * places where it is listed, not one that says something of it. Read by sentence: the pieces between commas, a run of
 * short ones (see `MAX_ITEM_WORDS`) long enough being the enumeration.
 */
export function listedTerms(analyzer: Analyzer, text: string): ReadonlySet<string> {
	let remembered = rememberedOf.get(analyzer);
	const known = remembered?.get(text);
	if (known) return known;
	const spans = enumerationSpans(text);
	let listed = NONE;
	if (spans.length > 0) {
		const inside = new Set<string>();
		const outside = new Set<string>();
		for (const span of analyzer.spans(text)) {
			const within = spans.some(([start, end]) => span.start >= start && span.end <= end);
			for (const word of span.parts.length > 0 ? [span, ...span.parts] : [span]) {
				const term = analyzer.term(word.word);
				if (term !== null) (within ? inside : outside).add(term);
			}
		}
		listed = new Set([...inside].filter((t) => !outside.has(t)));
	}
	if (!remembered) rememberedOf.set(analyzer, (remembered = new Map<string, ReadonlySet<string>>()));
	return remember(remembered, text, listed, MAX_REMEMBERED);
}

/** The character spans of a text's enumerations: runs of at least `MIN_ITEMS` short pieces between commas. */
export function enumerationSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const sentence of text.matchAll(/[^.;:!?]+/gu)) {
		const pieces: { start: number; end: number; short: boolean }[] = [];
		for (const piece of sentence[0].matchAll(/[^,]+/gu)) {
			const start = sentence.index + piece.index;
			const words = piece[0].trim().split(/\s+/u).filter(Boolean).length;
			pieces.push({ start, end: start + piece[0].length, short: words > 0 && words <= MAX_ITEM_WORDS });
		}
		let runStart = 0;
		for (let i = 0; i <= pieces.length; i += 1) {
			if (i < pieces.length && pieces[i]?.short) continue;
			if (i - runStart >= MIN_ITEMS) spans.push([pieces[runStart]?.start ?? 0, pieces[i - 1]?.end ?? 0]);
			runStart = i + 1;
		}
	}
	return spans;
}
