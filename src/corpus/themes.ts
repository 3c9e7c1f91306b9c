import type { Theme, ThemeOverride } from './types.ts';
import { foldCase } from './text.ts';

/** The contents of `data/themes.json`. */
export interface ThemeFile {
	themes: Theme[];
	overrides: ThemeOverride[];
}

const THEME_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The problems of a list of patterns: each must be a valid regular expression. */
function invalidPatterns(patterns: readonly string[], where: string): string[] {
	return patterns.flatMap((pattern) => {
		try {
			new RegExp(pattern, 'u');
			return [];
		} catch {
			return [`${where}: "${pattern}" is not a valid regular expression`];
		}
	});
}

/** Validates the parsed JSON of a theme file; every problem is reported at once, prefixed with the module. */
export function validateThemeFile(raw: unknown, source: string): ThemeFile {
	const problems: string[] = [];
	const file = (raw ?? {}) as { themes?: unknown; overrides?: unknown };
	const themes: Theme[] = [];
	if (!Array.isArray(file.themes) || file.themes.length === 0) problems.push('"themes" must be a non-empty array');
	for (const [i, item] of (Array.isArray(file.themes) ? file.themes : []).entries()) {
		const theme = (item ?? {}) as Partial<Record<keyof Theme, unknown>>;
		const where = `themes[${i}]`;
		if (typeof theme.id !== 'string' || !THEME_ID.test(theme.id)) problems.push(`${where}.id must be kebab-case`);
		if (typeof theme.label !== 'string' || theme.label.length === 0) problems.push(`${where}.label is missing`);
		if (typeof theme.description !== 'string') problems.push(`${where}.description is missing`);
		if (!isStringArray(theme.patterns) || theme.patterns.length === 0) {
			problems.push(`${where}.patterns must be a non-empty array of strings`);
		} else {
			problems.push(...invalidPatterns(theme.patterns, `${where}.patterns`));
		}
		for (const key of ['cues', 'context'] as const) {
			const list = theme[key];
			if (list === undefined) continue;
			if (!isStringArray(list) || list.length === 0)
				problems.push(`${where}.${key} must be a non-empty array of strings`);
			else problems.push(...invalidPatterns(list, `${where}.${key}`));
		}
		if (theme.cues !== undefined && theme.context === undefined) {
			problems.push(`${where}.cues needs "context": the words that tell a cue speaks of this theme`);
		}
		if (themes.some((t) => t.id === theme.id)) problems.push(`${where}.id "${String(theme.id)}" is a duplicate`);
		themes.push(theme as Theme);
	}
	const overrides: ThemeOverride[] = [];
	for (const [i, item] of (Array.isArray(file.overrides) ? file.overrides : []).entries()) {
		const override = (item ?? {}) as Partial<Record<keyof ThemeOverride, unknown>>;
		const where = `overrides[${i}]`;
		if (typeof override.paragraph !== 'string') problems.push(`${where}.paragraph must be a paragraph id`);
		if (typeof override.reason !== 'string' || override.reason.length === 0)
			problems.push(`${where}.reason is missing`);
		for (const key of ['add', 'remove'] as const) {
			const ids = override[key];
			if (ids === undefined) continue;
			if (!isStringArray(ids)) problems.push(`${where}.${key} must be an array of theme ids`);
			else
				for (const id of ids)
					if (!themes.some((t) => t.id === id)) problems.push(`${where}.${key}: unknown theme "${id}"`);
		}
		overrides.push(override as ThemeOverride);
	}
	if (problems.length > 0) throw new Error(`corpus: ${source} is invalid:\n  - ${problems.join('\n  - ')}`);
	return { themes, overrides };
}

/**
 * Whether a theme applies to a text (folded: lower case, no accents), and by which phrases. A pattern counts wherever
 * it occurs; a cue only where the theme's context occurs too, in the text or `around` it (a paragraph's section
 * heading): "early warning" is conflict prevention beside "conflict", not in a section on disasters.
 */
