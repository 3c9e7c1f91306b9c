import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { findTheme } from '../src/corpus/lookup.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import { echo, searchReply, themeList } from '../src/render/search-reply.ts';
import { noticeResponse } from '../src/render/reply.ts';
import { ParagraphIndex } from '../src/search/paragraph-index.ts';

/** Discord's cap on the query option; the console and the CLI accept longer text, and search caps its terms. */
export const MAX_QUERY_LENGTH = 100;

/** `/conclusions query [theme] [private]`: search the paragraphs and quote the best ones. */
export const conclusions = {
	name: 'conclusions',
	definition: (corpus) =>
		new SlashCommandBuilder()
			.setName('conclusions')
			.setDescription('Search the conclusions and quote the paragraphs that match')
			// Written out because Discord fills these in; leaving them implicit would make every deploy look changed.
			.setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
			.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
			.addStringOption((option) =>
				option
					.setName('query')
					.setDescription('Words to look for, e.g. terrorism or human rights')
					.setRequired(true)
					.setMaxLength(MAX_QUERY_LENGTH),
			)
			.addStringOption((option) =>
				option
					.setName('theme')
					.setDescription('Only paragraphs of this theme')
					.addChoices(corpus.themes.slice(0, 25).map((theme) => ({ name: theme.label, value: theme.id }))),
			)
			.addBooleanOption((option) =>
				option.setName('private').setDescription('Show the answer only to you (default: everyone sees it)'),
			)
			.toJSON(),
	execute(options, { corpus, index }) {
		const query = typeof options.query === 'string' ? options.query : '';
		const ephemeral = options.private === true;
		let theme;
		if (typeof options.theme === 'string' && options.theme.trim() !== '') {
			theme = findTheme(corpus, options.theme);
			if (!theme)
				return noticeResponse(`There is no theme ${echo(options.theme)}. The themes are: ${themeList(corpus)}.`);
		}
		if (query.trim() === '') {
			return noticeResponse('Type some words to search for, e.g. `/conclusions query:terrorism`.');
		}
		if (ParagraphIndex.queryTerms(query).length === 0) {
			return noticeResponse(
				`${echo(query)} has no words to search for (very common words such as “the” are ignored). ` +
					'Try e.g. `/conclusions query:human rights`.',
			);
		}
		const outcome = index.search(query, { theme: theme?.id });
		return searchReply(corpus, query, outcome, { theme, ephemeral });
	},
} satisfies ChatInputCommand;
