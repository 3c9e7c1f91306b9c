import { documentOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Paragraph } from '../corpus/types.ts';
import { messagesOf } from '../core/locale.ts';
import type { CommandContext, ComponentHandler, Reply } from '../core/types.ts';
import { citations } from '../render/citation.ts';
import { paragraphReply } from '../render/paragraph-view.ts';
import { noticeResponse } from '../render/reply.ts';
import { Action, customIdArgs } from '../render/custom-id.ts';
import { componentMessage } from './component-message.ts';

/** The paragraph a button names, or a polite notice when the id is malformed or no longer in the corpus. */
function withParagraph(
	id: string,
	action: (typeof Action)[keyof typeof Action],
	argCount: number,
	context: CommandContext,
	answer: (paragraph: Paragraph) => Reply,
): Reply {
	const args = customIdArgs(id, action, argCount);
	const paragraph = args?.[0] === undefined ? undefined : context.corpus.paragraphById.get(args[0]);
	if (!args || !paragraph) return noticeResponse(messagesOf(context.requester, true).staleButton);
	return answer(paragraph);
}

/** "Read full ¶N": the whole paragraph, privately: in further private messages when one does not hold it. */
export const readFull: ComponentHandler = {
	prefix: Action.full,
	searches: false,
	respondsWith: () => 'private',
	handle: (id, context) =>
		withParagraph(id, Action.full, 1, context, (paragraph) => {
			const { corpus, requester } = context;
			return paragraphReply(corpus, paragraph, {
				ephemeral: true,
				canPostPublicly: requester.canPostPublicly,
				messages: messagesOf(requester, true),
				whole: true,
			});
		}),
};

/** "Cite ¶N": ready-to-copy citations in a code block, privately. */
export const cite: ComponentHandler = {
	prefix: Action.cite,
	searches: false,
	respondsWith: () => 'private',
	handle: (id, context) =>
		withParagraph(id, Action.cite, 1, context, (paragraph) => {
			const { corpus, requester } = context;
			const m = messagesOf(requester, true);
			const document = documentOf(corpus, paragraph);
			const { plain, apa } = citations(document, paragraph, corpus.version);
			// Backticks cannot occur in the data's citations, but a code block must never be closed early.
			const block = (text: string) => `\`\`\`\n${text.replace(/`/g, 'ˋ')}\n\`\`\``;
			return noticeResponse(
				`**${m.citeTitle(paragraphMark(paragraph), document.symbol)}**\n${m.citePlain}:\n${block(plain)}\n${m.citeAcademic}:\n${block(apa)}`,
			);
		}),
};

/** "Post ¶N": the paragraph as a new public message, "shared by" the clicker (named, never pinged). */
export const post: ComponentHandler = {
	prefix: Action.post,
	searches: false,
	respondsWith: (_id, { requester }) => (requester.canPostPublicly ? 'public' : 'private'),
	handle: (id, context) =>
		withParagraph(id, Action.post, 1, context, (paragraph) => {
			const { corpus, requester } = context;
			if (!requester.canPostPublicly) return noticeResponse(messagesOf(requester, true).cannotPostHere);
			const m = messagesOf(requester, false);
			return paragraphReply(corpus, paragraph, {
				ephemeral: false,
				canPostPublicly: true,
				messages: m,
				intro: m.sharedBy(`<@${requester.userId}>`),
			});
		}),
};

/** "◀ ¶N" / "¶N ▶": for the person who caused the message, the message turns to that paragraph; others see it privately. */
export const quoteNavigation: ComponentHandler = {
	prefix: Action.quote,
	searches: false,
	// Others than the owner of a public message read on privately; the owner's message (or a private one) turns.
	respondsWith: (_id, context) => {
		const source = componentMessage(context);
		return source && (source.byOwner || source.ephemeral) ? 'update' : 'private';
	},
	handle: (id, context) =>
		withParagraph(id, Action.quote, 2, context, (paragraph) => {
			const { corpus, requester } = context;
			const source = componentMessage(context);
			if (!source) return noticeResponse(messagesOf(requester, true).staleButton);
			if (!source.byOwner && !source.ephemeral) {
				return paragraphReply(corpus, paragraph, {
					ephemeral: true,
					canPostPublicly: requester.canPostPublicly,
					messages: messagesOf(requester, true),
				});
			}
			// Keep the first line of a shared post ("Shared by …") when turning its page.
			const intro = source.message.content.split('\n')[0];
			const m = messagesOf(requester, source.ephemeral);
			return paragraphReply(corpus, paragraph, {
				ephemeral: source.ephemeral,
				canPostPublicly: requester.canPostPublicly,
				messages: m,
				intro: intro !== undefined && !intro.startsWith('-#') ? intro : undefined,
				update: true,
			});
		}),
};
