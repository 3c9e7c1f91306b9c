import { lastLineOfBlock } from './block-ends.ts';
import { startsSomething, type Cursor } from './layout-mode.ts';
import {
	ENDS_SENTENCE,
	articleWord,
	isAnnexHeading,
	isItemHeading,
	isPlainHeading,
	isSectionWordHeading,
} from './markers.ts';
import { isStatementAuthor, isStatementHeading } from './document-parts.ts';

/**
 * Whether the line at `i` goes on with the heading read so far: a wrapped heading goes on until something else
 * starts; an annex's title may stand in a block of its own. (A title wrapped over lines may leave its first line on
 * "on" or "of", which a heading alone would not; its block does not end a sentence, as a paragraph's would.)
 */
export function continuesHeading(heading: readonly string[], cursors: readonly Cursor[], i: number): boolean {
	const cursor = cursors[i];
	if (!cursor) return false;
	// Who makes an attached statement (`By the delegation of …:`) is part of its heading, not of its first paragraph.
	const first = heading[0] ?? '';
	if ((isAnnexHeading(first) || isStatementHeading(first)) && isStatementAuthor(cursor.text)) return true;
	// An article's title stands under its `Article 1` line (`Purposes and principles`); its text is no part of it.
	if (articleWord(first) !== undefined) {
		const after = cursors[i + 1];
		return heading.length === 1 && isPlainHeading(cursor.text) && (after === undefined || !/^\p{Ll}/u.test(after.text));
	}
	const annexTitle =
		heading.length === 1 &&
		(((isAnnexHeading(heading[0] ?? '') || isItemHeading(heading[0] ?? '')) &&
			(isPlainHeading(cursor.text) ||
				(/^\p{Lu}/u.test(cursor.text) && !ENDS_SENTENCE.test(lastLineOfBlock(cursors, i))))) ||
			// `Section 2`'s title may stand in a block of its own too.
			(isSectionWordHeading(heading[0] ?? '') && isPlainHeading(cursor.text)));
	if ((cursor.blockStart && !annexTitle) || startsSomething(cursor.text)) return false;
	// An `ANNEX` or `SECTION 2` line's title is in small letters under it, as often as not.
	if (!annexTitle && underCapitals(heading, cursor.text)) return false;
	return !ENDS_SENTENCE.test(heading.join(' ')) && heading.join(' ').length + cursor.text.length < 200;
}

/**
 * A title set in capitals wraps in capitals: a line in small letters right under it is no part of it but a
 * sub-heading of its own (`I. ASEAN COMMUNITY BUILDING` / `ASEAN Community Vision 2045`), or the text.
 */
export function underCapitals(heading: readonly string[], line: string): boolean {
	return inCapitals(heading.join(' ')) && /\p{Ll}/u.test(line);
}

/** Whether a line's words are set in capitals (three letters or more, none in small letters). */
function inCapitals(line: string): boolean {
	return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu) ?? []).length >= 3;
}
