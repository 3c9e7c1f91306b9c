import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord-api-types/v10';
import { documentOf } from '../src/corpus/lookup.ts';
import { messagesOf } from '../src/core/locale.ts';
import { readMessage } from '../src/core/message-text.ts';
import { everywhere } from '../src/core/reach.ts';
import type { MessageCommand } from '../src/core/types.ts';
import { nameLocalizations } from '../src/i18n/command-text.ts';
import { rows } from '../src/render/buttons.ts';
import { citeButton, postButton, sourceButtons } from '../src/render/paragraph-buttons.ts';
import { paragraphEmbeds } from '../src/render/paragraph-embed.ts';
import { messageResponse, noticeResponse } from '../src/render/reply.ts';

/** How many paragraphs the answer shows. */
const SHOWN = 3;

/**
 * Message command "Find in conclusions": the paragraphs closest to a message's text (a quote or a paraphrase),
 * privately, with how much of its key vocabulary each shares. Reads the message from the interaction itself, so no
 * message-content intent is needed.
 */
export const findInConclusions = {
	name: 'Find in conclusions',
	definition: () => {
		const { name, localizations } = nameLocalizations('find');
		return everywhere(new ContextMenuCommandBuilder())
			.setName(name)
			.setNameLocalizations(localizations)
			.setType(ApplicationCommandType.Message)
			.toJSON();
	},
	respondsWith: () => 'private',
	execute(target, { corpus, index, requester, cooldown }) {
		const m = messagesOf(requester, true);
		// A citation names its paragraph; the words looked up are what the message quotes (see `readMessage`).
		const { cited, quoted } = readMessage(corpus, target);
		if (cited.length === 0 && quoted === '')
			return noticeResponse(target.attachments > 0 ? m.findAttachmentsOnly : m.findEmpty);
		const limit = cooldown.take(requester.userId);
		if (!limit.ok) return noticeResponse(m.cooldown(limit.retryAfterSeconds));
		const { keyTerms, hits, words } =
			quoted === '' ? { keyTerms: [] as string[], hits: [], words: 0 } : index.similar(quoted);
		const similar = hits.filter((hit) => !cited.includes(hit.paragraph));
		if (cited.length === 0 && similar.length === 0) return noticeResponse(m.findNone);
		const matched = new Map(hits.map((hit) => [hit.paragraph, hit.matchedTerms]));
		const shown = [
			...cited.map((paragraph) => ({ paragraph, matchedTerms: matched.get(paragraph), note: m.citedInMessage })),
			...similar.map((hit) => ({
				paragraph: hit.paragraph,
				matchedTerms: hit.matchedTerms,
				// Out of the message's words, not of those the text knows: a message in another language that shares
				// four words with a paragraph shares four of its thirty, not "4 of 4".
				note: m.closeness(keyTerms.filter((t) => hit.matchedTerms.has(t)).length, words),
			})),
		].slice(0, SHOWN);
		const { embeds } = paragraphEmbeds(
			corpus,
			shown.map((hit) => ({
				paragraph: hit.paragraph,
				highlighter: index.highlighter(hit.matchedTerms ?? new Set()),
				note: hit.note,
			})),
			m,
		);
		const paragraphs = shown.map((h) => h.paragraph);
		return messageResponse(
			{
				content: m.findTitle(shown.length),
				embeds,
				components: rows(
					paragraphs.map((p) => citeButton(p, m)),
					requester.canPostPublicly ? paragraphs.map((p) => postButton(p, m)) : [],
					sourceButtons(
						paragraphs.map((p) => documentOf(corpus, p)),
						m,
					),
				),
			},
			{ ephemeral: true },
		);
	},
} satisfies MessageCommand;
