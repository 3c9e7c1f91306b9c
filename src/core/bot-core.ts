import {
	ApplicationCommandType,
	InteractionType,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIApplicationCommandOptionChoice,
	type APIInteraction,
	type APIInteractionResponse,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { loadCorpus, type LoadOptions } from '../corpus/load-corpus.ts';
import {
	autocompleteResponse,
	firstResponse,
	noticeResponse,
	PONG,
	type Reply,
	type Visibility,
} from '../render/reply.ts';
import type { IndexCache } from '../search/index-cache.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { optionValues } from './options.ts';
import { LOCAL_REQUESTER, requesterOf } from './requester.ts';
import { Cooldown } from './cooldown.ts';
import { messagesOf } from './locale.ts';
import type {
	ChatInputCommand,
	CommandContext,
	CommandSet,
	ComponentHandler,
	CorpusContext,
	MessageCommand,
	MessageTarget,
	OptionValues,
	Requester,
} from './types.ts';

export interface CoreOptions {
	/** Per-user search limit; off unless given (production passes SEARCH_COOLDOWN). */
	cooldown?: Cooldown | undefined;
	/** Where the index's snapshot is loaded from and saved to; the index is built every time without one. */
	indexCache?: IndexCache | undefined;
}

/** How an interaction will be answered, known before any work: what a deferral must keep. */
export type Declared = 'pong' | 'choices' | Visibility;

/** A core's answer to an interaction: a PONG, autocomplete choices, or a handler's reply. */
export type Answer = { kind: 'pong' } | { kind: 'choices'; choices: APIApplicationCommandOptionChoice[] } | Reply;

/** The interaction response an answer makes when sent at once (its follow-ups left aside). */
export function responseOf(answer: Answer): APIInteractionResponse {
	if ('show' in answer) return firstResponse(answer);
	return answer.kind === 'pong' ? PONG : autocompleteResponse(answer.choices);
}

/** What a core does with one interaction: the handler that answers it, found once, then asked twice. */
interface Route {
	declared(): Declared;
	answer(): Answer | Promise<Answer>;
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
	readonly #set: Required<CommandSet>;
	readonly #chatInput: ReadonlyMap<string, ChatInputCommand>;

	constructor(context: CorpusContext, set: CommandSet, { cooldown = Cooldown.off() }: CoreOptions = {}) {
		this.context = context;
		this.cooldown = cooldown;
		this.#set = { message: [], components: [], ...set };
		this.#chatInput = new Map(set.chatInput.map((command) => [command.name, command]));
	}

	/** Loads the corpus from a data folder (the bundled one by default) and indexes it. */
	static load(set: CommandSet, dataDir?: string, options: LoadOptions & CoreOptions = {}): BotCore {
		const corpus = loadCorpus(dataDir, options);
		return new BotCore({ corpus, index: new ParagraphIndex(corpus, options.indexCache) }, set, options);
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
		return { ...this.context, requester, interaction, cooldown: this.cooldown };
	}

	/** Runs a slash command (the console's door). Throws only on a bug; adapters answer through their error path. */
	async run(invocation: CommandInvocation, requester: Requester = LOCAL_REQUESTER): Promise<APIInteractionResponse> {
		const command = this.#chatInput.get(invocation.name);
		if (!command) {
			// A command registered by an older version, still in a client's cache.
			return firstResponse(noticeResponse(messagesOf(requester, true).unknownCommand(sanitize(invocation.name))));
		}
		return firstResponse(await command.execute(invocation.options, this.#context(requester)));
	}

	/**
	 * How an interaction will be answered, before any work (see `ChatInputCommand.respondsWith`). Cheap and never
	 * throws on an interaction `readInteraction` accepted.
	 */
	declare(interaction: APIInteraction): Declared {
		return this.#route(interaction).declared();
	}

	/** Answers an interaction. Throws only on a bug; adapters answer through their error path. */
	async answer(interaction: APIInteraction): Promise<Answer> {
		return this.#route(interaction).answer();
	}

	/** The first response to an interaction answered at once (for tests and benchmarks; adapters use `answer`). */
	async handle(interaction: APIInteraction): Promise<APIInteractionResponse> {
		return responseOf(await this.answer(interaction));
	}

	#route(interaction: APIInteraction): Route {
		if (interaction.type === InteractionType.Ping) return { declared: () => 'pong', answer: () => ({ kind: 'pong' }) };
		const requester = requesterOf(interaction);
		const context = this.#context(requester, interaction);
		const notice = (content: string): Route => ({ declared: () => 'private', answer: () => noticeResponse(content) });
		const m = messagesOf(requester, true);
		switch (interaction.type) {
			case InteractionType.ApplicationCommand: {
				const { data } = interaction;
				if (data.type === ApplicationCommandType.ChatInput) {
					const command = this.#chatInput.get(data.name);
					if (!command) return notice(m.unknownCommand(sanitize(data.name)));
					return chatInputRoute(command, optionValues(data.options), context);
				}
				if (data.type === ApplicationCommandType.Message) {
					const command = this.#set.message.find((c) => c.name === data.name);
					const messages = data.resolved.messages;
					const message = Object.hasOwn(messages, data.target_id) ? messages[data.target_id] : undefined;
					if (!command || !message) return notice(m.unknownCommand(sanitize(data.name)));
					return messageRoute(command, { content: message.content, attachments: message.attachments.length }, context);
				}
				return notice(m.unknownCommand(sanitize(data.name)));
			}
			case InteractionType.ApplicationCommandAutocomplete: {
				const options = (interaction.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
				const focused = options.find((o) => 'focused' in o && o.focused === true);
				const command = this.#chatInput.get(interaction.data.name);
				return {
					declared: () => 'choices',
					answer: () => ({
						kind: 'choices',
						choices:
							command?.autocomplete && focused
								? command.autocomplete(optionValues(options), focused.name, context)
								: [],
					}),
				};
			}
			case InteractionType.MessageComponent: {
				const customId = interaction.data.custom_id;
				const prefix = customId.split(':', 1)[0];
				const handler = this.#set.components.find((h) => h.prefix === prefix);
				if (!handler) return notice(m.unknownComponent);
				return componentRoute(handler, customId, context);
			}
			case InteractionType.ModalSubmit:
				return notice(m.unknownComponent);
		}
	}
}

const chatInputRoute = (command: ChatInputCommand, options: OptionValues, context: CommandContext): Route => ({
	declared: () => command.respondsWith(options, context),
	answer: () => command.execute(options, context),
});

const messageRoute = (command: MessageCommand, target: MessageTarget, context: CommandContext): Route => ({
	declared: () => command.respondsWith(context),
	answer: () => command.execute(target, context),
});

const componentRoute = (handler: ComponentHandler, customId: string, context: CommandContext): Route => ({
	declared: () => handler.respondsWith(customId, context),
	answer: () => handler.handle(customId, context),
});
