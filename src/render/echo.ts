import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/index.ts';
import { TOKEN_SHAPES } from '../token-shape.ts';
import { shorten } from './cut.ts';
import { escapeText } from './escape.ts';
import { inQuotes } from './quoted.ts';

/** Echoed queries are cut to this many characters before escaping. */
const MAX_ECHO = 100;

/**
 * A query as the reply repeats it: shortened, escaped, in the quotation marks of the reply's language (“…”, « … »,
 * «…», 「…」); a quoted phrase keeps its own.
 */
export function echo(query: string, { quotes }: Pick<Messages, 'quotes'> = en): string {
	return inQuotes(query, (text) => escapeText(shorten(shownAsTyped(text).trim(), MAX_ECHO)), quotes);
}

/**
 * Control characters (a terminal's colours, a bell) and the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), which turn the rest of a line around when left open: an echo shows the words, not what they do.
 */
const INVISIBLE_ACTIONS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** What a query's echo shows of it: no control or direction character, and a bot token pasted by mistake hidden. */
function shownAsTyped(text: string): string {
	return text.replace(INVISIBLE_ACTIONS, '').replace(TOKEN_SHAPES, '•••');
}
