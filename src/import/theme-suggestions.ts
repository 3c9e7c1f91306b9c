import { isDictionaryCompound } from '../corpus/dictionary-words.ts';
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
		'importance important continued continue called encouraged emphasized reaffirmed concern ' +
		// The words of any conclusions' frame, and of the calendar: they say who spoke and when, not about what.
		'following follows follow since along across towards toward around despite whether because although though ' +
		'already still even just made make take taking given conclusions conclusion commission council committee ' +
		'session report reports document documents paragraph paragraphs member members year years ' +
		'january february march april june july august september october november december ' +
		// The words of a meeting's logistics: when and where the next one is held says nothing of a matter.
		'meet again next held hold host hosted hosting venue date dates ' +
		// A body's procedure and courtesies, which any matter's paragraph may hold.
		'annual half situation implementation implement hospitality seized actively remain decides decided ' +
		// A conference's courtesies and requests ("noted with appreciation the work of…", "requested it to report",
		// "welcomed the offer of… to host"): what any matter's paragraph may say of it.
		'appreciation gratitude thanks thanked commended congratulated request requests requested offer offers ' +
		'offered invited invitation reported ' +
		// The frame's other words, which any matter's paragraph may hold (`the potential of the Organisation`,
		// `developments on the ground`, `the Summit's decision`), and a copied page's footer (`Related topics`).
		'organisation matter matters work people summit summits decision decisions resolution ' +
		'resolutions developments related topics'
	).split(' '),
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * An ordinal in words (`second`, `seventieth`, `twenty-first`) or figures (`24th`, `32nd`): a session's, a summit's
 * or a year's, never a matter.
 */
const ORDINAL =
	/^(?:(?:[\p{L}]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+tieth|hundredth|thousandth)|\d+(?:st|nd|rd|th))$/u;
const plainWord = (word: string) => PLAIN_WORDS.has(word) || ORDINAL.test(word);
const contentWords = (text: string) =>
	(foldCase(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).filter((w) => w.length > 3 && !plainWord(w));
/**
 * A word's first seven letters, a plural's `s` aside: "a human right" is of Human rights, "terrorist" of Terrorism; six
 * made "civilian" a word of Dialogue among civilizations.
 */
const root = (word: string) => word.replace(/(?<!s)s$/u, '').slice(0, 7);

export interface ThemeSuggestion {
	/** A whole-word pattern for `themes.json`, written against folded text. */
	pattern: string;
	/** The theme the pattern would go to: one whose label or description has a word of it, if any has. */
	theme: Theme | undefined;
}

/**
 * The names a paragraph holds, as folded phrases: runs of capitalised words (`South Sudan`, `Lake Chad Basin`).
 * A place or a body says where or who, not what the paragraph is about: a theme's pattern made of one would give
 * the theme to every paragraph on that place, whatever its matter.
 */
function namesIn(text: string): { phrases: Set<string>; words: Set<string>; outside: string } {
	const names = new Set<string>();
	const nameWords = new Set<string>();
	// The text without its names, for what it is about.
	const outside = text.replace(NAME, (name) => {
		const words = (foldCase(name).match(/[\p{L}\p{N}-]+/gu) ?? []).filter((w) => !PLAIN_WORDS.has(w));
		if (words.length < 2) return name;
		for (let i = 0; i + 1 < words.length; i += 1) names.add(`${words[i]} ${words[i + 1]}`);
		for (const word of words) nameWords.add(word);
		return ' ';
	});
	return { phrases: names, words: nameWords, outside };
}

/**
 * The words that say what a label is about: of each part joined by "and", the words after its last `of`, `among`,
 * `for`, `against` or `on` (`Protection of civilians` → civilians: undersea cables may need protection too), else all
 * its words (`Humanitarian assistance`, `Conflict prevention`), or the last of a set phrase (`Human rights` → rights).
 */
function headWords(label: string): string[] {
	return foldCase(label)
		.split(/\s+(?:and|&)\s+|,\s*/u)
		.flatMap((part) => {
			const words = (part.split(/\s+(?:of|among|for|against|on)\s+/u).at(-1) ?? part).trim().split(/\s+/u);
			// A set phrase (`Human rights`, `Organized crime`) is said by its last word: `human dimension` and
			// `organisation` are not about it.
			return isDictionaryCompound(words) ? words.slice(-1) : words;
		})
		.filter((word) => word !== '');
}

/** A run of capitalised words, with the small words a name holds between them (`League of Arab States`). */
const NAME = /\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:of\s+|the\s+|and\s+)*\p{Lu}[\p{L}\p{N}-]*)+/gu;

