import type { Cursor } from './layout-mode.ts';

/**
 * Who attended, as a communiqué lists it in a block of its own under a label (`Observers: Andean Community (CAN);
 * Development Bank of Latin America and the Caribbean (CAF); …`, `Participants: …`, `Also present: …`): names, not
 * something the meeting said. Context, as a signature block is, never a paragraph a reader would quote.
 */
const LABEL =
	/^(?:Observers?|Participants?|Participating\s+(?:countries|States|organi[sz]ations|delegations)|Attendees|Attending|(?:Also\s+)?present|In\s+attendance|Delegations|Invited\s+guests|Guests)\s*:\s*\S/iu;
/** The names after the label: items parted by semicolons or commas, with no sentence inside (a stop ends the last). */
const NAMES = /^[^.!?]*(?:\.\s*)?$/u;

/**
 * How many lines the list of who attended takes at cursor `i` (see `LABEL`): the block it opens, when it is only that
 * label and names with two or more items; else 0.
 */
export function attendanceAt(cursors: readonly Cursor[], i: number): number {
	const first = cursors[i];
	if (!first?.blockStart || !LABEL.test(first.text)) return 0;
	let end = i + 1;
	while (end < cursors.length && cursors[end]?.blockStart !== true) end += 1;
	const names = cursors
		.slice(i, end)
		.map((c) => c.text)
		.join(' ')
		.replace(LABEL_ONLY, '');
	// Initials and titles with stops (`H.E. Ms.`) are no sentence's end.
	const plain = names.replace(/\b(?:\p{Lu}\.)+\s?|\b(?:Mr|Ms|Mrs|Dr|H\.E|St|No)\./gu, '');
	return NAMES.test(plain) && /[;,]/u.test(plain) ? end - i : 0;
}

/** The label alone, to read the names after it. */
const LABEL_ONLY = /^[^:]*:\s*/u;
