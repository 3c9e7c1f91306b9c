import { ENDS_SENTENCE, bullet } from './markers.ts';
import type { Cursor } from './layout-mode.ts';

/**
 * Bullets that are the items of a lead-in's sentence, not conclusions of their own: a run of bullets right under a
 * text ending with ":" ("…remains the greatest threat to the Region and agreed to:"), most of them no sentence of
 * their own (in lower case, ending with ";", or a name: "• Canada"). A page whose every bullet is such an item is no bulleted
 * text: its lead-ins are paragraphs, each with its list (as a reader quotes "…agreed to: mobilise…; accelerate…").
 */

/** Where the text a bullet at line `i` opens ends: before the next line at a break (a block, a bullet, a sentence). */
function itemEnd(cursors: readonly Cursor[], i: number): number {
	let at = i;
	while (cursors[at + 1] !== undefined && !cursors[at + 1]?.blockStart && !bullet(cursors[at + 1]?.text ?? '')) at += 1;
	return at;
}

/** Whether every bullet with `marker` stands in a run of items that goes on with the sentence of a lead-in. */
export function bulletsAreLeadInItems(cursors: readonly Cursor[], marker: string): boolean {
	let runs = 0;
	for (let i = 0; i < cursors.length; i += 1) {
		const mark = bullet(cursors[i]?.text ?? '');
		if (mark?.marker !== marker) continue;
		// A run of bullets starts here: the line above it must announce it.
		if (!/:[)"'”’»]*$/u.test(cursors[i]?.previous ?? '')) return false;
		const items: { first: string; last: string }[] = [];
		let at = i;
		while (at < cursors.length) {
			const item = bullet(cursors[at]?.text ?? '');
			if (item?.marker !== marker) break;
			const end = itemEnd(cursors, at);
			items.push({ first: item.rest, last: cursors[end]?.text ?? '' });
			at = end + 1;
		}
		// Items that are sentences of their own ("Participants agreed on the following:", then "• The Council
		// welcomes…") are conclusions, and the bulleted layout stands; items that go on with the lead-in's sentence
		// (lower case, ";"), or are names ("• Canada"), are not.
		const sentences = items.filter((item) => /^[\p{Lu}\p{N}"“‘]/u.test(item.first) && ENDS_SENTENCE.test(item.last));
		if (sentences.length * 2 >= items.length) return false;
		runs += 1;
		i = at - 1;
	}
	return runs > 0;
}
