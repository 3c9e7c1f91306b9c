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

/** A `<` that would turn what follows into a chip: a mention, channel, role, emoji, timestamp or command. */
const CHIP = /<(?=[@#:/]|a:|t:)/g;

/**
 * Makes text a user typed safe to show in a message: markdown is escaped (so `**` or a code fence shows as typed), and
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
		.replace(CHIP, '\\<')
		.replace(/:\/\//g, ':\u200b//');
}

/**
 * A link as Discord's Markdown finds one in text: a scheme and `//`, then up to a space or `<`, not ending in
 * punctuation that closes the sentence around it (as Discord's own link rule reads it).
 */
export const LINK = /\b[a-z][a-z\d+.-]*:\/\/[^\s<]*[^\s<.,:;"')\]]/giu;
/** Stand-ins for the links while the rest is escaped: private-use characters no escape rule touches. */
const HELD = /\uE000(\d+)\uE001/gu;

/**
 * Makes a document's text safe to quote in an embed, word for word: only what Discord's Markdown would otherwise
 * read as formatting is escaped (a backslash Discord shows as nothing), and a `<` that would make a chip. Links and
 * e-mail addresses stay as published: an embed never pings, and a link in one never unfurls, so breaking them (as
 * `escapeText` does for what a user typed) would only make the quote differ from the document and the link fail.
 * A link is kept out of the Markdown escaping too: Discord reads it as a link before any other rule, so an escape
 * inside it would become part of the address.
 */
export function escapeQuoted(text: string): string {
	if (!MARKDOWN.test(text) && !text.includes('<')) return text;
	const links: string[] = [];
	const held = text.includes('://') ? text.replace(LINK, (link) => `\uE000${links.push(link) - 1}\uE001`) : text;
	const escaped = MARKDOWN.test(held)
		? escapeMarkdown(held, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
		: held;
	const safe = escaped.replace(CHIP, '\\<');
	return links.length === 0 ? safe : safe.replace(HELD, (_held, i: string) => links[Number(i)] ?? '');
}
