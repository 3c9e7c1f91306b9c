import {
	ApplicationCommandType,
	InteractionType,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIInteraction,
	type APIInteractionResponse,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { firstResponse, noticeResponse, type Reply } from '../render/reply.ts';
import type { IndexCache } from '../search/index-cache.ts';
import type { WarmUpReport } from '../search/warm-up.ts';
import { optionValues } from './options.ts';
import { responseOf, type Answer, type Declared } from './answer.ts';
import {
	AutocompleteRoute,
	ChatInputRoute,
	ComponentRoute,
	MessageRoute,
	NoticeRoute,
	PING_ROUTE,
	type Route,
} from './routes.ts';
import { LOCAL_REQUESTER, requesterOf } from './requester.ts';
import { Cooldown } from './cooldown.ts';
import { ReplyCache } from './reply-cache.ts';
import { messagesOf } from './locale.ts';
import { embedTexts } from './message-text.ts';
import type { ChatInputCommand, CommandContext, CommandSet, CorpusContext, OptionValues, Requester } from './types.ts';

export interface CoreOptions {
	/** Per-user search limit; off unless given (production passes SEARCH_COOLDOWN). */
	cooldown?: Cooldown | undefined;
	/** Where the index's snapshot is loaded from and saved to; the index is built every time without one. */
	indexCache?: IndexCache | undefined;
	/** Finished replies kept for repeated questions (default: `REPLY_CACHE_SIZE` of them; `ReplyCache.off()` for none). */
	replies?: ReplyCache | undefined;
}

/** A command call, whichever door it came through (gateway, HTTP, console, tests). */
export interface CommandInvocation {
	name: string;
	options: OptionValues;
}

const sanitize = (name: string) => name.replace(/[^\w-]/g, '').slice(0, 32);

/**
 * The one behaviour behind every adapter: the corpus, its index and the command set, and a function from a raw
 * interaction (discord-api-types shape) to the response Discord expects. Building it loads and indexes the corpus,
 * so it is ready before any interaction.
 */
export class BotCore {
	readonly context: CorpusContext;
	readonly cooldown: Cooldown;
	/** Finished replies of this core's corpus and index, for repeated questions (see `ReplyCache`). */
	readonly replies: ReplyCache;
	readonly #set: Required<CommandSet>;
	readonly #chatInput: ReadonlyMap<string, ChatInputCommand>;
	/**
	 * Each interaction's route, found once: the doors ask how it will be answered, then for the answer, and the route
	 * (who asked, in which language, with which options) is the same both times. Held weakly by the interaction.
	 */
	readonly #routes = new WeakMap<APIInteraction, Route>();

	constructor(
		context: CorpusContext,
		set: CommandSet,
		{ cooldown = Cooldown.off(), replies = new ReplyCache() }: CoreOptions = {},
	) {
		this.context = context;
		this.cooldown = cooldown;
		this.replies = replies;
		this.#set = { message: [], components: [], ...set };
		this.#chatInput = new Map(set.chatInput.map((command) => [command.name, command]));
	}

	get commands(): readonly ChatInputCommand[] {
		return this.#set.chatInput;
	}

	get commandSet(): Required<CommandSet> {
		return this.#set;
	}

	command(name: string): ChatInputCommand | undefined {
		return this.#chatInput.get(name);
	}

	/** The definitions to register with Discord. */
	definitions(): RESTPostAPIApplicationCommandsJSONBody[] {
		const { corpus } = this.context;
		return [
			...this.#set.chatInput.map((c) => c.definition(corpus)),
			...this.#set.message.map((c) => c.definition(corpus)),
		];
	}

	#context(requester: Requester, interaction?: APIInteraction): CommandContext {
		const { corpus, index } = this.context;
		// Written out rather than spread: one made per interaction, always of the same shape.
		return { corpus, index, requester, interaction, cooldown: this.cooldown, replies: this.replies };
	}

	/** Runs a slash command (the console's door). Throws only on a bug; adapters answer through their error path. */
	async run(invocation: CommandInvocation, requester: Requester = LOCAL_REQUESTER): Promise<APIInteractionResponse> {
		return firstResponse(await this.reply(invocation, requester));
	}

	/** `run`'s reply whole: what it shows first and the messages that follow it (a long paragraph's continuations). */
	async reply(invocation: CommandInvocation, requester: Requester = LOCAL_REQUESTER): Promise<Reply> {
		const command = this.#chatInput.get(invocation.name);
		// A command registered by an older version, still in a client's cache.
		if (!command) return noticeResponse(messagesOf(requester, true).unknownCommand(sanitize(invocation.name)));
		if (this.context.index.warming && this.context.index.firstNeedPending) {
			const context = this.#context(requester);
			if (command.searches !== false && (command.needsTables?.(invocation.options, context) ?? true))
				await this.context.index.warming;
		}
		return command.execute(invocation.options, this.#context(requester));
	}

	/**
	 * Whether answering this interaction now may meet the index's first-need work (see
	 * `ParagraphIndex.firstNeedPending`): then a door defers it before any work, and `answer` waits for the warm-up.
	 * Cheap once the index is warm.
	 */
	firstNeed(interaction: APIInteraction): boolean {
		try {
			return this.context.index.firstNeedPending && this.#route(interaction).needsTables();
		} catch {
			// Whatever made the look fail makes the answer fail too: it takes the error path then, not this question.
			return false;
		}
	}

	/**
	 * Does the index's first-need work ahead of the searches that need it, off the event loop (see
	 * `ParagraphIndex.warmUp`): the bot starts it once ready, and answers that would meet it wait for it meanwhile.
	 */
	warmUp(): Promise<WarmUpReport> {
		return this.context.index.warmUp();
	}

	/**
	 * The warm-up to wait for before answering, when one is under way and a table is still to make: the answer waits
	 * rather than making the table in its own turn. Without one (tools, tests), the work is done on first need.
	 */
	#waitFor(route: Route): Promise<unknown> | undefined {
		const { index } = this.context;
		return index.warming && index.firstNeedPending && route.needsTables() ? index.warming : undefined;
	}

	/**
	 * How an interaction will be answered, before any work (see `ChatInputCommand.respondsWith`). Cheap and never
	 * throws on an interaction `readInteraction` accepted.
	 */
	declare(interaction: APIInteraction): Declared {
		return this.#route(interaction).declared();
	}

	/**
	 * Answers an interaction: at once when its handler is synchronous (most are), else a promise, so that a door waits
	 * (and arms a deferral timer) only for work that can wait; a promise too when the answer waits for a warm-up that
	 * makes a table it needs (see `firstNeed`). Throws only on a bug; adapters answer through their
	 * error path.
	 */
	answer(interaction: APIInteraction): Answer | Promise<Answer> {
		const route = this.#route(interaction);
		// A table that takes seconds to make is not made in an answer's turn while a warm-up makes it off the event loop.
		return this.#waitFor(route)?.then(() => route.answer()) ?? route.answer();
	}

	/** The first response to an interaction answered at once (for tests and benchmarks; adapters use `answer`). */
	async handle(interaction: APIInteraction): Promise<APIInteractionResponse> {
		return responseOf(await this.answer(interaction));
	}

	#route(interaction: APIInteraction): Route {
		let route = this.#routes.get(interaction);
		if (!route) this.#routes.set(interaction, (route = this.#findRoute(interaction)));
		return route;
	}

	#findRoute(interaction: APIInteraction): Route {
		if (interaction.type === InteractionType.Ping) return PING_ROUTE;
		const requester = requesterOf(interaction);
		const context = this.#context(requester, interaction);
		const m = messagesOf(requester, true);
		switch (interaction.type) {
			case InteractionType.ApplicationCommand: {
				const { data } = interaction;
				if (data.type === ApplicationCommandType.ChatInput) {
					const command = this.#chatInput.get(data.name);
					if (!command) return new NoticeRoute(m.unknownCommand(sanitize(data.name)));
					return new ChatInputRoute(command, optionValues(data.options), context);
				}
				if (data.type === ApplicationCommandType.Message) {
					const command = this.#set.message.find((c) => c.name === data.name);
					const messages = data.resolved.messages;
					const message = Object.hasOwn(messages, data.target_id) ? messages[data.target_id] : undefined;
					if (!command || !message) return new NoticeRoute(m.unknownCommand(sanitize(data.name)));
					return new MessageRoute(
						command,
						{
							content: message.content,
							attachments: message.attachments.length,
							embeds: embedTexts(message.embeds),
							// An interaction's answer carries the app's id; a bot's own message is authored by it too.
							fromThisApp:
								message.application_id === interaction.application_id ||
								message.author?.id === interaction.application_id,
						},
						context,
					);
				}
				return new NoticeRoute(m.unknownCommand(sanitize(data.name)));
			}
			case InteractionType.ApplicationCommandAutocomplete: {
				const options = (interaction.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
				const focused = options.find((o) => 'focused' in o && o.focused === true);
				const command = this.#chatInput.get(interaction.data.name);
				return new AutocompleteRoute(command, options, focused?.name, context);
			}
			case InteractionType.MessageComponent: {
				const customId = interaction.data.custom_id;
				const prefix = customId.split(':', 1)[0];
				const handler = this.#set.components.find((h) => h.prefix === prefix);
				if (!handler) return new NoticeRoute(m.unknownComponent);
				return new ComponentRoute(handler, customId, context);
			}
			case InteractionType.ModalSubmit:
				return new NoticeRoute(m.unknownComponent);
		}
	}
}
