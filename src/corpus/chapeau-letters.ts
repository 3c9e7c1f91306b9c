import { afterBreak, numberAt, type Cursor } from './layout-mode.ts';
import { letterMark, type LetterMark } from './markers.ts';
import type { HeldDraft as Draft } from './quoted-resolution.ts';

/**
 * Conclusions a numbered text letters after its last number, under a chapeau of their own: a communiqué's ¶1 (who
 * met) and ¶2 (who attended), then "After extensive deliberations, the Council:" and (a) to (k), which readers cite as
 * printed ("(h)"). Read as lines of ¶2, every decision was one paragraph, quoted and cited as ¶2. Only where the
 * chapeau is a block of its own ending with ":" after the paragraph's finished sentence, the first letter is (a) and
 * no number follows the letters: a letter under a numbered paragraph's own lead-in stays its item (`4. Participants
 * agreed to:`, then (a)–(c)), and so do letters under a chapeau between numbers, which a later (a) would repeat. They
 * are held after the text's numbers, as sub-paragraphs are (see sub-paragraphs.ts); a letter under one that ends with
 * ":" is its item ((d) "…to:", then (i)–(iii)).
 */
export function letterAfterChapeau(
	cursor: Cursor,
	i: number,
	current: Draft | undefined,
	cursors: readonly Cursor[],
): LetterMark | undefined {
	if (current === undefined || !(cursor.blockStart || afterBreak(cursor.previous))) return undefined;
	const mark = letterMark(cursor.text);
	if (mark === undefined || !/^[\p{Lu}"“‘]/u.test(mark.rest)) return undefined;
	const last = current.ownMark === undefined ? undefined : /^\(([a-y])\)$/u.exec(current.ownMark)?.[1];
	if (last !== undefined)
		return !/:$/u.test(current.text) && mark.letter === String.fromCharCode(last.charCodeAt(0) + 1) ? mark : undefined;
	if (current.ownMark !== undefined || mark.letter !== 'a' || chapeauOf(current.text) === undefined) return undefined;
	for (let j = i + 1; j < cursors.length; j += 1) if (numberAt(cursors[j] as Cursor)) return undefined;
	return mark;
}

/** The chapeau line a paragraph's text ends with (see above): a line of its own, ending with ":" after a sentence. */
function chapeauOf(text: string): string | undefined {
	const lines = text.split('\n');
	const chapeau = lines.at(-1) ?? '';
	const before = lines.at(-2);
	return before !== undefined && /[.!?][)"'”’»]*$/u.test(before) && /^\p{Lu}.*:$/u.test(chapeau) ? chapeau : undefined;
}

/**
 * Moves the chapeau over lettered paragraphs (see `letterAfterChapeau`) out of the paragraph above them into the
 * text's context, where a lead-in stands: it introduces the letters and is none of that paragraph's words.
 */
export function chapeausApart<T extends Draft>(paragraphs: T[], context: string[]): T[] {
	for (const [at, paragraph] of paragraphs.entries()) {
		const above = paragraphs[at - 1];
		if (paragraph.ownMark !== '(a)' || paragraph.number !== 0 || above === undefined) continue;
		const chapeau = chapeauOf(above.text);
		if (chapeau === undefined) continue;
		above.text = above.text.slice(0, above.text.length - chapeau.length - 1);
		context.push(chapeau);
	}
	return paragraphs;
}
