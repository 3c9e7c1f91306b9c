import type { APIApplicationCommandInteractionDataBasicOption } from 'discord-api-types/v10';
import { noticeResponse } from '../render/reply.ts';
import type { Answer, Declared } from './answer.ts';
import { optionValues } from './options.ts';
import type {
	ChatInputCommand,
	CommandContext,
	ComponentHandler,
	MessageCommand,
	MessageTarget,
	OptionValues,
} from './types.ts';

/** What a core does with one interaction: the handler that answers it, found once, then asked twice. */
export interface Route {
	declared(): Declared;
	/**
	 * Whether the answer may need a search table still to make (see `ParagraphIndex.firstNeedPending`): asked only
	 * while one is. Never for autocomplete, which cannot be deferred: it answers with what is ready.
	 */
	needsTables(): boolean;
	answer(): Answer | Promise<Answer>;
}

/*
 * Routes are classes rather than objects of closures: one is made for every interaction (and each closure would be
 * named at run time by the TypeScript loader).
 */
export const PING_ROUTE: Route = { declared: () => 'pong', needsTables: () => false, answer: () => ({ kind: 'pong' }) };

export class NoticeRoute implements Route {
	constructor(readonly content: string) {}
	needsTables(): boolean {
		return false;
	}
	declared(): Declared {
		return 'private';
	}
	answer(): Answer {
		return noticeResponse(this.content);
	}
}

export class ChatInputRoute implements Route {
	constructor(
		readonly command: ChatInputCommand,
		readonly options: OptionValues,
		readonly context: CommandContext,
	) {}
	needsTables(): boolean {
		const { command } = this;
		return command.searches !== false && (command.needsTables?.(this.options, this.context) ?? true);
	}
	declared(): Declared {
		return this.command.respondsWith(this.options, this.context);
	}
	answer(): Answer | Promise<Answer> {
		return this.command.execute(this.options, this.context);
	}
}

export class MessageRoute implements Route {
	constructor(
		readonly command: MessageCommand,
		readonly target: MessageTarget,
		readonly context: CommandContext,
	) {}
	needsTables(): boolean {
		return this.command.searches !== false;
	}
	declared(): Declared {
		return this.command.respondsWith(this.context);
	}
	answer(): Answer | Promise<Answer> {
		return this.command.execute(this.target, this.context);
	}
}

export class ComponentRoute implements Route {
	constructor(
		readonly handler: ComponentHandler,
		readonly customId: string,
		readonly context: CommandContext,
	) {}
	needsTables(): boolean {
		return this.handler.searches !== false;
	}
	declared(): Declared {
		return this.handler.respondsWith(this.customId, this.context);
	}
	answer(): Answer | Promise<Answer> {
		return this.handler.handle(this.customId, this.context);
	}
}

export class AutocompleteRoute implements Route {
	constructor(
		readonly command: ChatInputCommand | undefined,
		readonly options: APIApplicationCommandInteractionDataBasicOption[],
		readonly focused: string | undefined,
		readonly context: CommandContext,
	) {}
	needsTables(): boolean {
		return false;
	}
	declared(): Declared {
		return 'choices';
	}
	answer(): Answer {
		const { command, focused } = this;
		return {
			kind: 'choices',
			choices:
				command?.autocomplete && focused !== undefined
					? command.autocomplete(optionValues(this.options), focused, this.context)
					: [],
		};
	}
}
