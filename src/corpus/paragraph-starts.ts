import { introducesOnly, overItems, lastLineBeforeItems, lastLineOfBlock, textBeforeItems } from './block-ends.ts';
import { FITS, SHORT_LINE, afterBreak, isSectionHeading, numberAt, type Cursor, type Mode } from './layout-mode.ts';
import { ENDS_SENTENCE, bullet, decimalNumber, isPlainHeading, isSubItem, letterMark } from './markers.ts';
import type { Numbering } from './numbering.ts';
import { paragraphMark } from './paragraph-mark.ts';
import { continuesNumberedList } from './lead-in-lists.ts';
import type { HeldDraft as Draft } from './quoted-resolution.ts';
import { subParagraphAt } from './sub-paragraphs.ts';
import { letterAfterChapeau } from './chapeau-letters.ts';

/**
 * Whether a line starts a paragraph (see `paragraphStartAt`). A numbered text's paragraphs start at their numbers (see
 * `Numbering`); an unnumbered text's by layout: after a bullet, as a block of its own, or in hard-wrapped text without
 * blank lines. Each of those answers the text the paragraph opens with, or undefined.
 */

/** What the parser knows when it asks. */
export interface StartContext {
	cursors: readonly Cursor[];
	/** The text of the paragraph still open, if any. */
	open: string | undefined;
	/** How many paragraphs are finished. */
	finished: number;
	/** The text's usual line length, for hard-wrapped text. */
	wrapWidth: number;
	/** A dateline opened the text (so no title line stands before the first paragraph). */
	hasDateline: boolean;
}