/**
 * Patterns that would give a paragraph without a theme one, each with the theme it would go to. The theme is the
 * one whose label and description share the most words with the paragraph, among those whose label it shares a word
 * of (a word of a description alone, such as "committee", may be any matter's), and only phrases holding
 * one of those shared words are offered for it (two content words in a row that few other paragraphs have, else the
 * shared word alone): a pattern that says what the theme is about, never a place's or a body's name (`south sudan`
 * for Terrorism). When no theme shares enough, a phrase that is no name is offered for a new theme; when none is
 * left, nothing is (the maintainer writes an override). A starting point for the maintainer, who writes the pattern
 * that fits every paragraph of the matter, not this one alone.
 */
export function suggestThemePatterns(
	corpus: Corpus,
	paragraph: Paragraph,
	themes: readonly Theme[],
	max = 3,
): ThemeSuggestion[] {
	const words = contentWords(paragraph.searchText);
	const names = namesIn(paragraph.searchText);
	// A word that stands only in a name (the "Structured Dialogue") does not bring the name's theme.
	const roots = new Set(contentWords(names.outside).map(root));
	const shared = (text: string) =>
		new Set(
			contentWords(text)
				.filter((w) => roots.has(root(w)))
				.map(root),
		);
	// A word of the theme's label says what it is about; words of its description alone may be any matter's
	// ("committee", or "activities" and "priority" for Peace-building): they only rank the themes a label names. Of
	// the label, its head words say it (`civilians` of Protection of civilians, not `protection`, which undersea
	// cables may need too).
	const best = themes
		.map((t) => {
			const label = shared(t.label);
			const all = shared(`${t.label} ${t.description}`);
			const head = [...shared(headWords(t.label).join(' '))];
			return { t, roots: all, score: 2 * label.size + all.size, strong: head.length > 0 };
		})
		.filter(({ strong }) => strong)
		.sort((a, b) => b.score - a.score)[0];
	const others = corpus.paragraphs.filter((p) => p.id !== paragraph.id).map((p) => foldCase(p.searchText));
	const folded = foldCase(paragraph.searchText);
	const phrases = new Set<string>();
	for (const match of folded.matchAll(
		/(?=(?<![\p{L}\p{N}])([\p{L}\p{N}-]{4,}) ([\p{L}\p{N}-]{4,})(?![\p{L}\p{N}]))/gu,
	)) {
		const [first, second] = [match[1] ?? '', match[2] ?? ''];
		const phrase = `${first} ${second}`;
		// A number (`2024`, `1325`) says nothing of the matter either.
		const plain = [first, second].some((word) => plainWord(word) || /^[\p{N}-]+$/u.test(word));
		if (!plain && !names.phrases.has(phrase)) phrases.add(phrase);
	}
	const rarity = (phrase: string) => others.filter((text) => text.includes(phrase)).length;
	const ranked = [...phrases].sort((a, b) => rarity(a) - rarity(b) || b.length - a.length);
	if (best === undefined) {
		// A number, a year, or a name of one word (`Abidjan`, capitalised inside a sentence) says nothing of a matter.
		const single = singleNames(paragraph.searchText);
		const plain = [
			...new Set(words.filter((w) => !names.words.has(w) && !single.has(w) && !/^[\p{N}-]+$/u.test(w))),
		].sort((a, b) => b.length - a.length);
		return [...ranked, ...plain].slice(0, max).map((phrase) => ({ pattern: escapeRegExp(phrase), theme: undefined }));
	}
	const ofTheme = (phrase: string) => phrase.split(' ').some((word) => best.roots.has(root(word)));
	const sharedWords = [...new Set(words.filter((w) => best.roots.has(root(w))))].sort((a, b) => b.length - a.length);
	return [...ranked.filter(ofTheme), ...sharedWords]
		.slice(0, max)
		.map((phrase) => ({ pattern: escapeRegExp(phrase), theme: best.t }));
}

/** The words capitalised inside a sentence (not after its full stop): names of one word, folded. */
function singleNames(text: string): Set<string> {
	const found = text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}-]*/gu);
	return new Set([...found].map((match) => foldCase(match[0])));
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
