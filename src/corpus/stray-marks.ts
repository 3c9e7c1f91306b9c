/**
 * Stray marks: a scan's speck or a page's rule fragment that OCR or a PDF's text layer sets on a line of its own
 * (`|`, `'`, `.`, `,`, `¦`). Such a line holds no word and no figure, so it is no paragraph and no part of one, but a
 * parser that reads blocks would cite it as a paragraph of its own and number every later one too high. It is left
 * out, like page furniture, and the import names it (see stray-mark-notes.ts), so that nothing goes unsaid.
 *
 * A lone mark that means something stays with the parts that read it: a separator (`—`, `* * *`, `°`, `#`, `~`:
 * separators.ts), a bullet set apart on its line (`•`, `-`, `–`), a footnote's mark (`*`, `**`, `†`) and an
 * ellipsis marking text left out of an extract (`…`, `...`, `[…]`). So does `>`, an e-mail's quoted blank line.
 */

/** The glyphs a speck, a rule's fragment or a margin's line reads as: bars, quotes, stops, slashes, brackets. */
const STRAY = String.raw`[|¦'‘’‚"“”„,.;:!?\/${'`'}´^¨¸()[\]{}¬]`;
/** One to three such glyphs, maybe spaced apart (`| |`), and nothing else on the line. */
const STRAY_LINE = new RegExp(String.raw`^${STRAY}(?:\s*${STRAY}){0,2}$`, 'u');
/** An ellipsis says that text was left out of an extract: the text's own sign, not a speck. */
const ELLIPSIS = /^[[(]?(?:\.\s*){3}[\])]?$/u;

/**
 * The United Nations' continuation mark, alone at a page's foot (right-aligned `/...`): "the text goes on over the
 * page". A mark of the page, not of the text: quoted, it cut a sentence ("to ensure its effective /... functioning").
 */
const CONTINUED = /^\/\s?(?:\.\s?\.\s?\.|…)$/u;

/** Whether a line, trimmed, is only a stray mark or a page's continuation mark (see the module's comment). */
export function isStrayMark(line: string): boolean {
	const text = line.trim();
	return (STRAY_LINE.test(text) && !ELLIPSIS.test(text)) || CONTINUED.test(text);
}
