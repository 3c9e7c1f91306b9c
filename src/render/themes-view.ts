import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { Action, customId } from './custom-id.ts';
import { documentOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { actionButton, rows } from './buttons.ts';
import { shorten } from './cut.ts';
import { escapeQuoted } from './escape.ts';
import { LIMITS } from './limits.ts';
import { EMBED_COLOR } from './paragraph-embed.ts';

/** Paragraph previews per page of a theme. */
export const THEME_PAGE_SIZE = 10;
const PREVIEW = 140;

/** Every theme with its description and paragraph count. */
export function themesOverview(
	corpus: Corpus,
	m: Messages,
): Omit<APIInteractionResponseCallbackData, 'allowed_mentions'> {
	const lines = corpus.themes.map(
		(t) =>
			`**${escapeQuoted(t.label)}** · ${m.paragraphsCount(corpus.paragraphsByTheme.get(t.id)?.length ?? 0)} — ${escapeQuoted(t.description)}`,
	);
	return {
		embeds: [
			{
				title: m.themesTitle,
				color: EMBED_COLOR,
				description: lines.length === 0 ? m.noThemesYet : shorten(lines.join('\n'), LIMITS.embedDescription),
				// How to list one theme's paragraphs, when there is one to list.
				...(lines.length === 0 ? {} : { footer: { text: m.themesFooter } }),
			},
		],
	};
}

/** One page of a theme's paragraphs: numbers and short previews, with ◀ ▶ when there are more. */
export function themePage(
	corpus: Corpus,
	theme: Theme,
	page: number,
	m: Messages,
	pageSize = THEME_PAGE_SIZE,
): Omit<APIInteractionResponseCallbackData, 'allowed_mentions'> {
	const paragraphs = corpus.paragraphsByTheme.get(theme.id) ?? [];
	const pages = Math.max(1, Math.ceil(paragraphs.length / pageSize));
	const current = Math.min(Math.max(0, page), pages - 1);
	const several = corpus.documents.length > 1;
	const lines = paragraphs
		.slice(current * pageSize, (current + 1) * pageSize)
		.map(
			(p) =>
				`**${several ? `${documentOf(corpus, p).symbol} ` : ''}${paragraphMark(p)}** — ${escapeQuoted(shorten(p.searchText, PREVIEW))}`,
		);
	const button = (target: number, label: string) =>
		actionButton(label, customId(Action.themePage, theme.id, target), { disabled: target < 0 || target >= pages });
	return {
		embeds: [
			{
				title: m.themeTitle(theme.label, paragraphs.length).slice(0, LIMITS.embedTitle),
				color: EMBED_COLOR,
				description: shorten(`${escapeQuoted(theme.description)}\n\n${lines.join('\n')}`, LIMITS.embedDescription),
				...(pages > 1 ? { footer: { text: m.page(current + 1, pages) } } : {}),
			},
		],
		components: pages > 1 ? rows([button(current - 1, `◀ ${m.previous}`), button(current + 1, `${m.next} ▶`)]) : [],
	};
}
