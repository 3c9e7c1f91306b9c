import { shorten } from '../render/cut.ts';
import { TOKEN_SHAPES } from '../token-shape.ts';

/**
 * Control characters but the line break and the tab: a terminal would act on them (colours, cursor moves, bells);
 * and the bidirectional overrides and isolates, which turn the rest of a line around when left open.
 */
const CONTROL = /[^\P{Cc}\n\t]|[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text as the console and the CLI may print it: without control characters, so that nothing typed or quoted can
 * drive the terminal.
 */
export function printable(text: string): string {
	return text.replace(CONTROL, '');
}

/** A line someone typed, as the console repeats it (input from a pipe): printable, and a pasted bot token hidden. */
export function typedLine(text: string): string {
	return printable(text).replace(TOKEN_SHAPES, '•••');
}

/** What someone typed, as a message repeats it: printable, on one line and short. */
export function typedText(text: string, max = 100): string {
	// A bot token pasted by mistake is not printed back, even to the one who typed it.
	return shorten(typedLine(text).replace(/\s+/gu, ' ').trim(), max);
}
