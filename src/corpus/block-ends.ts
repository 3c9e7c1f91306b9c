import type { Cursor, Mode } from './layout-mode.ts';
import { bullet, isSubItem } from './markers.ts';

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

/** A bulleted text's lead-in ("…agreed on the following:"): a block ending with ":" right before a bullet. */
export function isLeadIn(cursors: readonly Cursor[], mode: Mode, i: number): boolean {
	const end = endOfText(cursors, i);
	const after = cursors[end + 1];
	return (
		mode.kind === 'bulleted' &&
		/:[)"'”’»]*$/u.test(cursors[end]?.text ?? '') &&
		after !== undefined &&
		bullet(after.text)?.marker === mode.marker
	);
}
