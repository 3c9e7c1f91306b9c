import type { Cursor } from './layout-mode.ts';
import { opensAsPreambular } from './preamble.ts';
import {
	ENDS_SENTENCE,
	isNumberedHeading,
	isPlainHeading,
	isPreambleChapeau,
	isSubItem,
	letterMark,
	type BracketKind,
} from './markers.ts';

/**
 * Paragraphs a document marks in brackets as its own numbering, with no lead-in above them: a Visegrad statement's
 * `(1)`, `(2)`, `(3)`, a chair's summary's `(a)`, `(b)` under each roman heading (lettered again from `(a)`, or going
 * on with `(c)`). Items of a paragraph look alike but stand under a lead-in ending with ":" (or inside a numbered
 * paragraph, which a numbered text reads first); these are told apart by where each run of marks opens.
 */

/** The mark a run of each kind opens with. */
const FIRST: Record<BracketKind, string> = { letter: 'a', number: '1' };

/** The mark after `label`: `b` after `a`, `3` after `2`. */
const after = (label: string, kind: BracketKind) =>
	kind === 'number' ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);

/** A line a new run of marks may open under: a section's heading (`II. The way forward`, `Follow-up`). */
const isHeadingLine = (line: string) => isNumberedHeading(line) || isPlainHeading(line);

/**
 * How the text marks its paragraphs when it marks them in brackets only, or undefined. The first mark is `(a)` or
 * `(1)` and no lead-in ending with ":" stands above it; every later mark goes on with the one before it, or opens
 * again at `(a)` right under a heading; a mark under a ":" that goes on with none is an item of the paragraph
 * above (`(i)` under "…as follows:") and does not count. At least two follow each other, at most one finished block
 * stands before the first (an opening sentence), and the marked blocks are most of those after it.
 *
 * @param atLineStart - where a mark may open a paragraph (a block start, or after a finished sentence or heading)
 */
export function bracketKindOf(
	cursors: readonly Cursor[],
	atLineStart: (c: Cursor) => boolean,
): BracketKind | undefined {
	// A decision's operative paragraphs lettered under its organ's line and preamble (a UNHCR Executive Committee
	// conclusion: `The Executive Committee,`, `Recalling …,`, then `(a) Calls upon States …;`; a copy may leave out the
	// organ's line, or the blank lines): the first opens under the preamble's last comma, and the preambular
	// paragraphs above are no finished blocks of a lead-in.
	const firstAt = firstMarkAt(cursors, atLineStart);
	const first = cursors[firstAt];
	if (first === undefined) return undefined;
	const kind: BracketKind = letterMark(first.text) ? 'letter' : 'number';
	const underPreamble = underPreambleAt(cursors, firstAt);
	let last: string | undefined;
	let marks = 0;
	let inSequence = false;
	for (const cursor of cursors.slice(firstAt)) {
		const mark = atLineStart(cursor) || cursor === first ? letterMark(cursor.text, kind) : undefined;
		if (mark === undefined) continue;
		const previous = cursor.previous ?? '';
		const next = last !== undefined && mark.letter === after(last, kind);
		// The first opens under the text's start, a heading or a finished sentence; a later run under a heading.
		const opens =
			mark.letter === FIRST[kind] &&
			(last === undefined
				? cursor.previous === undefined ||
					isHeadingLine(previous) ||
					ENDS_SENTENCE.test(previous) ||
					(underPreamble && cursor === first)
				: isHeadingLine(previous));
		if (opens && /:$/u.test(previous)) return undefined;
		if (!next && !opens) {
			if (/:$/u.test(previous)) continue;
			return undefined;
		}
		inSequence ||= next;
		last = mark.letter;
		marks += 1;
	}
	if (!inSequence) return undefined;
	const finished = (from: readonly Cursor[]) =>
		from.filter((c, i) => c.blockStart && !isSubItem(c.text) && ENDS_SENTENCE.test(lastLine(from, i))).length;
	return (underPreamble || finished(cursors.slice(0, firstAt)) <= 1) && marks >= 2 * finished(cursors.slice(firstAt))
		? kind
		: undefined;
}

/** Whether the mark at `i` stands under a preamble's last comma, an organ's line or a preambular paragraph above. */
function underPreambleAt(cursors: readonly Cursor[], i: number): boolean {
	if (!/[,;]$/u.test(cursors[i]?.previous ?? '')) return false;
	return cursors.slice(0, i).some((c) => isPreambleChapeau(c.text) || opensAsPreambular(c.text));
}

/**
 * Where the first mark in brackets stands at a line start; or, before it, an `(a)` right under a preamble's last
 * comma (text copied without blank lines sets it there: see `underPreambleAt`).
 */
function firstMarkAt(cursors: readonly Cursor[], atLineStart: (c: Cursor) => boolean): number {
	const at = cursors.findIndex((c) => atLineStart(c) && (letterMark(c.text) ?? letterMark(c.text, 'number')));
	const under = cursors.findIndex((c, i) => letterMark(c.text)?.letter === 'a' && underPreambleAt(cursors, i));
	return under >= 0 && (at < 0 || under < at) ? under : at;
}

/** The last line of the block that line `i` is in. */
export const lastLine = (cursors: readonly Cursor[], i: number): string => {
	let at = i;
	while (cursors[at + 1] !== undefined && !cursors[at + 1]?.blockStart) at += 1;
	return cursors[at]?.text ?? '';
};
