import type {
	APIApplicationCommandOptionChoice,
	APIInteraction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
	RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Corpus } from '../corpus/types.ts';
import type { ParagraphIndex } from '../search/paragraph-index.ts';
import type { Reply, Visibility } from '../render/reply.ts';
import type { ReplyCache } from './reply-cache.ts';

export type { Reply, Visibility };

/** Option values by name, as Discord sends them (`data.options`) and the console parses them. */
export type OptionValues = Readonly<Record<string, string | number | boolean>>;

/** Who asked, and where: read from the interaction, so handlers never need a Discord object. */
export interface Requester {
	userId: string;
	/** The user's client language (ephemeral replies follow it). */
	locale: string;
	/** The server's language, when the interaction comes from a server (public replies follow it). */
	guildLocale: string | undefined;
	inGuild: boolean;
	/**
	 * False where Discord forces every reply to be ephemeral: a user-installed app used in a server that has not
	 * installed it, by a member without "Use External Apps". Public-only buttons (Post, Delete) are then left out.
	 */
	canPostPublicly: boolean;
}

/** What every handler may read: the corpus and its index, built once before the bot takes interactions. */
export interface CommandContext {
	corpus: Corpus;
	index: ParagraphIndex;
	requester: Requester;
	/** The raw interaction, for the few handlers that read more (a button reads its message). */
	interaction?: APIInteraction | undefined;
	/** Per-user rate limit on searches; `take` says whether this user may search now. */
	cooldown: { take(userId: string): { ok: true } | { ok: false; retryAfterSeconds: number } };
	/**
	 * Finished replies kept by what they depend on (see `ReplyCache`), for the core's corpus and index; without one,
	 * every reply is made afresh.
	 */
	replies?: ReplyCache | undefined;
}

/** The corpus and index without a requester: what a command needs to describe itself. */
export type CorpusContext = Pick<CommandContext, 'corpus' | 'index'>;

export type Awaitable<T> = T | Promise<T>;

/**
 * A slash command: its definition (computed from the corpus, since choices such as themes come from the data), how
 * it answers, and a pure handler from parsed options to that answer.
 */
export interface ChatInputCommand {
	name: string;
	definition(corpus: Corpus): RESTPostAPIChatInputApplicationCommandsJSONBody;
	/**
	 * Options the definition has only when the corpus holds several documents (with one there is nothing to choose),
	 * so that a door can tell "not with this corpus" from "no such option".
	 */
	severalDocumentsOptions?: readonly string[];
	/**
	 * Who will see the answer, decided from the options alone, before any work: a slow answer is deferred with exactly
	 * this, and Discord cannot change a deferred message's visibility afterwards. Must be cheap. A private notice
	 * (bad input) is always possible whatever this says.
	 */
	respondsWith(options: OptionValues, context: CommandContext): Exclude<Visibility, 'update'>;
	execute(options: OptionValues, context: CommandContext): Awaitable<Reply>;
	/** Choices for the focused option while the user types; must be fast (Discord waits 3 s, no deferring). */
	autocomplete?(options: OptionValues, focused: string, context: CommandContext): APIApplicationCommandOptionChoice[];
}

/** A message context-menu command ("Apps → …" on a message). */
export interface MessageCommand {
	name: string;
	definition(corpus: Corpus): RESTPostAPIContextMenuApplicationCommandsJSONBody;
	/** As for a slash command: decided before any work. */
	respondsWith(context: CommandContext): Exclude<Visibility, 'update'>;
	execute(target: MessageTarget, context: CommandContext): Awaitable<Reply>;
}

/** The message a message command was used on, as far as the commands read it. */
export interface MessageTarget {
	content: string;
	attachments: number;
	/** Its embeds' text: where a quote the bot posted (or a link's preview) holds what it quotes. */
	embeds?: readonly MessageEmbedText[] | undefined;
	/** Posted by this app (a `/quote`, a search's results): its content is a citation line, not quoted text. */
	fromThisApp?: boolean | undefined;
}

/** What a message command reads of an embed. */
export interface MessageEmbedText {
	title?: string | undefined;
	description?: string | undefined;
	footer?: string | undefined;
}

/** Buttons and selects: routed by the first segment of their `custom_id`. */
export interface ComponentHandler {
	prefix: string;
	/** An update of the message the button sits on, or a new message: decided before any work (see `ChatInputCommand`). */
	respondsWith(customId: string, context: CommandContext): Visibility;
	handle(customId: string, context: CommandContext): Awaitable<Reply>;
}

/** Everything the bot can answer, listed statically in `commands/index.ts`. */
export interface CommandSet {
	chatInput: readonly ChatInputCommand[];
	message?: readonly MessageCommand[];
	components?: readonly ComponentHandler[];
}
