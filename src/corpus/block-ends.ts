import { FITS, SHORT_LINE, afterBreak, numberAt, type Cursor, type Mode } from './layout-mode.ts';
import { ENDS_SENTENCE, bullet, isSubItem } from './markers.ts';

/** Where the text a line opens ends, as the parser asks of a block: its last line, or its last before the items. */

/** The last line of the block that line `i` is in. */
export function lastLineOfBlock(cursors: readonly Cursor[], i: number): string {
	let at = i;
	while (cursors[at + 1] !== undefined && !cursors[at + 1]?.blockStart) at += 1;
	return cursors[at]?.text ?? '';
}

/** Where the text line `i` opens ends: at the end of its block or before the first bullet or sub-item in it. */
function endOfText(cursors: readonly Cursor[], i: number): number {
	let at = i;
	for (let next = cursors[at + 1]; next && !next.blockStart && !bullet(next.text) && !isSubItem(next.text);) {
		at += 1;
		next = cursors[at + 1];
	}
	return at;
}

/** The last line of the text line `i` opens, before any bullet or sub-item. */
export function lastLineBeforeItems(cursors: readonly Cursor[], i: number): string {
	return cursors[endOfText(cursors, i)]?.text ?? '';
}

/**
 * The last paragraph of the text line `i` opens, before any bullet or sub-item, its lines joined. A hard-wrapped
 * block may hold several (a title, a dateline paragraph and a lead-in, with no blank line between them): one ends
 * at a line that ends a sentence well short of the block's longest, or where the next line's first word would have
 * fitted.
 */
export function textBeforeItems(cursors: readonly Cursor[], i: number): string {
	const lines = cursors.slice(i, endOfText(cursors, i) + 1).map((c) => c.text);
	const width = Math.max(...lines.map((line) => line.length));
	const endsParagraph = (line: string, next: string) =>
		ENDS_SENTENCE.test(line) &&
		(line.length < SHORT_LINE * width || line.length + 1 + (next.split(' ', 1)[0] ?? '').length <= FITS * width);
	const from = lines.findLastIndex((line, k) => k < lines.length - 1 && endsParagraph(line, lines[k + 1] ?? ''));
	return lines.slice(from + 1).join(' ');
}

/** A text that ends by announcing what follows: `…agreed on the following:`. */
export const ANNOUNCES = /:[)"'”’»]*$/u;

/** Whether the block line `i` opens is a text ending with ":" and the items under it, in the same block. */
export function overItems(cursors: readonly Cursor[], i: number): boolean {
	const end = lastLineBeforeItems(cursors, i);
	return ANNOUNCES.test(end) && end !== lastLineOfBlock(cursors, i);
}

/**
 * Where one sentence ends and the next begins inside a text: a stop, then a capital after a space. Not after a
 * title or an abbreviation (`Mr. Hoxha`, `e.g. The`, `No. 5`) nor an initial (`J. Smith`, `U.N.`).
 */
const SENTENCE_BREAK =
	/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|para|paras|art|Art|vol|Vol|cf|viz|e\.g|i\.e|H\.E|Jr|Sr|[\p{Lu}\p{Ll}]))[.!?][)"'”’»]*\s+(?=[“"‘(]?\p{Lu})/u;

/**
 * Whether a lead-in is only an introduction, one sentence that announces what follows ("Participants agreed on the
 * following:"): context, not a conclusion. A lead-in that says something first ("Participants expressed deep concern
 * at the scale of plastic pollution. They identified the following priorities:") is text a reader may quote.
 */
export function introducesOnly(text: string): boolean {
	return ANNOUNCES.test(text) && !SENTENCE_BREAK.test(text);
}

/** The bullet of the text's own kind that line `i` opens: its text after the mark, and its last line. */
function itemAt(cursors: readonly Cursor[], mode: Mode, i: number): { first: string; last: string } | undefined {
	const mark = bullet(cursors[i]?.text ?? '');
	if (mode.kind !== 'bulleted' || mark?.marker !== mode.marker) return undefined;
	return { first: mark.rest, last: cursors[endOfText(cursors, i)]?.text ?? '' };
}

/** A bulleted text's lead-in ("…agreed on the following:"): a block ending with ":" right before a bullet. */
function announcesBullets(cursors: readonly Cursor[], mode: Mode, i: number): boolean {
	const end = endOfText(cursors, i);
	return ANNOUNCES.test(cursors[end]?.text ?? '') && itemAt(cursors, mode, end + 1) !== undefined;
}

/** A bulleted text's lead-in that only introduces its bullets: context, not a conclusion. */
export function isLeadIn(cursors: readonly Cursor[], mode: Mode, i: number): boolean {
	return announcesBullets(cursors, mode, i) && introducesOnly(textBeforeItems(cursors, i));
}

/**
 * The bullets that go on with the sentence of a lead-in that says something first: "They identified the following
 * priorities:", then `• reducing single-use plastics…;`, `• improving waste management…;`. The lead-in is then a
 * paragraph, and those bullets its items, quoted with it (a bullet alone would not say what it is a priority of).
 * They go on with its sentence when each opens in lower case, or each but the last ends with `;` or `,` (`and`,
 * `or`); bullets that are sentences of their own stay paragraphs. Answers the lines that open such bullets.
 */
export function itemsOfLeadIns(cursors: readonly Cursor[], mode: Mode): Set<number> {
	const items = new Set<number>();
	for (let i = 0; i < cursors.length; i += 1) {
		if (!cursors[i]?.blockStart || !announcesBullets(cursors, mode, i)) continue;
		if (introducesOnly(textBeforeItems(cursors, i))) continue;
		const run: { at: number; first: string; last: string }[] = [];
		for (let at = endOfText(cursors, i) + 1; at < cursors.length; at += 1) {
			const cursor = cursors[at];
			if (cursor === undefined || (!cursor.blockStart && !afterBreak(cursor.previous))) continue;
			// Anything else that starts at a break (a block, a new sentence's line) ends the run.
			const item = itemAt(cursors, mode, at);
			if (item === undefined) break;
			run.push({ at, ...item });
		}
		// Bullets in lower case go on with it; else those up to the first that does not end with ";" (or ",", "and").
		const lowerCase = run.findIndex((item) => !/^\p{Ll}/u.test(item.first));
		const closing = run.findIndex((item) => !/(?:[;,]|\b(?:and|or))$/u.test(item.last));
		const count = lowerCase !== 0 ? (lowerCase < 0 ? run.length : lowerCase) : closing > 0 ? closing + 1 : 0;
		for (const item of run.slice(0, count)) items.add(item.at);
	}
	return items;
}

/**
 * Whether the block at `i` is a lead-in (its last line ends with a colon) over a block numbered 1: an annex's
 * opening sentence (`We, the Member States …, declare the following:`) over its numbered paragraphs, which number the
 * part as the body's do.
 */
export function leadsIntoNumbers(cursors: readonly Cursor[], i: number): boolean {
	let j = i + 1;
	while (j < cursors.length && cursors[j]?.blockStart !== true) j += 1;
	const next = cursors[j];
	return /:\s*$/u.test(cursors[j - 1]?.text ?? '') && next !== undefined && numberAt(next)?.number === 1;
}
