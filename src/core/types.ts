import type { APIInteractionResponse, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Corpus } from '../corpus/types.ts';
import type { ParagraphIndex } from '../search/paragraph-index.ts';

/** Option values by name, as Discord sends them (`data.options`) and the console parses them. */
export type OptionValues = Readonly<Record<string, string | number | boolean>>;

/** What every handler may read: the corpus and its index, built once before the bot takes interactions. */
export interface CommandContext {
	corpus: Corpus;
	index: ParagraphIndex;
}

/**
 * A slash command: its definition (computed from the corpus, since choices such as themes come from the data) and
 * a pure handler from parsed options to the interaction response Discord expects.
 */
export interface ChatInputCommand {
	name: string;
	definition(corpus: Corpus): RESTPostAPIChatInputApplicationCommandsJSONBody;
	execute(options: OptionValues, context: CommandContext): APIInteractionResponse;
}
