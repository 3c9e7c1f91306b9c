import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Corpus } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { formatDate } from './citation.ts';
import { joinWithin } from './cut.ts';
import { LIMITS } from './limits.ts';
import { EMBED_COLOR } from './paragraph-embed.ts';
import type { MessageData } from './reply.ts';

/** A slash command as `/help` shows it: its definition for this corpus (so its options are the real ones), and its use. */
export interface HelpEntry {
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
	does: string;
}

/** `/conclusions query [theme] [private]`: a command's usage, read from the options it has for the loaded corpus. */
export function commandUsage(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
	const options = (definition.options ?? []).map((o) => (o.required ? o.name : `[${o.name}]`));
	return `\`/${[definition.name, ...options].join(' ')}\``;
}

/**
 * The commands field: each command's usage and what it does, then, when a command takes `document` (several
 * documents are loaded), the documents' symbols and slugs to give it, as many as fit in the field.
 */
function commandsText(corpus: Corpus, entries: readonly HelpEntry[], h: Messages['help']): string {
	const lines = [...entries.map((e) => `${commandUsage(e.definition)} — ${e.does}`), h.find, h.optional];
	const takesDocument = entries.some((e) => e.definition.options?.some((o) => o.name === 'document'));
	if (!takesDocument) return lines.join('\n');
	const room = LIMITS.fieldValue - lines.join('\n').length - 1 - h.documentOption('').length;
	const documents = corpus.documents.map((d) => `\`${d.symbol}\` (${d.slug})`);
	lines.splice(entries.length, 0, h.documentOption(joinWithin(documents, ', ', room, h.andMore)));
	return lines.join('\n');
}

/** The documents field (and the console's help): each document's symbol, date, place, title, source and size, as many as fit. */
export function documentsText(corpus: Corpus, h: Messages['help']): string {
	const entries = corpus.documents.map(
		(d) =>
			`**${d.symbol}** (${formatDate(d.releaseDate)}${d.place ? `, ${d.place}` : ''}) — ${d.title}\n${d.sourceUrl ? `<${d.sourceUrl}> · ` : ''}${d.paragraphs.length} ¶`,
	);
	return joinWithin(entries, '\n', LIMITS.fieldValue, h.andMore);
}

/** `/help`: what the bot does, the commands with the options this corpus gives them, the syntax, the documents. */
export function helpView(corpus: Corpus, entries: readonly HelpEntry[], m: Messages): MessageData {
	const h = m.help;
	return {
		embeds: [
			{
				title: m.helpTitle,
				color: EMBED_COLOR,
				description: h.what,
				fields: [
					{ name: h.commandsTitle, value: commandsText(corpus, entries, h) },
					{ name: h.syntaxTitle, value: h.syntax },
					{ name: h.documentsTitle, value: documentsText(corpus, h) },
				],
				footer: { text: h.version(corpus.version) },
			},
		],
	};
}
