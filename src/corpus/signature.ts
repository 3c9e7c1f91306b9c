import { afterBreak, startsSomething, type Cursor } from './layout-mode.ts';
import { isAnnexHeading, isSectionWordHeading } from './markers.ts';

/**
 * A signature block under a document's last paragraph, as UN documents print it: `(Signed) António Guterres`, then
 * the signer's title (`Secretary-General`) and maybe the organ (`President of the Security Council`) on lines of
 * their own. It closes the text: context, never words of the paragraph above it.
 */

/** `(Signed) António Guterres`, `(Signed)` alone (the name on the next line), `(Signé) …`. */
const SIGNED = /^\((?:Signed|signed|SIGNED|Signé|signé)\)(?:\s+\S.*)?$/u;
/** The signer's name, title and organ are short lines; a longer one is text again. */
const MAX_SIGNATURE_LINE = 80;
/** Name (when `(Signed)` stands alone), title, organ. */
const MAX_LINES_AFTER_SIGNED = 3;

/**
 * A line of the block after `(Signed)`: short, unpunctuated at its end, opening nothing (a number, an annex line); a
 * wrapped title may go on in lower case (`President` / `of the Security Council`).
 */
const isSignatureLine = (text: string) =>
	text.length <= MAX_SIGNATURE_LINE &&
	/^\p{L}/u.test(text) &&
	!/[.:;!?]$/u.test(text) &&
	!startsSomething(text) &&
	!isAnnexHeading(text) &&
	!isSectionWordHeading(text);

/**
 * How many lines the signature block at cursor `i` takes, or 0 when none opens there. It opens at a block's start or
 * after a finished sentence, so that "(signed)" inside a sentence stays the sentence's.
 */
export function signatureAt(cursors: readonly Cursor[], i: number): number {
	const first = cursors[i];
	if (!first || !SIGNED.test(first.text) || !(first.blockStart || afterBreak(first.previous))) return 0;
	// `(Signed)` and a name; a longer line holds the text's own sentences after the names, which must not be lost.
	if (first.text.length > MAX_SIGNATURE_LINE) return 0;
	let taken = 1;
	while (taken <= MAX_LINES_AFTER_SIGNED && isSignatureLine(cursors[i + taken]?.text ?? '')) taken += 1;
	return taken;
}
