import { SlashCommandBuilder } from '@discordjs/builders';
import { messagesOf } from '../src/core/locale.ts';
import { everywhere } from '../src/core/reach.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import { localize } from '../src/i18n/command-text.ts';
import { formatDate } from '../src/render/citation.ts';
import { shorten } from '../src/render/cut.ts';
import { LIMITS } from '../src/render/limits.ts';
import { EMBED_COLOR } from '../src/render/paragraph-embed.ts';
import { messageResponse } from '../src/render/reply.ts';

/** `/help`: what the bot does, the query syntax, the documents, the corpus version and where the text comes from. */
export const help = {
	name: 'help',
	definition: () => everywhere(localize(new SlashCommandBuilder(), 'help')).toJSON(),
	respondsWith: () => 'private',
	execute(_options, { corpus, requester }) {
		const { help: h, ...m } = messagesOf(requester, true);
		const documents = corpus.documents
			.map(
				(d) =>
					`**${d.symbol}** (${formatDate(d.releaseDate)}${d.place ? `, ${d.place}` : ''}) — ${d.title}\n<${d.sourceUrl}> · ${d.paragraphs.length} ¶`,
			)
			.join('\n');
		return messageResponse(
			{
				embeds: [
					{
						title: m.helpTitle,
						color: EMBED_COLOR,
						description: h.what,
						fields: [
							{ name: h.commandsTitle, value: h.commands },
							{ name: h.syntaxTitle, value: h.syntax },
							{ name: h.documentsTitle, value: shorten(documents, LIMITS.fieldValue) },
						],
						footer: { text: h.version(corpus.version) },
					},
				],
			},
			{ ephemeral: true },
		);
	},
} satisfies ChatInputCommand;
