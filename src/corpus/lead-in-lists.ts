import { ENDS_SENTENCE, bullet, paragraphNumber } from './markers.ts';
import type { Cursor } from './layout-mode.ts';

/**
 * Lists that are the items of a lead-in's sentence, not conclusions of their own: a run of bullets (or of numbers
 * from 1, as a browser numbers an `<ol>`) right under a text ending with ":" ("…remains the greatest threat to the
 * Region and agreed to:"), most of them no sentence of their own (in lower case, ending with ";", or a name:
 * "• Canada"). A page whose every bullet, or every number, is such an item is no bulleted or numbered text: its
 * lead-ins are paragraphs, each with its list (as a reader quotes "…agreed to: mobilise…; accelerate…").
 */

/** An item's mark at a line: what follows it, and whether it goes on with the run (`next`: the number expected). */
type MarkAt = (text: string, next: number) => string | undefined;

/** Whether every item `markAt` finds stands in a run of items that goes on with the sentence of a lead-in. */
function allLeadInItems(cursors: readonly Cursor[], markAt: MarkAt): boolean {
	let runs = 0;
	for (let i = 0; i < cursors.length; i += 1) {
		if (markAt(cursors[i]?.text ?? '', 1) === undefined) continue;
		// A run of items starts here: the line above it must announce it.
		if (!/:[)"'”’»]*$/u.test(cursors[i]?.previous ?? '')) return false;
		const items: { first: string; last: string }[] = [];
		let at = i;
		for (let rest = markAt(cursors[at]?.text ?? '', 1); rest !== undefined;) {
			// An item ends before the next line at a break: a block, another item.
			let end = at;
			const next = items.length + 2;
			while (
				cursors[end + 1] !== undefined &&
				!cursors[end + 1]?.blockStart &&
				!markAt(cursors[end + 1]?.text ?? '', next)
			)
				end += 1;
			// A mark alone on its line (`1.`, then `Welcomes…`): the item's words begin on the next.
			items.push({ first: rest !== '' ? rest : (cursors[at + 1]?.text ?? ''), last: cursors[end]?.text ?? '' });
			at = end + 1;
			rest = markAt(cursors[at]?.text ?? '', next);
		}
		// Items that are sentences of their own ("Participants agreed on the following:", then "• The Council
		// welcomes…") are conclusions, and the layout stands; items that go on with the lead-in's sentence (lower
		// case, ";"), or are names ("• Canada"), are not.
		const sentences = items.filter((item) => /^[\p{Lu}\p{N}"“‘]/u.test(item.first) && ENDS_SENTENCE.test(item.last));
		if (sentences.length * 2 >= items.length) return false;
		runs += 1;
		i = at - 1;
	}
	return runs > 0;
}

/** Whether every bullet with `marker` stands in a run of a lead-in's items (see above). */
export const bulletsAreLeadInItems = (cursors: readonly Cursor[], marker: string): boolean =>
	allLeadInItems(cursors, (text) => {
		const mark = bullet(text);
		return mark?.marker === marker ? mark.rest : undefined;
	});

/** Whether every paragraph number stands in a run from 1 of a lead-in's items (see above): a list, not numbering. */
export const numbersAreLeadInItems = (cursors: readonly Cursor[]): boolean =>
	allLeadInItems(cursors, (text, next) => {
		const mark = paragraphNumber(text);
		return mark?.number === next ? mark.rest : undefined;
	});

/**
 * Whether `line` is the next item of a numbered list that the open paragraph's `text` ends with: `1.` under its
 * lead-in's ":", or the number after its last item's (`2.` under `1. mobilise…;`). In a text read as unnumbered,
 * such items are lines of the lead-in's paragraph (see `numbersAreLeadInItems`).
 */
export function continuesNumberedList(text: string, line: string): boolean {
	const mark = paragraphNumber(line);
	if (mark === undefined) return false;
	const last = text.slice(text.lastIndexOf('\n') + 1);
	if (mark.number === 1) return /:[)"'”’»]*$/u.test(last);
	return paragraphNumber(last)?.number === mark.number - 1 && text.includes('\n');
}

/** A block of prose: a sentence or more of this many words at least, ending with a full stop. */
const PROSE_WORDS = 8;

/**
 * Whether the numbers from `first` are a list the prose above them leads into, not the text's numbering: `1.` right
 * under a lead-in's ":" ("The Chair identified the following priorities for follow-up:"), with more blocks of prose
 * above it than the list has items. A Chair's summary of unnumbered paragraphs may close with its numbered
 * priorities; read as numbered, all the prose above them would be left out as front matter.
 */
export function numbersCloseProse(cursors: readonly Cursor[], first: number, items: number): boolean {
	if (!/:[)"'”’»]*$/u.test(cursors[first]?.previous ?? '')) return false;
	const prose = cursors
		.slice(0, first)
		.filter((c, i, above) => c.blockStart && isProse(blockText(above, i)) && paragraphNumber(c.text) === undefined);
	return prose.length > items;
}

/** The text of the block that opens at `i`. */
function blockText(cursors: readonly Cursor[], i: number): string {
	let text = cursors[i]?.text ?? '';
	for (let at = i + 1; cursors[at] !== undefined && !cursors[at]?.blockStart; at += 1) text += ` ${cursors[at]?.text}`;
	return text;
}

const isProse = (text: string) =>
	/[.!?][)"'”’»]*$/u.test(text) && !bullet(text) && text.split(/\s+/u).length >= PROSE_WORDS;
