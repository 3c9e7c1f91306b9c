import { SlashCommandBuilder } from '@discordjs/builders';
import { messagesOf } from '../src/core/locale.ts';
import { resolveTheme } from '../src/core/resolve-options.ts';
import { everywhere } from '../src/core/reach.ts';
import type { ChatInputCommand } from '../src/core/types.ts';
import { localize } from '../src/i18n/command-text.ts';
import { themeChoices } from '../src/render/choices.ts';
import { messageResponse, noticeResponse } from '../src/render/reply.ts';
import { themePage, themesOverview } from '../src/render/themes-view.ts';

/** `/themes [theme]`: the themes, or one theme's paragraphs. A reference for the asker, so it answers privately. */
export const themes = {
	name: 'themes',
	definition: () =>
		everywhere(localize(new SlashCommandBuilder(), 'themes'))
			.addStringOption((option) => localize(option, 'themes.theme').setAutocomplete(true))
			.toJSON(),
	respondsWith: () => 'private',
	searches: false,
	execute(options, context) {
		const m = messagesOf(context.requester, true);
		const theme = resolveTheme(options, context, m);
		if (!theme.ok) return noticeResponse(theme.notice);
		const view = theme.value ? themePage(context.corpus, theme.value, 0, m) : themesOverview(context.corpus, m);
		return messageResponse(view, { ephemeral: true });
	},
	autocomplete(options, focused, { corpus, requester }) {
		return focused === 'theme' ? themeChoices(corpus, String(options.theme ?? ''), messagesOf(requester, true)) : [];
	},
} satisfies ChatInputCommand;
