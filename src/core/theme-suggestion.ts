import { foldCase } from '../corpus/text.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import { closestName, editDistance } from './closest-name.ts';

/** How a reader may name a theme: its id (`peace-building`) or its label (`Peace-building`), case and accents aside. */
const namesOf = (theme: Theme) => [theme.id, foldCase(theme.label)];
/** The words of a theme's label after its first. */
const wordsOf = (theme: Theme) =>
	foldCase(theme.label)
		.split(/[\s-]+/u)
		.slice(1);

/**
 * The theme a mistyped name most likely meant (`Terorism` → Terrorism, `multilat` → Multilateralism…), by id or by
 * label: the only theme one of whose names begins with what was typed, else the nearest name within a typo or two,
 * else the only theme one of whose names begins with it give or take one slip (`teror`, from five letters).
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
	if (near !== undefined) return byName.get(near);
	// A slip in a name not typed to its end (`teror`, `humen`): the only theme one of whose names begins one edit away.
	const slipped = themes.filter((theme) => namesOf(theme).some((name) => beginsWithin(name, wanted)));
	return wanted.length >= MIN_SLIP_PREFIX && slipped.length === 1 ? slipped[0] : undefined;
}

/** A name begun with a slip is compared from this many letters: fewer begin too many words one edit away. */
const MIN_SLIP_PREFIX = 5;
/** The first letters of a name begun with a slip are typed as the name has them. */
const SURE_LETTERS = 3;

/** Whether `name` begins with `typed` give or take one edit (a letter left out, changed or swapped). */
function beginsWithin(name: string, typed: string): boolean {
	// The slip after the first letters: a word that differs from the start is another word (`power`, not poverty).
	if (!name.startsWith(typed.slice(0, SURE_LETTERS))) return false;
	for (let length = typed.length; length <= typed.length + 1; length += 1) {
		if (length <= name.length && editDistance(name.slice(0, length), typed) <= 1) return true;
	}
	return false;
}

/**
 * A theme the theme file defines but no loaded paragraph has (written for documents not in this folder), by id or
 * label: it exists, so "there is no theme" would be wrong, but there is nothing to show for it.
 */
export function themeWithoutParagraphs(corpus: Corpus, typed: string): Theme | undefined {
	const wanted = foldCase(typed.trim());
	return corpus.unusedThemes?.find((theme) => namesOf(theme).includes(wanted));
}
