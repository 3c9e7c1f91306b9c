import { foldCase } from '../corpus/text.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import { closestName } from './closest-name.ts';

/** How a reader may name a theme: its id (`peace-building`) or its label (`Peace-building`), case and accents aside. */
const namesOf = (theme: Theme) => [theme.id, foldCase(theme.label)];
/** The words of a theme's label after its first. */
const wordsOf = (theme: Theme) =>
	foldCase(theme.label)
		.split(/[\s-]+/u)
		.slice(1);

/**
 * The theme a mistyped name most likely meant (`Terorism` → Terrorism, `multilat` → Multilateralism…), by id or by
 * label: the only theme one of whose names begins with what was typed, else the nearest name within a typo or two.
 * Undefined when nothing is close, so the reply lists the themes instead of guessing.
 */
export function closestTheme(themes: readonly Theme[], typed: string): Theme | undefined {
	const wanted = foldCase(typed.trim());
	if (wanted === '') return undefined;
	const prefixed = themes.filter((theme) => namesOf(theme).some((name) => name.startsWith(wanted)));
	if (wanted.length >= 3 && prefixed.length === 1) return prefixed[0];
	// A word of one theme's label, not its first (`civilians` for Protection of civilians, `charter`).
	const worded = themes.filter((theme) => wordsOf(theme).some((word) => word.startsWith(wanted)));
	if (wanted.length >= 4 && prefixed.length === 0 && worded.length === 1) return worded[0];
	const byName = new Map(themes.flatMap((theme) => namesOf(theme).map((name) => [name, theme] as const)));
	// Prefixes were settled above: one shared by several themes must not pick one of them at random.
	const names = [...byName.keys()];
	const near = closestName(wanted, prefixed.length > 1 ? names.filter((n) => !n.startsWith(wanted)) : names);
	return near === undefined ? undefined : byName.get(near);
}

/**
 * A theme the theme file defines but no loaded paragraph has (written for documents not in this folder), by id or
 * label: it exists, so "there is no theme" would be wrong, but there is nothing to show for it.
 */
export function themeWithoutParagraphs(corpus: Corpus, typed: string): Theme | undefined {
	const wanted = foldCase(typed.trim());
	return corpus.unusedThemes?.find((theme) => namesOf(theme).includes(wanted));
}
