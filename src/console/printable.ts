import { shorten } from '../render/cut.ts';

/** Control characters but the line break and the tab: a terminal would act on them (colours, cursor moves, bells). */
const CONTROL = /[^\P{Cc}\n\t]/gu;

/**
 * Text as the console and the CLI may print it: without control characters, so that nothing typed or quoted can
 * drive the terminal.
 */
export function printable(text: string): string {
	return text.replace(CONTROL, '');
}

/** What someone typed, as a message repeats it: printable, on one line and short. */
export function typedText(text: string, max = 100): string {
	return shorten(printable(text).replace(/\s+/gu, ' ').trim(), max);
}
