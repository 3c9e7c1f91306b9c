/**
 * What to do about a document whose symbol was not read: pass the one it prints, whatever the organisation (the
 * import reads most, but not every masthead); or, for a document published without one (a Chair's summary, a web
 * page), a label that names it without passing for a UN symbol, which a reader would look up; and where it is
 * published, which a label cannot give.
 */
export const NO_SYMBOL_ADVICE = [
	'If the document prints a symbol or document number (in its masthead or first lines: MC.DEC/3/24, 10234/25,',
	'AG/DEC. 110 (LIV-O/24), EUCO 12/24), pass it as printed: --symbol "<the symbol>".',
	"A document published without a symbol (a Chair's summary, a web page) needs a label to be cited and chosen by:",
	'give a short one in words, not in the letters and slashes of a UN symbol, which a reader would take for one',
	`(--symbol "Ocean Dialogue Chair's Summary"). The file name (slug) is made of its letters and digits`,
	'(oceandialoguechairssummary); --slug ocean-dialogue-2019 chooses another. Pass --url with the address the',
	'document is published at (a saved page gives its own): without one it is cited without a link.',
].join('\n  ');

/**
 * What to say when no symbol was read: for a line that looks like one (the import's reading missed it), named by
 * its number in the text when known, to pass it as it stands; else how to label a document published without one.
 */
export function symbolAdvice(symbolLike: string | undefined, line?: number): string {
	if (symbolLike === undefined) return NO_SYMBOL_ADVICE;
	return [
		`The line${line === undefined ? '' : ` ${line}`} "${symbolLike}" looks like a document symbol that could not be read as one.`,
		`If it is the document's symbol, pass it as printed: --symbol "${symbolLike}"`,
	].join('\n  ');
}
