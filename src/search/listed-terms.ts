import type { Analyzer } from './analyzer.ts';
import { remember } from './remember.ts';
import { termsAt } from './text-terms.ts';

/** A text's index terms, compounds' parts too (see `termsAt`). */
const termSet = (analyzer: Analyzer, text: string) => new Set(termsAt(analyzer, text).terms);

/**
 * A run of at least this many comma-separated items is an enumeration: an opening paragraph naming the agenda ("…
 * including international terrorism, poverty, …, organized crime and violations of human rights") names each topic
 * as one of many, where a later paragraph is about it.
 */
const MIN_ITEMS = 4;
/** An item of an enumeration is short: a longer piece between commas is a clause of the sentence. */
const MAX_ITEM_WORDS = 8;

/** Texts read for enumerations, remembered per analyser: the best candidates of one query are often another's. */
const MAX_REMEMBERED = 2048;

/** What a text's enumerations hold: the terms inside them, and (read when first asked) those outside. */
interface Read {
	spans: [number, number][];
	inside: ReadonlySet<string>;
	outside?: ReadonlySet<string>;
}

const NO_ENUMERATION: Read = { spans: [], inside: new Set() };
const rememberedOf = new WeakMap<Analyzer, Map<string, Read>>();

/**
 * Which of the query's parts a paragraph names only as items of an enumeration (see `MIN_ITEMS`): those whose terms
 * it matched (`matched`) all stand only inside enumerations, not elsewhere in it. Undefined when there is none. The
 * text outside the enumerations is read only when a matched term stands inside one: most best candidates list none
 * of the query's words, and reading every word of twenty paragraphs for each query slowed a search at 30,000
 * paragraphs.
 */
export function listedParts(
	analyzer: Analyzer,
	text: string,
	matched: ReadonlySet<string>,
	partTerms: readonly (readonly string[])[],
): boolean[] | undefined {
	const read = readOf(analyzer, text);
	if (read.spans.length === 0) return undefined;
	const found = partTerms.map((terms) => terms.filter((t) => matched.has(t)));
	if (!found.some((terms) => terms.some((t) => read.inside.has(t)))) return undefined;
	// The rest of the text, the enumerations blanked out (its words keep their places).
	if (read.outside === undefined) {
		let rest = text;
		for (const [start, end] of read.spans) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
		read.outside = termSet(analyzer, rest);
	}
	const { inside, outside } = read;
	const parts = found.map((terms) => terms.length > 0 && terms.every((t) => inside.has(t) && !outside.has(t)));
	return parts.some(Boolean) ? parts : undefined;
}

/** A text's enumerations and the terms inside them, remembered (see `MAX_REMEMBERED`). */
function readOf(analyzer: Analyzer, text: string): Read {
	let remembered = rememberedOf.get(analyzer);
	const known = remembered?.get(text);
	if (known) return known;
	const spans = enumerationSpans(text);
	const read =
		spans.length === 0
			? NO_ENUMERATION
			: { spans, inside: termSet(analyzer, spans.map(([start, end]) => text.slice(start, end)).join(' , ')) };
	if (!remembered) rememberedOf.set(analyzer, (remembered = new Map<string, Read>()));
	return remember(remembered, text, read, MAX_REMEMBERED);
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