/** In a bulleted text: a bullet of the text's own kind, or a block of finished sentences between the bullets. */
export function bulletedStart(cursor: Cursor, i: number, marker: string, known: StartContext): string | undefined {
	if (!cursor.blockStart && !afterBreak(cursor.previous)) return undefined;
	const mark = bullet(cursor.text);
	if (mark?.marker === marker) return mark.rest;
	// A block of finished sentences without a bullet, before, between or after the bullets, is a conclusion of its
	// own: it must not vanish into the preamble or the bullet above it. A lead-in that only introduces what follows
	// ("…agreed on the following:") is not one; one that says something first is.
	const lastLine = lastLineBeforeItems(known.cursors, i);
	const introduction = introducesOnly(textBeforeItems(known.cursors, i));
	const ownBlock =
		cursor.blockStart &&
		mark === undefined &&
		!isSubItem(cursor.text) &&
		/^[\p{Lu}\p{N}"“‘]/u.test(cursor.text) &&
		ENDS_SENTENCE.test(lastLine) &&
		!introduction &&
		(known.open === undefined || ENDS_SENTENCE.test(known.open));
	return ownBlock ? cursor.text : undefined;
}

/** In hard-wrapped text without blank lines between paragraphs: a short line that ends a sentence ends one. */
export function wrappedStart(cursor: Cursor, known: StartContext): string | undefined {
	const after = cursor.previous;
	const opens = /^[\p{Lu}\p{N}"“‘(]/u.test(cursor.text) && !isSubItem(cursor.text) && !bullet(cursor.text);
	// It ends one when it is short, or when the next line's first word would have fitted on it.
	const firstWord = cursor.text.split(' ', 1)[0] ?? '';
	// A statement quoted paragraph by paragraph opens each with a quotation mark (only the last closes it).
	const quoteRun = known.open !== undefined && /^[“"]/u.test(cursor.text) && /^[“"]/u.test(known.open);
	// Before the first paragraph, a lead-in ending with ":" (a statement's chapeau, "…on behalf of the Council:") may
	// be followed by the first paragraph on the next line, without a blank line between; when that line opens a
	// quotation, whatever the lengths of the lines (the chapeau is then context).
	const afterLeadIn = known.open === undefined && known.finished === 0 && /:$/u.test(after ?? '');
	const chapeauEnds = known.finished === 0 && /:$/u.test(after ?? '') && /^[“"]/u.test(cursor.text);
	const ended =
		after !== undefined &&
		ENDS_SENTENCE.test(after) &&
		(after.length < SHORT_LINE * known.wrapWidth ||
			after.length + 1 + firstWord.length <= FITS * known.wrapWidth ||
			quoteRun ||
			chapeauEnds);
	return (known.open !== undefined || afterLeadIn) && opens && ended ? cursor.text : undefined;
}

/** A block of plain text: a paragraph, unless it is a title before the first one or goes on with an open sentence. */
export function blockStart(cursor: Cursor, i: number, known: StartContext): string | undefined {
	const { open, hasDateline } = known;
	// Before the first conclusion of a text without dateline, a short line is its title or a label, and a block that
	// does not end like a sentence is a title too.
	const oneLine = known.cursors[i + 1]?.blockStart !== false;
	if (open === undefined && !hasDateline && oneLine && isPlainHeading(cursor.text)) return undefined;
	// A lead-in ending with ":" over the list in its block ("…welcomed the support of:", then "- Canada") is text.
	if (
		open === undefined &&
		!hasDateline &&
		!ENDS_SENTENCE.test(lastLineOfBlock(known.cursors, i)) &&
		!overItems(known.cursors, i)
	)
		return undefined;
	if (isSubItem(cursor.text) || bullet(cursor.text)) return open !== undefined ? undefined : cursor.text;
	// An `<ol>`'s items under a lead-in's ":" in a text read as unnumbered: lines of the lead-in's paragraph.
	if (open !== undefined && continuesNumberedList(open, cursor.text)) return undefined;
	// A block that goes on with the sentence the previous one left open is that paragraph's continuation.
	if (open !== undefined && !ENDS_SENTENCE.test(open) && /^\p{Ll}/u.test(cursor.text)) return undefined;
	return cursor.text;
}

/** What the parser knows of the whole text when it asks where paragraphs start (see `paragraphStartAt`). */
export interface StartLayout {
	mode: Mode;
	/** A numbered text's numbering so far: it decides which printed numbers start paragraphs. */
	numbering: Numbering;
	/** Bullets that go on with the sentence of a lead-in that says something: items of the paragraph it opens. */
	leadInItems: ReadonlySet<number>;
	cursors: readonly Cursor[];
	/** The text's usual line length, for hard-wrapped text. */
	wrapWidth: number;
	/** A dateline opened the text. */
	hasDateline: boolean;
}

/** A paragraph a line starts: its number, the text it opens with, and the mark it prints when not a number. */
export interface ParagraphStart {
	number: number;
	rest: string;
	ownMark?: string;
}

/**
 * Whether line `i` starts a paragraph, in any layout: at its number in a numbered text (see `Numbering`), at `1.1` or
 * `(a)` where a line may start one, otherwise by the layout of an unnumbered text (above). `current` is the
 * paragraph still open, if any, after `finished` finished ones.
 */
export function paragraphStartAt(
	cursor: Cursor,
	i: number,
	layout: StartLayout,
	current: Draft | undefined,
	finished: number,
): ParagraphStart | undefined {
	const { mode, numbering } = layout;
	/** The number an unnumbered document gives its next paragraph: its position. */
	const position = () => finished + (current ? 2 : 1);
	if (layout.leadInItems.has(i)) return undefined;
	if (mode.kind === 'numbered') {
		const own = numberAt(cursor);
		if (own) return numbering.start(own, cursor, current && paragraphMark(current));
		const sub = subParagraphAt(cursor, current);
		if (sub?.missing !== undefined && current)
			numbering.say(cursor.line, `¶${sub.mark} follows ${paragraphMark(current)}: ¶${sub.missing} missing`);
		// Held under a number after the text's own ones once it is read (see sub-paragraphs.ts); 0 until then. So are
		// letters under a chapeau of their own after the last number (see chapeau-letters.ts).
		const lettered = sub ? undefined : letterAfterChapeau(cursor, i, current, layout.cursors);
		if (lettered) return { number: 0, rest: lettered.rest, ownMark: lettered.mark };
		return sub ? { number: 0, rest: sub.rest, ownMark: sub.mark } : undefined;
	}
	if (mode.kind === 'decimal' || mode.kind === 'lettered') {
		// `1.1` or `(a)` opens a paragraph at a block start, after a finished sentence or after its section's heading.
		// Before the first, an `(a)` under a preamble's last comma opens it (text copied without blank lines).
		const underPreamble = finished === 0 && current === undefined && /,$/u.test(cursor.previous ?? '');
		const lineStart =
			cursor.blockStart || afterBreak(cursor.previous) || isSectionHeading(cursor.previous ?? '') || underPreamble;
		// A letter under a paragraph's closing ":" is an item of it (`(i)` under "…as follows:"), not the next mark.
		const item = mode.kind === 'lettered' && current !== undefined && /:$/u.test(current.text);
		const own =
			!lineStart || item
				? undefined
				: mode.kind === 'decimal'
					? decimalNumber(cursor.text)
					: letterMark(cursor.text, mode.by);
		return own ? { number: position(), rest: own.rest, ownMark: own.mark } : undefined;
	}
	const known: StartContext = {
		cursors: layout.cursors,
		open: current?.text,
		finished,
		wrapWidth: layout.wrapWidth,
		hasDateline: layout.hasDateline,
	};
	const rest =
		mode.kind === 'bulleted'
			? bulletedStart(cursor, i, mode.marker, known)
			: cursor.blockStart
				? blockStart(cursor, i, known)
				: wrappedStart(cursor, known);
	return rest === undefined ? undefined : { number: position(), rest };
}
