import { messagesOf } from '../core/locale.ts';
import type { ComponentHandler } from '../core/types.ts';
import { deleteResponse, noticeResponse, updateResponse } from '../render/reply.ts';
import { QUERY_MARK, searchReply } from '../render/search-reply.ts';
import { themePage } from '../render/themes-view.ts';
import { Action, customIdArgs } from '../render/custom-id.ts';
import { componentMessage } from './component-message.ts';

/** "Delete": removes a public post, for the person who caused it only. */
export const deletePost: ComponentHandler = {
	prefix: Action.delete,
	respondsWith: () => 'update',
	searches: false,
	handle(id, context) {
		const m = messagesOf(context.requester, true);
		const source = componentMessage(context);
		if (!customIdArgs(id, Action.delete, 0) || !source) return noticeResponse(m.staleButton);
		if (!source.byOwner) return noticeResponse(m.notYourPost);
		return deleteResponse();
	},
};

/**
 * ◀ ▶ on search results: re-runs the search (the query is read back from the first embed's author line, the
 * filters from the custom_id) and shows the page, for the person who searched only.
 */
export const resultsPage: ComponentHandler = {
	prefix: Action.page,
	respondsWith: () => 'update',
	handle(id, context) {
		const { corpus, index, requester } = context;
		const notice = messagesOf(requester, true);
		const args = customIdArgs(id, Action.page, 3);
		const source = componentMessage(context);
		const author = source?.message.embeds[0]?.author?.name;
		const page = Number(args?.[0]);
		if (!args || !source || !author?.startsWith(QUERY_MARK) || !Number.isInteger(page))
			return noticeResponse(notice.staleButton);
		if (!source.byOwner && !source.ephemeral) return noticeResponse(notice.notYourPages);
		const theme = args[1] ? corpus.themeById.get(args[1]) : undefined;
		const document = args[2] ? corpus.documentBySlug.get(args[2]) : undefined;
		if ((args[1] && !theme) || (args[2] && !document)) return noticeResponse(notice.staleButton);
		const query = author.slice(QUERY_MARK.length);
		const outcome = index.search(query, { theme: theme?.id, document: document?.slug });
		// The message shows results for this query: none now means the conclusions loaded have changed since (another
		// corpus, an edited document), not that the reader's words never matched. Said as other stale buttons say it.
		if (outcome.match === 'none') return noticeResponse(notice.staleButton);
		const reply = searchReply({ corpus, index }, query, outcome, {
			theme,
			document,
			ephemeral: source.ephemeral,
			canPostPublicly: requester.canPostPublicly,
			page,
			messages: messagesOf(requester, source.ephemeral),
			notice,
		});
		// Anything but this message's page (a notice): sent privately, the results stay as they were.
		if (reply.show.kind !== 'message' || reply.show.ephemeral !== source.ephemeral) return reply;
		return updateResponse(reply.show.data);
	},
};

/** ◀ ▶ on a theme's paragraph list (a private reply, so only its owner sees the buttons). */
export const themePageButtons: ComponentHandler = {
	prefix: Action.themePage,
	respondsWith: () => 'update',
	searches: false,
	handle(id, context) {
		const m = messagesOf(context.requester, true);
		const args = customIdArgs(id, Action.themePage, 2);
		const theme = args?.[0] === undefined ? undefined : context.corpus.themeById.get(args[0]);
		const page = Number(args?.[1]);
		if (!theme || !Number.isInteger(page)) return noticeResponse(m.staleButton);
		return updateResponse(themePage(context.corpus, theme, page, m));
	},
};
