import { withoutPageFooter } from '../corpus/page-footer.ts';
import { readBlocks } from '../corpus/source-lines.ts';

/** How much of the footer's first and last lines the note quotes. */
const QUOTED = 60;
const quoted = (text: string) => `"${text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text}"`;

/**
 * The import's note on the footer of a copied web page that the parser leaves out (its lists of links, `Contact
 * us`, the copyright: see page-footer.ts): what was taken out of the quotes is said, with its lines, so that a reader
 * can check that none of it was the document's. No note when the text has no such footer.
 */
export function pageFooterNotes(text: string): string[] {
	const blocks = readBlocks(text);
	const footer = blocks.flat().slice(withoutPageFooter(blocks).flat().length);
	const [first, last] = [footer[0], footer.at(-1)];
	if (first === undefined || last === undefined) return [];
	return [
		`left out of the paragraphs as the web page's footer, so neither quoted nor searched: lines ${first.line}–` +
			`${last.line}, from ${quoted(first.text)} to ${quoted(last.text)}`,
	];
}
