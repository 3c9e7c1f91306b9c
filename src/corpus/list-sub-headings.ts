import { startsSomething, type Cursor, type Mode } from './layout-mode.ts';
import { ENDS_SENTENCE, continuesSubItems, isNumberedHeading, isPlainHeading, subItemLabel } from './markers.ts';

/**
 * A heading inside a paragraph's list of items: a Commission's agreed conclusions end with "…take the following
 * actions:" and group the lettered items under sub-headings (`Strengthening normative, legal and policy frameworks`,
 * then `(a)`, `(b)`; `Strengthening institutions`, then `(c)`…). Such a heading names a group of the items that follow
 * it, inside the paragraph: not the next section of the text (which would leave the items in no paragraph), nor the
 * words of the item under it.
 */

/** A sub-heading over items wraps over at most this many lines. */
const MAX_LINES = 3;
/** The marks an item list opens with: `(a)`, `a.`, `a)`, `(i)`, `(1)`. */
const FIRST_LABELS = new Set(['a', 'i', '1']);

/** A line that may be a sub-heading's: no mark of its own, no closing punctuation, a heading's length. */
const headingLike = (text: string) => !startsSomething(text) && !/[.;:,!?]$/u.test(text) && text.length <= 160;

/**
 * A sub-heading longer than a plain heading (`Strengthening institutions and financing with a gender perspective for
 * the achievement of gender equality`, on one line as a web page or a wide page sets it): a capital first, no mark,
 * not ending on a word that needs more. Taken only where an item of the list follows it (below), which a section's
 * heading never has.
 */
const isLongSubHeading = (text: string) =>
	/^\p{Lu}/u.test(text) && !/\s(?:a|an|and|by|for|in|of|on|or|the|to|with)$/iu.test(text) && !/[)"”’]$/u.test(text);

export interface ListSubHeading {
	/** The heading's lines joined, and the first line of the item under it: each a line of the paragraph. */
	text: string;
	/** How many lines the heading and that item line take from `i`. */
	lines: number;
}

/**
 * The sub-heading at line `i` of a paragraph whose text is `open`, with the item line under it; undefined when the line
 * is none. The paragraph must stand at a list's start (its lead-in ends with `:`) or in one (its last line an item's,
 * ending like one), and the line after the heading must open the list's first item, go on with its items, or letter
 * them again (`(a)` under each sub-heading). A text whose paragraphs are themselves lettered has no such lists (its
 * headings are its sections).
 */
export function listSubHeadingAt(
	open: string | undefined,
	cursors: readonly Cursor[],
	i: number,
	mode: Mode,
): ListSubHeading | undefined {
	if (open === undefined || mode.kind === 'lettered') return undefined;
	const last = open.slice(open.lastIndexOf('\n') + 1);
	const leadIn = /:\s*$/u.test(last) && subItemLabel(last) === undefined;
	if (!leadIn && (subItemLabel(last) === undefined || !ENDS_SENTENCE.test(last))) return undefined;
	const first = cursors[i]?.text ?? '';
	if (!(isPlainHeading(first) || isNumberedHeading(first) || isLongSubHeading(first)) || !headingLike(first))
		return undefined;
	for (let k = 1; k <= MAX_LINES && i + k < cursors.length; k += 1) {
		const line = cursors[i + k]?.text ?? '';
		const label = subItemLabel(line);
		if (label !== undefined) {
			// The list's first item under its lead-in, or items lettered again from `(a)` under each sub-heading.
			const opensItems = FIRST_LABELS.has(label) && (!leadIn || !open.includes('\n'));
			if (!opensItems && !continuesSubItems(open, line)) return undefined;
			const heading = cursors.slice(i, i + k).map((c) => c.text);
			return { text: `${heading.join(' ')}\n${line}`, lines: k + 1 };
		}
		if (!headingLike(line)) return undefined;
	}
	return undefined;
}
