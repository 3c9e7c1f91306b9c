import type { APIInteractionResponse, RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { loadCorpus, type LoadOptions } from '../corpus/load-corpus.ts';
import { noticeResponse } from '../render/reply.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import type { ChatInputCommand, CommandContext, OptionValues } from './types.ts';

/** A command call, whichever door it came through (gateway, HTTP, console, tests). */
export interface CommandInvocation {
	name: string;
	options: OptionValues;
}

/**
 * The one behaviour behind every adapter: the corpus, its index and the command list, and a pure function from an
 * invocation to the response. Building it loads and indexes the corpus, so it is ready before any interaction.
 */
export class BotCore {
	readonly context: CommandContext;
	readonly #commands: ReadonlyMap<string, ChatInputCommand>;

	constructor(context: CommandContext, commands: readonly ChatInputCommand[]) {
		this.context = context;
		this.#commands = new Map(commands.map((command) => [command.name, command]));
	}

	/** Loads the corpus from a data folder (the bundled one by default) and indexes it. */
	static load(commands: readonly ChatInputCommand[], dataDir?: string, options?: LoadOptions): BotCore {
		const corpus = loadCorpus(dataDir, options);
		return new BotCore({ corpus, index: new ParagraphIndex(corpus) }, commands);
	}

	get commands(): ChatInputCommand[] {
		return [...this.#commands.values()];
	}

	command(name: string): ChatInputCommand | undefined {
		return this.#commands.get(name);
	}

	/** The definitions to register with Discord. */
	definitions(): RESTPostAPIApplicationCommandsJSONBody[] {
		return this.commands.map((command) => command.definition(this.context.corpus));
	}

	/** Runs a command. Throws only on a bug; adapters catch and answer through their error path. */
	run(invocation: CommandInvocation): APIInteractionResponse {
		const command = this.#commands.get(invocation.name);
		if (!command) {
			// A command registered by an older version, still in a client's cache.
			return noticeResponse(`This bot has no command \`/${invocation.name.replace(/\W/g, '')}\` any more.`);
		}
		return command.execute(invocation.options, this.context);
	}
}