export interface ThemeMatcher {
	test(text: string, around?: string): boolean;
	/** The distinct phrases that give the theme, patterns' first: how a reviewer checks an assignment. */
	phrases(text: string, around?: string): string[];
	/** Cues that occur without the theme's context: phrases that did not count. */
	cuesOutOfContext(text: string, around?: string): string[];
}

/** One case-insensitive regular expression for a list of patterns, matching whole words only ("arms" not in "harms"). */
function wholeWords(patterns: readonly string[] | undefined, flags = 'iu'): RegExp | undefined {
	if (patterns === undefined || patterns.length === 0) return undefined;
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

const distinct = (text: string, pattern: RegExp | undefined): string[] =>
	pattern ? [...new Set([...text.matchAll(pattern)].map((m) => m[0]))] : [];

/**
 * A regular expression made on its first use. A theme's whole-word expressions are costly to make and to run the first
 * time (two Unicode property classes each, case-insensitive: about half a millisecond), and most uses need few of them:
 * a search tests the patterns alone unless its text has a cue, and only a data check lists phrases.
 */
function onFirstUse(patterns: readonly string[] | undefined, flags?: string): () => RegExp | undefined {
	let made: { pattern: RegExp | undefined } | undefined;
	return () => (made ??= { pattern: wholeWords(patterns, flags) }).pattern;
}

/**
 * Whether a list of patterns occurs as whole words in a text. The patterns alone, without the word boundaries, are
 * tried first: cheap to make (no property class), and where they do not occur anywhere they cannot occur as whole
 * words either, so the costly whole-word expression is made and run only for a text where they occur (a search's
 * text mostly holds one theme's words, if any). Same answer as the whole-word expression alone.
 */
function wholeWordTest(patterns: readonly string[] | undefined): (text: string) => boolean {
	if (patterns === undefined || patterns.length === 0) return () => false;
	let anywhere: RegExp | undefined;
	const whole = onFirstUse(patterns);
	return (text) => {
		anywhere ??= new RegExp(`(?:${patterns.join('|')})`, 'iu');
		return anywhere.test(text) && whole()?.test(text) === true;
	};
}

function themeMatcher(theme: Theme): ThemeMatcher {
	const patterns = wholeWordTest(theme.patterns);
	const allPatterns = onFirstUse(theme.patterns, 'giu');
	const cues = wholeWordTest(theme.cues);
	const allCues = onFirstUse(theme.cues, 'giu');
	const context = wholeWordTest(theme.context);
	const inContext = (text: string, around: string) => context(text) || context(around);
	return {
		test: (text, around = '') => patterns(text) || (cues(text) && inContext(text, around)),
		phrases: (text, around = '') => [
			...distinct(text, allPatterns()),
			...(inContext(text, around) ? distinct(text, allCues()) : []),
		],
		cuesOutOfContext: (text, around = '') => (inContext(text, around) ? [] : distinct(text, allCues())),
	};
}

/** Compiles each theme's patterns, cues and context (written against folded text: no accents) into its matcher. */
export function compileThemeMatchers(themes: readonly Theme[]): Map<string, ThemeMatcher> {
	return new Map(themes.map((theme) => [theme.id, themeMatcher(theme)]));
}

/**
 * The themes of one paragraph: those whose patterns match its text (a cue with its context in the text or the
 * section's heading), then the overrides for its id. Deterministic, and in the order of the theme file, so a reviewer
 * can predict every assignment from `themes.json` alone.
 */
export function assignThemes(
	paragraphId: string,
	searchText: string,
	themes: readonly Theme[],
	matchers: ReadonlyMap<string, ThemeMatcher>,
	overrides: readonly ThemeOverride[],
	section: string | null = null,
): string[] {
	const folded = foldCase(searchText);
	const around = section === null ? '' : foldCase(section);
	const ids = new Set(themes.filter((theme) => matchers.get(theme.id)?.test(folded, around)).map((theme) => theme.id));
	for (const override of overrides) {
		if (override.paragraph !== paragraphId) continue;
		for (const id of override.add ?? []) ids.add(id);
		for (const id of override.remove ?? []) ids.delete(id);
	}
	return themes.filter((theme) => ids.has(theme.id)).map((theme) => theme.id);
}
