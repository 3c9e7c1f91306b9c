import { ButtonStyle, type APIButtonComponent } from 'discord-api-types/v10';
import { Action, customId } from './custom-id.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import { documentOf } from '../corpus/lookup.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';
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

/**
 * How buttons name each of the paragraphs one message shows: as its document numbers it (`¶3`, `annex ¶1`), after the
 * document's symbol where another of them has the same mark in another document (`SG/2084 ¶3`, `S/PRST/2025/7 ¶3`), so
 * that no two buttons read alike.
 */
export function buttonMarks(paragraphs: readonly Paragraph[], corpus: Corpus): (p: Paragraph) => string {
	return (p) => {
		const mark = paragraphMark(p);
		const alike = paragraphs.some((other) => other.document !== p.document && paragraphMark(other) === mark);
		return alike ? `${documentOf(corpus, p).symbol} ${mark}` : mark;
	};
}

// Labels name the paragraph as the document numbers it ("Cite annex ¶1"); the custom id keeps the corpus's id.
export const citeButton = (p: Paragraph, m: Messages, mark = paragraphMark(p)) =>
	actionButton(m.cite(mark), customId(Action.cite, p.id));
export const postButton = (p: Paragraph, m: Messages, mark = paragraphMark(p)) =>
	actionButton(m.post(mark), customId(Action.post, p.id), { style: ButtonStyle.Primary });
export const readFullButton = (p: Paragraph, m: Messages, mark = paragraphMark(p)) =>
	actionButton(m.readFull(mark), customId(Action.full, p.id));
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
	markOf: (p: Paragraph) => string = paragraphMark,
): APIButtonComponent[] {
	if (!canPostPublicly) return [];
	return ephemeral ? paragraphs.map((p) => postButton(p, m, markOf(p))) : [deleteButton(m)];
}
