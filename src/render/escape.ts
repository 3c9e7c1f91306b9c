import { escapeMarkdown } from 'discord.js';

/**
 * Makes any text safe to show in a message: markdown is escaped (so `**` or a code fence shows as typed), and
 * mentions and links are broken with a zero-width space or a backslash, so that `@everyone`, `<@&id>` or a URL show
 * as text instead of pinging or unfurling. `allowed_mentions: { parse: [] }` is the second line of defence.
 */
export function escapeText(text: string): string {
	return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
		.replace(/@(?=\S)/g, '@\u200b')
		.replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
		.replace(/:\/\//g, ':\u200b//');
}
