import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { Action, customId } from './custom-id.ts';
import { documentOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { Highlighter } from '../search/highlight.ts';
import { actionButton, rows } from './buttons.ts';
import { paragraphCitation } from './citation.ts';
import { citeButton, shareButtons, sourceButtons } from './paragraph-buttons.ts';
import { paragraphEmbeds } from './paragraph-embed.ts';

/** No bold: a paragraph shown for itself, not as a search hit. */
export const PLAIN: Highlighter = { segments: (text) => [{ text, matched: false }], isStopWord: () => false };

export interface ParagraphViewOptions {
	ephemeral: boolean;
	canPostPublicly: boolean;
	messages: Messages;
	/** A line above the quote (e.g. "Shared by @user:"). */
	intro?: string | undefined;
	highlighter?: Highlighter | undefined;
}

/**
 * One paragraph formatted for sharing: the quote (whole, unless it alone exceeds Discord's limits), number,
 * themes, a citation line, ◀ ▶ to read on, Cite, Post or Delete, and a link to the source.
 */
export function paragraphView(
	corpus: Corpus,
	paragraph: Paragraph,
	{ ephemeral, canPostPublicly, messages: m, intro, highlighter = PLAIN }: ParagraphViewOptions,
): Omit<APIInteractionResponseCallbackData, 'allowed_mentions'> {
	const document = documentOf(corpus, paragraph);
	const { embeds } = paragraphEmbeds(corpus, [{ paragraph, highlighter }], m);
	// The neighbours in the document, not number ± 1: an extract may skip a number (¶14, then ¶16).
	const at = document.paragraphs.findIndex((p) => p.id === paragraph.id);
	const previous = at > 0 ? document.paragraphs[at - 1] : undefined;
	const next = document.paragraphs[at + 1];
	const navigation = [
		actionButton(
			`◀ ${paragraphMark(previous ?? paragraph)}`,
			customId(Action.quote, previous?.id ?? paragraph.id, 'p'),
			{ disabled: !previous },
		),
		actionButton(`${paragraphMark(next ?? paragraph)} ▶`, customId(Action.quote, next?.id ?? paragraph.id, 'n'), {
			disabled: !next,
		}),
	];
	return {
		content: [intro, `-# ${paragraphCitation(document, paragraph)} — ${document.title}`]
			.filter(Boolean)
			.join('\n')
			.slice(0, 2000),
		embeds,
		components: rows(
			[...navigation, citeButton(paragraph, m), ...shareButtons([paragraph], m, { ephemeral, canPostPublicly })],
			sourceButtons([document], m),
		),
	};
}
