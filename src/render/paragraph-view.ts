import { Action, customId } from './custom-id.ts';
import { documentOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { Highlighter } from '../search/highlight.ts';
import { actionButton, rows } from './buttons.ts';
import { paragraphCitation } from './citation.ts';
import { citeButton, readFullButton, shareButtons, sourceButtons } from './paragraph-buttons.ts';
import { LIMITS } from './limits.ts';
import { messageResponse, updateResponse, type MessageData, type Reply } from './reply.ts';
import { MAX_CONTINUATIONS, wholeParagraph } from './whole-paragraph.ts';

/** No bold: a paragraph shown for itself, not as a search hit. */
export const PLAIN: Highlighter = { segments: (text) => [{ text, matched: false }], isStopWord: () => false };

export interface ParagraphViewOptions {
	ephemeral: boolean;
	canPostPublicly: boolean;
	messages: Messages;
	/** A line above the quote (e.g. "Shared by @user:"). */
	intro?: string | undefined;
	highlighter?: Highlighter | undefined;
	/**
	 * Read full: a paragraph longer than one message continues in further messages. Honoured only for a private
	 * answer (see `paragraphMessages`).
	 */
	whole?: boolean | undefined;
}

/** A paragraph's messages: the one with its buttons, and those that continue a paragraph too long for one. */
export interface ParagraphMessages {
	first: MessageData;
	continuations: MessageData[];
}

/**
 * One paragraph formatted for sharing: the quote (split across embeds when long), number, themes, a citation line,
 * ◀ ▶ to read on, Cite, Post or Delete, and a link to the source.
 *
 * A paragraph longer than one message holds is shown in one message, cut at a line, sentence or word with "…", a note
 * and a Read full button; only a private answer asked for `whole` (Read full) continues it in further messages, and
 * that one has no ◀ ▶. So a message that turns its page is always the whole view (a turn changes one message: parts
 * below it would be left quoting another paragraph), and nothing public ever comes in several messages (Delete removes
 * one, and a user-installed app may post where the user has no other way to remove the rest).
 */
export function paragraphMessages(
	corpus: Corpus,
	paragraph: Paragraph,
	{ ephemeral, canPostPublicly, messages: m, intro, highlighter = PLAIN, whole: asked = false }: ParagraphViewOptions,
): ParagraphMessages {
	const document = documentOf(corpus, paragraph);
	const whole = wholeParagraph(corpus, paragraph, highlighter, m, asked && ephemeral ? MAX_CONTINUATIONS : 0);
	const parts = whole.continuations.length;
	const cutHere = parts === 0 && whole.cut;
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
	const citation = `-# ${paragraphCitation(document, paragraph)}`;
	const mark = paragraphMark(paragraph);
	const note =
		parts > 0 ? m.continuesBelow(mark, parts) : cutHere ? m.continuesInReadFull(mark, m.readFull(mark)) : undefined;
	const first: MessageData = {
		content: [intro, `${citation} — ${document.title}`, note === undefined ? undefined : `-# ${note}`]
			.filter(Boolean)
			.join('\n')
			.slice(0, LIMITS.content),
		embeds: whole.first,
		components: rows(
			[
				...(parts > 0 ? [] : navigation),
				...(cutHere ? [readFullButton(paragraph, m)] : []),
				citeButton(paragraph, m),
				...shareButtons([paragraph], m, { ephemeral, canPostPublicly }),
			],
			sourceButtons([document], m),
		),
	};
	const continuations = whole.continuations.map((embeds, i): MessageData => {
		const last = i === parts - 1;
		// Each continuation says what it quotes; the last of a paragraph longer still says where its end is.
		const content = last && whole.cut ? `${citation}\n-# ${m.restAtSource(mark)}` : citation;
		return { content, embeds, ...(last && whole.cut ? { components: rows(sourceButtons([document], m)) } : {}) };
	});
	return { first, continuations };
}

/** The first message of `paragraphMessages`: for a view that is only ever shown in one message. */
export function paragraphView(corpus: Corpus, paragraph: Paragraph, options: ParagraphViewOptions): MessageData {
	return paragraphMessages(corpus, paragraph, options).first;
}

/**
 * A paragraph as a reply: a new message (private when `ephemeral`) or the message a button sits on changed in place
 * (`update`), followed by the messages that continue it when it is a new private message asked `whole`. An update is
 * one message: it cannot touch the messages below the one it changes.
 */
export function paragraphReply(
	corpus: Corpus,
	paragraph: Paragraph,
	options: ParagraphViewOptions & { update?: boolean },
): Reply {
	const { first, continuations } = paragraphMessages(corpus, paragraph, {
		...options,
		whole: options.whole === true && options.update !== true,
	});
	const reply = options.update ? updateResponse(first) : messageResponse(first, { ephemeral: options.ephemeral });
	const then = continuations.map((data) => ({ kind: 'message' as const, data, ephemeral: options.ephemeral }));
	return { ...reply, then };
}
