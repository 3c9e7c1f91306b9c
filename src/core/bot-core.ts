import {
	ApplicationCommandType,
	InteractionResponseType,
	InteractionType,
	type APIApplicationCommandInteractionDataBasicOption,
	type APIInteraction,
	type APIInteractionResponse,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { loadCorpus, type LoadOptions } from '../corpus/load-corpus.ts';
import { noticeResponse } from '../render/reply.ts';
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
	CorpusContext,
	Effect,
	OptionValues,
	Requester,
} from './types.ts';

export interface CoreOptions {
	/** Per-user search limit; off unless given (production passes SEARCH_COOLDOWN). */
	cooldown?: Cooldown | undefined;
	/** Where the index's snapshot is loaded from and saved to; the index is built every time without one. */
	indexCache?: IndexCache | undefined;
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

	#withRequester(requester: Requester, effects: Effect[], interaction?: APIInteraction): CommandContext {
		return { ...this.context, requester, interaction, effects, cooldown: this.cooldown };
	}

	/** Runs a slash command (the console's door). Throws only on a bug; adapters answer through their error path. */
	async run(invocation: CommandInvocation, requester: Requester = LOCAL_REQUESTER): Promise<APIInteractionResponse> {
		const command = this.#chatInput.get(invocation.name);
		if (!command) {
			// A command registered by an older version, still in a client's cache.
			return noticeResponse(messagesOf(requester, true).unknownCommand(sanitize(invocation.name)));
		}
		return command.execute(invocation.options, this.#withRequester(requester, []));
	}

	/**
	 * Answers any interaction. Throws only on a bug; adapters answer through their error path. Work to do after the
	 * response is sent (deleting a message) is pushed onto `effects`.
	 */
	async handle(interaction: APIInteraction, effects: Effect[] = []): Promise<APIInteractionResponse> {
		if (interaction.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
		const requester = requesterOf(interaction);
		const notice = messagesOf(requester, true);
		const context = this.#withRequester(requester, effects, interaction);
		switch (interaction.type) {
			case InteractionType.ApplicationCommand: {
				const { data } = interaction;
				if (data.type === ApplicationCommandType.ChatInput) {
					const command = this.#chatInput.get(data.name);
					if (!command) return noticeResponse(notice.unknownCommand(sanitize(data.name)));
					return command.execute(optionValues(data.options), context);
				}
				if (data.type === ApplicationCommandType.Message) {
					const command = this.#set.message.find((c) => c.name === data.name);
					const message = data.resolved.messages[data.target_id];
					if (!command || !message) return noticeResponse(notice.unknownCommand(sanitize(data.name)));
					return command.execute({ content: message.content, attachments: message.attachments.length }, context);
				}
				return noticeResponse(notice.unknownCommand(sanitize(data.name)));
			}
			case InteractionType.ApplicationCommandAutocomplete: {
				const options = (interaction.data.options ?? []) as APIApplicationCommandInteractionDataBasicOption[];
				const focused = options.find((o) => 'focused' in o && o.focused);
				const command = this.#chatInput.get(interaction.data.name);
				const choices =
					command?.autocomplete && focused ? command.autocomplete(optionValues(options), focused.name, context) : [];
				return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
			}
			case InteractionType.MessageComponent: {
				const customId = interaction.data.custom_id;
				const prefix = customId.split(':', 1)[0];
				const handler = this.#set.components.find((h) => h.prefix === prefix);
				if (!handler) return noticeResponse(notice.unknownComponent);
				return handler.handle(customId, context);
			}
			case InteractionType.ModalSubmit:
				return noticeResponse(notice.unknownComponent);
		}
	}
}
