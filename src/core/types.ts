import type {
	APIApplicationCommandOptionChoice,
	APIInteraction,
	APIInteractionResponse,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
	RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Corpus } from '../corpus/types.ts';
import type { ParagraphIndex } from '../search/paragraph-index.ts';

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

/** Work to do after the first response is sent, through the interaction's webhook. */
export type Effect = { kind: 'delete-original' };

/** What every handler may read: the corpus and its index, built once before the bot takes interactions. */
export interface CommandContext {
	corpus: Corpus;
	index: ParagraphIndex;
	requester: Requester;
	/** The raw interaction, for the few handlers that read more (a button reads its message). */
	interaction?: APIInteraction | undefined;
	/** Handlers push follow-up work here (a Delete button deletes its message after acknowledging). */
	effects: Effect[];
	/** Per-user rate limit on searches; `take` says whether this user may search now. */
	cooldown: { take(userId: string): { ok: true } | { ok: false; retryAfterSeconds: number } };
}

/** The corpus and index without a requester: what a command needs to describe itself. */
export type CorpusContext = Pick<CommandContext, 'corpus' | 'index'>;

export type Awaitable<T> = T | Promise<T>;

/**
 * A slash command: its definition (computed from the corpus, since choices such as themes come from the data) and
 * a pure handler from parsed options to the interaction response Discord expects.
 */
export interface ChatInputCommand {
	name: string;
	definition(corpus: Corpus): RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(options: OptionValues, context: CommandContext): Awaitable<APIInteractionResponse>;
	/** Choices for the focused option while the user types; must be fast (Discord waits 3 s, no deferring). */
	autocomplete?(options: OptionValues, focused: string, context: CommandContext): APIApplicationCommandOptionChoice[];
}

/** A message context-menu command ("Apps → …" on a message). */
export interface MessageCommand {
	name: string;
	definition(corpus: Corpus): RESTPostAPIContextMenuApplicationCommandsJSONBody;
	execute(target: { content: string; attachments: number }, context: CommandContext): Awaitable<APIInteractionResponse>;
}

/** Buttons and selects: routed by the first segment of their `custom_id`. */
export interface ComponentHandler {
	prefix: string;
	handle(customId: string, context: CommandContext): Awaitable<APIInteractionResponse>;
}

/** Everything the bot can answer, listed statically in `commands/index.ts`. */
export interface CommandSet {
	chatInput: readonly ChatInputCommand[];
	message?: readonly MessageCommand[];
	components?: readonly ComponentHandler[];
}
