import type { APIInteractionResponse } from 'discord-api-types/v10';
import { documentOf } from '../corpus/lookup.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import type { SearchOutcome } from '../search/paragraph-index.ts';
import { shorten } from './cut.ts';
import { escapeText } from './escape.ts';
import { paragraphEmbeds } from './paragraph-embed.ts';
import { messageResponse } from './reply.ts';
import { sourceButtons } from './source-buttons.ts';

/** How many paragraphs one reply quotes. */
export const RESULTS_PER_REPLY = 3;
/** Echoed queries are cut to this many characters before escaping. */
const MAX_ECHO = 100;

/** A query as the reply repeats it: shortened, escaped, in quotation marks. */
export function echo(query: string): string {
	return `“${escapeText(shorten(query.trim(), MAX_ECHO))}”`;
}

function plural(count: number, one: string, many: string): string {
	return `**${count}** ${count === 1 ? one : many}`;
}

export function themeList(corpus: Corpus): string {
	return corpus.themes.map((t) => t.label).join(', ');
}

/** The reply to a search: a summary line, then the best paragraphs quoted, each with its themes and citation. */
export function searchReply(
	corpus: Corpus,
	query: string,
	outcome: SearchOutcome,
	{ theme, ephemeral }: { theme: Theme | undefined; ephemeral: boolean },
): APIInteractionResponse {
	const within = theme ? ` in the theme **${escapeText(theme.label)}**` : '';
	if (outcome.hits.length === 0) {
		return messageResponse(
			{
				content:
					`No paragraph matches ${echo(query)}${within}.\n` +
					`Try other words, or one of the themes: ${themeList(corpus)} (e.g. \`/conclusions query:security theme:terrorism\`).`,
			},
			{ ephemeral: true },
		);
	}
	const shown = outcome.hits.slice(0, RESULTS_PER_REPLY);
	const total = outcome.hits.length;
	const summary =
		outcome.mode === 'any'
			? `No paragraph has all of ${echo(query)}${within}; showing the closest of ${plural(total, 'partial match', 'partial matches')}:`
			: `${plural(total, 'paragraph matches', 'paragraphs match')} ${echo(query)}${within}` +
				(total > shown.length ? `; the best ${shown.length}:` : ':');
	return messageResponse(
		{
			content: summary,
			embeds: paragraphEmbeds(
				corpus,
				shown.map((hit) => ({ paragraph: hit.paragraph, matchedTerms: hit.matchedTerms })),
			),
			components: sourceButtons(shown.map((hit) => documentOf(corpus, hit.paragraph))),
		},
		{ ephemeral },
	);
}
