/**
 * What a press release prints after the text it quotes: its end mark (`-ENDS-`, `- END -`, `###`), its notes to
 * editors (numbered 1, 2, 3 of their own), the press office's contacts. A line that opens it, alone on its line.
 */
const TRAILER_OPENER =
	/^(?:-+\s*ends?\s*-+|\*+\s*ends?\s*\*+|ends\.?|#{3}|notes?\s+(?:to|for)\s+(?:the\s+)?editors?:?|(?:media|press)\s+contacts?:?|for\s+(?:further|more)\s+information(?:,?\s+(?:please\s+)?contact)?:?)$/iu;
/** A numbered paragraph's first line (`7. The Council called…`): the trailer follows the quoted text's numbers. */
const NUMBERED = /^\s*\d{1,3}\.\s+\S/u;

/**
 * A text without the trailer a press release prints after the conclusions it quotes (see `TRAILER_OPENER`), from
 * its opening line to the end, when that line stands below a numbered paragraph: its notes' own numbers would read as
 * the document's starting again, and none of it is the conclusions'. The line it starts at (1-based) is kept for the
 * import's note. Undefined when the text has none.
 */
export function withoutPressTrailer(text: string): { text: string; line: number; opener: string } | undefined {
	const lines = text.split('\n');
	const numbered = lines.findIndex((line) => NUMBERED.test(line));
	if (numbered < 0) return undefined;
	const at = lines.findIndex((line, i) => i > numbered && TRAILER_OPENER.test(line.trim()));
	if (at < 0) return undefined;
	return { text: `${lines.slice(0, at).join('\n').trimEnd()}\n`, line: at + 1, opener: lines[at]?.trim() ?? '' };
}
