import { SlashCommandBuilder } from '@discordjs/builders';
import { messagesOf } from '../src/core/locale.ts';
import { everywhere } from '../src/core/reach.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import { localize } from '../src/i18n/command-text.ts';
import { helpView } from '../src/render/help-view.ts';
import { messageResponse } from '../src/render/reply.ts';
import { conclusions } from './conclusions.ts';
import { quote } from './quote.ts';
import { themes } from './themes.ts';

/**
 * `/help`: what the bot does, the commands with the options they have for the loaded corpus (`document` appears with
 * several documents), the query syntax, the documents, the corpus version and where the text comes from.
 */
export const help = {
	name: 'help',
	definition: () => everywhere(localize(new SlashCommandBuilder(), 'help')).toJSON(),
	respondsWith: () => 'private',
	searches: false,
	execute(_options, { corpus, requester }) {
		const m = messagesOf(requester, true);
		const entries = [
			{ definition: conclusions.definition(corpus), does: m.help.conclusions },
			{ definition: quote.definition(corpus), does: m.help.quote },
			{ definition: themes.definition(), does: m.help.themes },
		];
		return messageResponse(helpView(corpus, entries, m), { ephemeral: true });
	},
} satisfies ChatInputCommand;
