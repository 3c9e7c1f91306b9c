import { escapeMarkdown } from '@discordjs/formatters';

/**
 * What `escapeMarkdown` would change: its special characters anywhere, or a heading, list or quote marker at the
 * start of a line. Text without them (most prose) comes back unchanged, and discord.js's escaper, which runs a
 * dozen regular expressions over the whole text, is skipped: it costs more than the whole search otherwise.
 */
const MARKDOWN = /[\\`*_~|[\]]|^\s*(?:#|[-+>]|\d+\.)/mu;

/**
 * Whatever `escapeText` changes: what `MARKDOWN` finds, a character that may begin a mention or a tag (`@`, `<`), or
 * a link's `://`. Prose without any comes back as it is after one scan instead of four.
 */
const ANY_CHANGE = /[\\`*_~|[\]@<]|^\s*(?:#|[-+>]|\d+\.)|:\/\//mu;

/**
 * Makes any text safe to show in a message: markdown is escaped (so `**` or a code fence shows as typed), and
 * mentions and links are broken with a zero-width space or a backslash, so that `@everyone`, `<@&id>` or a URL show
 * as text instead of pinging or unfurling. `allowed_mentions: { parse: [] }` is the second line of defence.
 */
export function escapeText(text: string): string {
	if (!ANY_CHANGE.test(text)) return text;
	const escaped = MARKDOWN.test(text)
		? escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
		: text;
	return escaped
		.replace(/@(?=\S)/g, '@\u200b')
		.replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
		.replace(/:\/\//g, ':\u200b//');
}
