import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { findDocument, findTheme } from '../src/corpus/lookup.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import { noticeResponse } from '../src/render/reply.ts';
import { echo, searchReply, themeList } from '../src/render/search-reply.ts';

/** Discord's cap on the query option; the console and the CLI accept longer text, and search caps its terms. */
export const MAX_QUERY_LENGTH = 100;

export const QUERY_SYNTAX =
	'Words are all required (any when none has them all); `"quoted words"` must appear as a phrase; `-word` leaves out paragraphs with that word.';

/** `/conclusions query [theme] [document] [private]`: search the paragraphs and quote the best ones. */
export const conclusions = {
	name: 'conclusions',
	definition: (corpus) => {
		const builder = new SlashCommandBuilder()
			.setName('conclusions')
			.setDescription('Search the conclusions and quote the paragraphs that match')
			// Written out because Discord fills these in; leaving them implicit would make every deploy look changed.
			.setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
			.setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
			.addStringOption((option) =>
				option
					.setName('query')
					.setDescription('Words to look for: terrorism, "use of force", children -terrorism')
					.setRequired(true)
					.setMaxLength(MAX_QUERY_LENGTH),
			)
			.addStringOption((option) =>
				option
					.setName('theme')
					.setDescription('Only paragraphs of this theme')
					.addChoices(corpus.themes.slice(0, 25).map((theme) => ({ name: theme.label, value: theme.id }))),
			);
		// The option exists only when there is a choice to make.
		if (corpus.documents.length > 1) {
			builder.addStringOption((option) =>
				option.setName('document').setDescription('Only paragraphs of this document').setAutocomplete(true),
			);
		}
		return builder
			.addBooleanOption((option) =>
				option.setName('private').setDescription('Show the answer only to you (default: everyone sees it)'),
			)
			.toJSON();
	},
	execute(options, { corpus, index }) {
		const query = typeof options.query === 'string' ? options.query : '';
		const ephemeral = options.private === true;
		let theme;
		if (typeof options.theme === 'string' && options.theme.trim() !== '') {
			theme = findTheme(corpus, options.theme);
			if (!theme)
				return noticeResponse(`There is no theme ${echo(options.theme)}. The themes are: ${themeList(corpus)}.`);
		}
		let document;
		if (typeof options.document === 'string' && options.document.trim() !== '') {
			document = findDocument(corpus, options.document);
			if (!document) {
				const slugs = corpus.documents.map((d) => `\`${d.slug}\``).join(', ');
				return noticeResponse(`There is no document ${echo(options.document)}. The documents are: ${slugs}.`);
			}
		}
		if (query.trim() === '') {
			return noticeResponse('Type some words to search for, e.g. `/conclusions query:terrorism`.');
		}
		const plan = index.plan(query);
		if (plan.units.length === 0) {
			return noticeResponse(
				plan.excluded.length > 0
					? `${echo(query)} only leaves words out. Add words to look for, e.g. \`children -terrorism\`.`
					: `${echo(query)} has no words to search for (very common words such as “the” are ignored). Try e.g. \`/conclusions query:human rights\`.`,
			);
		}
		const outcome = index.search(query, { theme: theme?.id, document: document?.slug });
		return searchReply({ corpus, index }, query, outcome, { theme, ephemeral });
	},
	autocomplete(_options, focused, { corpus }) {
		if (focused !== 'document') return [];
		const typed = String(_options.document ?? '').toLowerCase();
		return corpus.documents
			.filter((d) => `${d.slug} ${d.symbol} ${d.shortTitle}`.toLowerCase().includes(typed))
			.slice(0, 25)
			.map((d) => ({ name: `${d.symbol} · ${d.shortTitle}`.slice(0, 100), value: d.slug }));
	},
} satisfies ChatInputCommand;
