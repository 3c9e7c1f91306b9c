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
			for (const pattern of theme.patterns) {
				try {
					new RegExp(pattern, 'u');
				} catch {
					problems.push(`${where}.patterns: "${pattern}" is not a valid regular expression`);
				}
			}
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
 * Compiles each theme's patterns into one case-insensitive regular expression that matches whole words only, so
 * "arms" never matches inside "harms". Patterns are written against folded text (no accents).
 */
export function compileThemeMatchers(themes: readonly Theme[]): Map<string, RegExp> {
	return new Map(
		themes.map((theme) => [
			theme.id,
			new RegExp(`(?<![\\p{L}\\p{N}])(?:${theme.patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
		]),
	);
}

/**
 * The themes of one paragraph: those whose patterns match its text, then the overrides for its id. Deterministic,
 * and in the order of the theme file, so a reviewer can predict every assignment from `themes.json` alone.
 */
export function assignThemes(
	paragraphId: string,
	searchText: string,
	themes: readonly Theme[],
	matchers: ReadonlyMap<string, RegExp>,
	overrides: readonly ThemeOverride[],
): string[] {
	const folded = foldCase(searchText);
	const ids = new Set(themes.filter((theme) => matchers.get(theme.id)?.test(folded)).map((theme) => theme.id));
	for (const override of overrides) {
		if (override.paragraph !== paragraphId) continue;
		for (const id of override.add ?? []) ids.add(id);
		for (const id of override.remove ?? []) ids.delete(id);
	}
	return themes.filter((theme) => ids.has(theme.id)).map((theme) => theme.id);
}
