import type { APIEmbed } from 'discord-api-types/v10';
import { documentOf, themesOf } from '../corpus/lookup.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Highlighter } from '../search/highlight.ts';
import { shortCitation } from './citation.ts';
import { LIMITS } from './limits.ts';
import { renderQuote } from './quote.ts';

/** UN blue. */
const EMBED_COLOR = 0x009edb;

export interface QuotedParagraph {
	paragraph: Paragraph;
	highlighter: Highlighter;
}

function embedFrame(corpus: Corpus, paragraph: Paragraph): Omit<APIEmbed, 'description'> {
	const document = documentOf(corpus, paragraph);
	const section = paragraph.section === null ? '' : ` · ${paragraph.section}`;
	return {
		title: `¶${paragraph.number}${section}`.slice(0, LIMITS.embedTitle),
		color: EMBED_COLOR,
		fields: [
			{
				name: 'Themes',
				value: themesOf(corpus, paragraph)
					.map((t) => t.label)
					.join(' · ')
					.slice(0, LIMITS.fieldValue),
			},
		],
		footer: { text: `${shortCitation(document)} · ${document.shortTitle}`.slice(0, LIMITS.footerText) },
	};
}

function frameLength(frame: Omit<APIEmbed, 'description'>): number {
	return (
		(frame.title?.length ?? 0) +
		(frame.footer?.text.length ?? 0) +
		(frame.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
	);
}

/**
 * One embed per quoted paragraph: number and section, the quote with matched words in bold, its themes and the
 * short citation. The quotes share what is left of the 6000-character message budget, so any paragraph length fits.
 */
export function paragraphEmbeds(corpus: Corpus, quoted: readonly QuotedParagraph[]): APIEmbed[] {
	const frames = quoted.map((q) => embedFrame(corpus, q.paragraph));
	const fixed = frames.reduce((sum, frame) => sum + frameLength(frame), 0);
	const perQuote = Math.min(
		LIMITS.embedDescription,
		Math.floor((LIMITS.embedTotal - fixed) / Math.max(1, quoted.length)),
	);
	return quoted.map((q, i) => ({
		...frames[i],
		description: renderQuote(q.paragraph.searchText, q.highlighter, perQuote).markdown,
	}));
}
