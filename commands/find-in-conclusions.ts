import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord-api-types/v10';
import { documentOf, paragraphNumbers } from '../src/corpus/lookup.ts';
import { messagesOf } from '../src/core/locale.ts';
import { readMessage } from '../src/core/message-text.ts';
import { everywhere } from '../src/core/reach.ts';
import type { MessageCommand } from '../src/core/types.ts';
import type { SearchHit } from '../src/search/search-hit.ts';
import { quotedPart } from '../src/search/similar-paragraphs.ts';
import { nameLocalizations } from '../src/i18n/command-text.ts';
import { rows } from '../src/render/buttons.ts';
import { buttonMarks, citeButton, postButton, sourceButtons } from '../src/render/paragraph-buttons.ts';
import { paragraphEmbeds } from '../src/render/paragraph-embed.ts';
import { escapeText } from '../src/render/escape.ts';
import { messageResponse, noticeResponse } from '../src/render/reply.ts';

/** How many paragraphs the answer shows: the closest three, or every paragraph the message quotes, up to five. */
const SHOWN = 3;
const MOST_SHOWN = 5;

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
		const { cited, quoted, missing } = readMessage(corpus, target);
		// A citation of a paragraph the document lacks is said first, beside whatever else is found.
		const lacking = missing.map(({ document, mark }) =>
			m.citedMissing(escapeText(document.symbol), escapeText(mark), paragraphNumbers(document)),
		);
		const withLacking = (text: string) => [...lacking, text].join('\n');
		if (cited.length === 0 && quoted === '') {
			if (lacking.length > 0) return noticeResponse(lacking.join('\n'));
			return noticeResponse(target.attachments > 0 ? m.findAttachmentsOnly : m.findEmpty);
		}
		const limit = cooldown.take(requester.userId);
		if (!limit.ok) return noticeResponse(m.cooldown(limit.retryAfterSeconds));
		// A paste of several paragraphs (with chat around it): each one it quotes word for word, in its order.
		const quotes = quoted === '' ? [] : index.quoted(quoted);
		const verbatim = quotes.filter((hit) => !cited.includes(hit.paragraph));
		// A message that quotes is about what it quotes: the others are compared with the quoted words, not the chat.
		const compared =
			quotes.length > 0
				? quotedPart(
						quoted,
						quotes.map((hit) => hit.paragraph),
					)
				: quoted;
		const { keyTerms, hits, words } =
			compared === '' ? { keyTerms: [] as string[], hits: [], words: 0 } : index.similar(compared);
		const shared = (hit: SearchHit) => keyTerms.filter((t) => hit.matchedTerms.has(t)).length;
		// One shared word of a long message (a date's "31") is no closeness. The note under each says how many of the
		// message's key words it shares: the list is in that order (the search's own order among equal counts).
		// This app's own post (a `/quote`, search results) is about the paragraphs it quotes: others sharing its title's
		// or citation's words are no answer.
		const ownPost = target.fromThisApp === true && cited.length > 0;
		const similar = (ownPost ? [] : hits)
			.filter(
				(hit) =>
					!cited.includes(hit.paragraph) &&
					!verbatim.some((v) => v.paragraph === hit.paragraph) &&
					shared(hit) >= Math.min(2, words),
			)
			.map((hit, order) => ({ hit, order, shares: shared(hit) }))
			.sort((a, b) => b.shares - a.shares || a.order - b.order)
			.map(({ hit }) => hit);
		if (cited.length === 0 && verbatim.length === 0 && similar.length === 0)
			return noticeResponse(withLacking(m.findNone));
		const matched = new Map(hits.map((hit) => [hit.paragraph, hit.matchedTerms]));
		const shown = [
			...cited.map((paragraph) => ({ paragraph, matchedTerms: matched.get(paragraph), note: m.citedInMessage })),
			...verbatim.map((hit) => ({
				paragraph: hit.paragraph,
				matchedTerms: matched.get(hit.paragraph) ?? hit.matchedTerms,
				note: m.quotedInMessage,
			})),
			...similar.map((hit) => ({
				paragraph: hit.paragraph,
				matchedTerms: hit.matchedTerms,
				// Out of the message's words, not of those the text knows: a message in another language that shares
				// four words with a paragraph shares four of its thirty, not "4 of 4".
				note: m.closeness(shared(hit), words),
			})),
		].slice(0, Math.max(SHOWN, Math.min(MOST_SHOWN, cited.length + verbatim.length)));
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
		const markOf = buttonMarks(paragraphs, corpus);
		return messageResponse(
			{
				content: withLacking(m.findTitle(shown.length)),
				embeds,
				components: rows(
					paragraphs.map((p) => citeButton(p, m, markOf(p))),
					requester.canPostPublicly ? paragraphs.map((p) => postButton(p, m, markOf(p))) : [],
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
