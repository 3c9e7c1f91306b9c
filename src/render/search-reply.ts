import type { APIInteractionResponse } from 'discord-api-types/v10';
import { documentOf } from '../corpus/lookup.ts';
import { foldCase } from '../corpus/text.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import type { ParagraphIndex, SearchOutcome } from '../search/paragraph-index.ts';
import { shorten } from './cut.ts';
import { escapeText } from './escape.ts';
import { paragraphEmbeds } from './paragraph-embed.ts';
import { mergedSegments } from './quote.ts';
import { messageResponse } from './reply.ts';
import { sourceButtons } from './source-buttons.ts';

/** How many paragraphs one reply quotes. */
export const RESULTS_PER_REPLY = 3;
/** Echoed queries are cut to this many characters before escaping. */
const MAX_ECHO = 100;
/** At most this many matched forms are listed. */
const MAX_MATCHED = 6;

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

/**
 * The words the quotes bold that the reader did not type (a synonym, a stem, a typo's correction): shown so the
 * reader sees why a paragraph matched. Empty when everything bolded was typed as such.
 */
export function matchedForms(index: ParagraphIndex, query: string, outcome: SearchOutcome, shown: number): string[] {
	const typed = ` ${foldCase(query).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
	const forms = new Set<string>();
	for (const hit of outcome.hits.slice(0, shown)) {
		for (const segment of mergedSegments(hit.paragraph.searchText, index.highlighter(hit.matchedTerms, outcome.plan))) {
			if (!segment.matched) continue;
			const form = foldCase(segment.text)
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
			if (!typed.includes(` ${form} `)) forms.add(segment.text.toLowerCase());
		}
	}
	return [...forms].slice(0, MAX_MATCHED);
}

export interface SearchReplyOptions {
	theme: Theme | undefined;
	ephemeral: boolean;
}

/** The reply to a search: a summary line, then the best paragraphs quoted, each with its themes and citation. */
export function searchReply(
	{ corpus, index }: { corpus: Corpus; index: ParagraphIndex },
	query: string,
	outcome: SearchOutcome,
	{ theme, ephemeral }: SearchReplyOptions,
): APIInteractionResponse {
	const within = theme ? ` in the theme **${escapeText(theme.label)}**` : '';
	if (outcome.hits.length === 0) {
		const didYouMean =
			outcome.suggestions.length > 0 ? ` Did you mean ${outcome.suggestions.map((s) => echo(s)).join(' or ')}?` : '';
		return messageResponse(
			{
				content:
					`No paragraph matches ${echo(query)}${within}.${didYouMean}\n` +
					`Try other words, or one of the themes: ${themeList(corpus)} (e.g. \`/conclusions query:security theme:terrorism\`).`,
			},
			{ ephemeral: true },
		);
	}
	const shown = outcome.hits.slice(0, RESULTS_PER_REPLY);
	const total = outcome.hits.length;
	const lines = [
		outcome.mode === 'any'
			? `No paragraph has all of ${echo(query)}${within}; showing the closest of ${plural(total, 'partial match', 'partial matches')}:`
			: `${plural(total, 'paragraph matches', 'paragraphs match')} ${echo(query)}${within}` +
				(total > shown.length ? `; the best ${shown.length}:` : ':'),
	];
	const forms = matchedForms(index, query, outcome, shown.length);
	if (forms.length > 0) lines.push(`-# matched: ${forms.map((f) => escapeText(f)).join(', ')}`);
	if (outcome.plan.unbalancedQuote) lines.push('-# A quote was not closed, so its words were searched one by one.');
	return messageResponse(
		{
			content: lines.join('\n'),
			embeds: paragraphEmbeds(
				corpus,
				shown.map((hit) => ({
					paragraph: hit.paragraph,
					highlighter: index.highlighter(hit.matchedTerms, outcome.plan),
				})),
			),
			components: sourceButtons(shown.map((hit) => documentOf(corpus, hit.paragraph))),
		},
		{ ephemeral },
	);
}
