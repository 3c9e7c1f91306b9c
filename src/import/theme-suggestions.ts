import { foldCase } from '../corpus/text.ts';
import type { Corpus, Paragraph, Theme } from '../corpus/types.ts';

/** Words that say nothing about what a conclusion is about. */
const PLAIN_WORDS = new Set(
	(
		'a about above after again against all also among an and any are as at be been before being between both but by ' +
		'can could did do does during each either for from further had has have having he her here his how i if in into ' +
		'is it its itself more most no nor not of on once only or other our out over own same she should so some such ' +
		'than that the their them then there these they this those through to too under until up very was we were what ' +
		'when where which while who whom why will with would well within without upon including particular ' +
		'participants participating participant agreed noted stressed welcomed recognized underlined expressed ' +
		'meeting meetings united nations organization organizations organisations regional international need ' +
		'importance important continued continue called encouraged emphasized reaffirmed concern'
	).split(' '),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const contentWords = (text: string) =>
	(foldCase(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((w) => w.length > 3 && !PLAIN_WORDS.has(w));
const root = (word: string) => word.slice(0, 6);

export interface ThemeSuggestion {
	/** A whole-word pattern for `themes.json`, written against folded text. */
	pattern: string;
	/** The theme whose description shares the most words with the paragraph, if any does. */
	theme: Theme | undefined;
}

/**
 * Patterns that would give a paragraph without a theme one: its phrases (two content words in a row) that few other
 * paragraphs have, each with the theme whose label and description are closest to the paragraph. A starting point
 * for the maintainer, who writes the pattern that fits every paragraph of the matter, not this one alone.
 */
export function suggestThemePatterns(
	corpus: Corpus,
	paragraph: Paragraph,
	themes: readonly Theme[],
	max = 3,
): ThemeSuggestion[] {
	const words = contentWords(paragraph.searchText);
	const roots = new Set(words.map(root));
	const theme = themes
		.map((t) => ({ t, shared: contentWords(`${t.label} ${t.description}`).filter((w) => roots.has(root(w))).length }))
		.filter(({ shared }) => shared > 0)
		.sort((a, b) => b.shared - a.shared)[0]?.t;
	const others = corpus.paragraphs.filter((p) => p.id !== paragraph.id).map((p) => foldCase(p.searchText));
	const folded = foldCase(paragraph.searchText);
	const phrases = new Set<string>();
	for (const match of folded.matchAll(
		/(?=(?<![\p{L}\p{N}])([\p{L}\p{N}-]{4,}) ([\p{L}\p{N}-]{4,})(?![\p{L}\p{N}]))/gu,
	)) {
		const [first, second] = [match[1] ?? '', match[2] ?? ''];
		if (!PLAIN_WORDS.has(first) && !PLAIN_WORDS.has(second)) phrases.add(`${first} ${second}`);
	}
	const rarity = (phrase: string) => others.filter((text) => text.includes(phrase)).length;
	const ranked = [...phrases].sort((a, b) => rarity(a) - rarity(b) || b.length - a.length);
	const fallback = [...new Set(words)].sort((a, b) => b.length - a.length);
	return [...ranked, ...fallback].slice(0, max).map((phrase) => ({ pattern: escapeRegExp(phrase), theme }));
}

/** `add "natural disasters" to humanitarian-assistance, or …`: one line for a warning or a preview. */
export function describeSuggestions(suggestions: readonly ThemeSuggestion[]): string {
	if (suggestions.length === 0) return 'write an override with a reason in themes.json';
	const patterns = suggestions.map((s) => `"${s.pattern}"`).join(', ');
	const theme = suggestions[0]?.theme;
	return theme
		? `e.g. add one of ${patterns} to the patterns of "${theme.id}" (${theme.label}) in themes.json, or a new theme`
		: `e.g. a new theme in themes.json with one of the patterns ${patterns}`;
}
