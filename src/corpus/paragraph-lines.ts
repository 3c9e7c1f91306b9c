import { afterBreak, type Cursor, type Mode } from './layout-mode.ts';
import { introducesOnly } from './block-ends.ts';
import {
	ENDS_SENTENCE,
	bullet,
	continuesSubItems,
	isAnnexHeading,
	isSectionWordHeading,
	articleWord,
	isSubItem,
	paragraphNumber,
} from './markers.ts';
import { joinWrapped, type HyphenClues } from './unwrap.ts';
import { isStatementAuthor } from './document-parts.ts';
import { continuesNumberedList } from './lead-in-lists.ts';

/** How the parser joins lines: a heading's into a section's name, a paragraph's into its text. */

/**
 * A heading's lines joined; an annex's line and its title with a dash (`Annex — Guidance for effective mediation`),
 * a `Section 2` line and its title likewise (`Section 2 — Scope of application`),
 * and a heading inside an annex after the annex's line (`Annex — I. Introduction`), so that it is not read as the
 * body's.
 */
export function sectionName(headingLines: readonly string[], annex: string | undefined): string {
	// Who makes an attached statement is named after its title: `… — By the delegation of Canada`.
	const lines = headingLines.map((line, k) =>
		k > 0 && isStatementAuthor(line) ? `— ${line.replace(/:$/u, '')}` : line,
	);
	const [first = '', ...rest] = lines;
	if (isAnnexHeading(first)) return rest.length > 0 ? `${first} — ${rest.join(' ')}`.trim() : first.trim();
	const heading = (
		(isSectionWordHeading(first) || articleWord(first) !== undefined) && rest.length > 0
			? `${first} — ${rest.join(' ')}`
			: lines.join(' ')
	).trim();
	return annex === undefined ? heading : `${annex} — ${heading}`;
}

/**
 * Adds a line to a paragraph: sub-items on their own line, a new block after a finished sentence too (unless a page
 * opened it: the page broke the paragraph where a sentence ended), else wrapped.
 */
export function appendLine(text: string, cursor: Cursor, mode: Mode, words: HyphenClues): string {
	if (text === '') return cursor.text;
	const itemMark = bullet(cursor.text);
	const isItem =
		isSubItem(cursor.text) ||
		(itemMark !== undefined && !(mode.kind === 'bulleted' && itemMark.marker === mode.marker));
	// Short items end with no stop (`- Canada`, `- Japan`): each under the lead-in's ":" or an item like it is a line.
	const listLine =
		itemMark !== undefined &&
		(/:$/u.test(cursor.previous ?? '') || bullet(cursor.previous ?? '')?.marker === itemMark.marker);
	if (cursor.blockStart && continuesNumberedList(text, cursor.text)) return `${text}\n${cursor.text}`;
	if (isItem && (cursor.blockStart || afterBreak(cursor.previous) || listLine || continuesSubItems(text, cursor.text)))
		return `${text}\n${cursor.text}`;
	if (cursor.blockStart && ENDS_SENTENCE.test(text) && cursor.pageTop !== true) return `${text}\n${cursor.text}`;
	return joinWrapped(text, cursor.text, words);
}

/**
 * In a document of plain blocks, a block that only introduces the next ("…made the following statement on behalf of
 * the Council:") is context, not a conclusion: moved to `context`; the others keep their places, numbered in order.
 */
export function introductionsSetAside(paragraphs: { number: number; text: string }[], context: string[]): void {
	const kept = paragraphs.filter((p, k) => {
		const next = paragraphs[k + 1]?.text;
		const introduction =
			next !== undefined && !p.text.includes('\n') && introducesOnly(p.text) && !quotedItemsOf(p.text, next);
		if (introduction) context.push(p.text);
		return !introduction;
	});
	for (const [k, p] of kept.entries()) p.number = k + 1;
	paragraphs.splice(0, paragraphs.length, ...kept);
}

/**
 * A quoted paragraph whose lead-in ends with `:` over quoted items (`“Recalling its resolutions:`, then `“(a) 1970
 * (2011);`), as a press release quotes a resolution's preamble: the resolution's paragraph, not an introduction (see
 * quoted-resolution.ts, which joins the items to it).
 */
function quotedItemsOf(text: string, next: string): boolean {
	return /^[“"]/u.test(text) && /^[“"]/u.test(next) && isSubItem(next.slice(1).trimStart());
}

/** In a text read as unnumbered, paragraphs that begin with a number of their own: worth a look, said per line. */
export function unreadNumbers(
	paragraphs: readonly { number: number; line: number; text: string }[],
): { line: number; message: string }[] {
	return paragraphs.flatMap((p) => {
		const mark = paragraphNumber(p.text);
		return mark
			? [
					{
						line: p.line,
						message: `¶${p.number} begins with "${mark.number}." but the text is read as unnumbered (its numbers do not run in sequence)`,
					},
				]
			: [];
	});
}
