import { ButtonStyle, type APIButtonComponent } from 'discord-api-types/v10';
import { Action, customId } from './custom-id.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { actionButton, linkButton } from './buttons.ts';

/** Link buttons to the published sources of the quoted documents (one per document, at most five). */
export function sourceButtons(documents: readonly CorpusDocument[], m: Messages): APIButtonComponent[] {
	const unique = [...new Map(documents.map((d) => [d.slug, d])).values()];
	// A document with no known source (another body's number, no URL given) has no button.
	return unique
		.flatMap((d) => (d.sourceUrl === undefined ? [] : [linkButton(m.source(d.symbol), d.sourceUrl)]))
		.slice(0, 5);
}

// Labels name the paragraph as the document numbers it ("Cite annex ¶1"); the custom id keeps the corpus's id.
export const citeButton = (p: Paragraph, m: Messages) =>
	actionButton(m.cite(paragraphMark(p)), customId(Action.cite, p.id));
export const postButton = (p: Paragraph, m: Messages) =>
	actionButton(m.post(paragraphMark(p)), customId(Action.post, p.id), { style: ButtonStyle.Primary });
export const readFullButton = (p: Paragraph, m: Messages) =>
	actionButton(m.readFull(paragraphMark(p)), customId(Action.full, p.id));
export const deleteButton = (m: Messages) =>
	actionButton(m.delete, customId(Action.delete), { style: ButtonStyle.Danger });

/**
 * What sharing offers: on a private answer, Post (to show it to the channel); on a public one, Delete (for the
 * person who caused it). Neither where Discord forces answers private anyway.
 */
export function shareButtons(
	paragraphs: readonly Paragraph[],
	m: Messages,
	{ ephemeral, canPostPublicly }: { ephemeral: boolean; canPostPublicly: boolean },
): APIButtonComponent[] {
	if (!canPostPublicly) return [];
	return ephemeral ? paragraphs.map((p) => postButton(p, m)) : [deleteButton(m)];
}
