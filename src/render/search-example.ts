import { foldCase } from '../corpus/text.ts';
import type { Corpus, Theme } from '../corpus/types.ts';

/** Words shorter than this are mostly grammar ("with", "that"), not what a reader searches for. */
const MIN_LENGTH = 5;

/** Words of five letters or more that still say nothing of a paragraph's matter. */
const GRAMMAR = new Set(
	'about above across after against along among around because before behind below beneath beside besides between beyond could during either further however including itself other others rather shall should since their themselves there these those though through throughout toward towards under unless until upon whether which while within without would'.split(
		' ',
	),
);

/**
 * At most this many paragraphs are read to choose the example (spread evenly over the corpus, or over the theme):
 * it is worked out on the first reply that needs it, and reading every paragraph of 30,000 took half a second there.
 * A corpus this size or smaller is read whole.
 */
const SAMPLE = 2_000;

/** At most `n` items, spread evenly over the list (the whole list when it is that short). */
function spread<T>(items: readonly T[], n: number): readonly T[] {
	if (items.length <= n) return items;
	return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)] as T);
}

/** Each loaded corpus's example, worked out on the first reply that needs it. */
const examples = new WeakMap<Corpus, SearchExample | null>();

/** A search that finds something in this corpus: a word the text has, within a theme its paragraphs have. */
export interface SearchExample {
	word: string;
	theme: Theme;
}

/** The distinct words of a paragraph, folded, without digits or grammar-length words. */
const wordsOf = (text: string) =>
	new Set((foldCase(text).match(/\p{L}+/gu) ?? []).filter((word) => word.length >= MIN_LENGTH && !GRAMMAR.has(word)));

/**
 * An example search for a reply to suggest, taken from the corpus itself so that it finds something: the theme with
 * the most paragraphs, and the word that best marks them (the most of its paragraphs have it, the fewest others do;
 * not a word of the theme's own name, which would add nothing to `theme:`). Undefined when no paragraph has a theme
 * (an example with a theme this corpus lacks would lead nowhere).
 */
export function searchExample(corpus: Corpus): SearchExample | undefined {
	const known = examples.get(corpus);
	if (known !== undefined) return known ?? undefined;
	let theme: Theme | undefined;
	let most = 0;
	for (const candidate of corpus.themes) {
		const count = corpus.paragraphsByTheme.get(candidate.id)?.length ?? 0;
		if (count > most) [theme, most] = [candidate, count];
	}
	let example: SearchExample | undefined;
	if (theme !== undefined) {
		const named = wordsOf(`${theme.label} ${theme.id.replace(/-/gu, ' ')}`);
		const inTheme = new Map<string, number>();
		for (const paragraph of spread(corpus.paragraphsByTheme.get(theme.id) ?? [], SAMPLE)) {
			for (const word of wordsOf(paragraph.searchText)) {
				if (!named.has(word)) inTheme.set(word, (inTheme.get(word) ?? 0) + 1);
			}
		}
		const everywhere = new Map<string, number>();
		for (const paragraph of spread(corpus.paragraphs, SAMPLE)) {
			for (const word of wordsOf(paragraph.searchText)) {
				if (inTheme.has(word)) everywhere.set(word, (everywhere.get(word) ?? 0) + 1);
			}
		}
		// Between words that mark the theme as well, a longer one says more ("governance", not "level"); then the word
		// met first, so the example does not change from one start to the next.
		let best = 0;
		for (const [word, count] of inTheme) {
			const score = (count * count) / (everywhere.get(word) ?? count);
			if (score > best || (score === best && word.length > (example?.word.length ?? 0))) {
				[example, best] = [{ word, theme }, score];
			}
		}
	}
	examples.set(corpus, example ?? null);
	return example;
}

/** The example as a command to type (`/conclusions query:plastic theme:environment`), or undefined. */
export function exampleCommand(corpus: Corpus): string | undefined {
	const example = searchExample(corpus);
	return example && `/conclusions query:${example.word} theme:${example.theme.id}`;
}
