import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { InteractionResponseType } from 'discord-api-types/v10';
import { DEFAULT_DATA_DIR } from '../corpus/corpus-files.ts';
import type { BotCore } from '../core/bot-core.ts';
import { errorResponse } from '../core/error-reply.ts';
import type { Logger } from '../logger.ts';
import { consoleHelp } from './console-help.ts';
import { noteTableMaking } from './table-note.ts';
import { parseLine, type ParsedLine } from './parse-line.ts';
import { typedLine } from './printable.ts';
import { renderMessage, renderResponse } from './render-text.ts';
import { pageDirections, readFullButton, turnPageReply, updatedMessage, type ConsoleMessage } from './turn-page.ts';
import { responseOf, type Answer } from '../core/answer.ts';
import { firstResponse, messageBody } from '../render/reply.ts';

export interface ConsoleOptions {
	core: BotCore;
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream & { isTTY?: boolean };
	logger: Logger;
	/** A token is set, and BOT_MODE=console chose the console anyway: the banner says how to connect instead. */
	tokenSet?: boolean;
	/** The .env file to set DISCORD_TOKEN in, as the reader should find it (`.env` in the working folder). */
	envFile?: string;
}

/** The one line the console starts with: where it is, how to leave it, and how to leave it for Discord. */
export function banner(core: BotCore, tokenSet = false, envFile = '.env'): string {
	const { corpus } = core.context;
	const bundled = resolve(corpus.folder) === resolve(DEFAULT_DATA_DIR);
	const folder = bundled ? 'the bundled corpus' : corpus.folder;
	const count = corpus.documents.length;
	const documents = corpus.documents.map((d) => d.symbol).join(', ');
	return (
		`Offline console on ${folder} (${count} ${count === 1 ? 'document' : 'documents'}: ${documents}; ` +
		`${corpus.paragraphs.length} paragraphs) — type /conclusions <words> or /help; /quit or Ctrl-D leaves; ` +
		(tokenSet
			? 'BOT_MODE=console keeps it offline: unset it to connect to Discord.'
			: `set DISCORD_TOKEN in ${envFile} to connect to Discord instead.`)
	);
}

/** Before each line read: not `> `, which is Discord's quote marker and starts every quoted paragraph here. */
export const PROMPT = '» ';

/** Under an answer with more pages: how to turn them; under a quote cut short, how to read it whole. */
function pageHint(message: ConsoleMessage | undefined): string {
	const directions = pageDirections(message);
	const pages = directions.length === 0 ? '' : `\n\nMore pages: ${directions.map((d) => `/${d}`).join(' · ')}`;
	return `${pages}${readFullButton(message) === undefined ? '' : '\nThe whole paragraph (Read full): /full'}`;
}

/**
 * The offline console: reads lines typed as in Discord from a terminal or a pipe, answers each through the same core
 * as Discord, and resolves at the end of input or on `/quit` (`/exit`). From a pipe, each line is printed (after the prompt) before its
 * answer, so answers can be told apart; `/next` and `/prev` press the last answer's page buttons, through the core.
 */
export async function runConsole({ core, input, output, logger, tokenSet, envFile }: ConsoleOptions): Promise<void> {
	const style = { ansi: output.isTTY === true };
	// A terminal shows what is typed; a pipe does not, so the console repeats it.
	const typed = (input as { isTTY?: boolean }).isTTY === true;
	const write = (text: string) => output.write(`${text}\n`);
	// The messages Discord would get after the first (the rest of a long paragraph, a private note), in order.
	const followUps = (answer: Answer) =>
		'then' in answer
			? answer.then
					.map((next) =>
						next.kind === 'message' ? `\n\n${renderMessage(messageBody(next.data, next.ephemeral), style)}` : '',
					)
					.join('')
			: '';
	let last: ConsoleMessage | undefined;
	// No window to keep here: a table is made on first need, in this thread, and the reader is told why it is slow.
	noteTableMaking(core, (line) => process.stderr.write(line));

	const answer = async (parsed: Exclude<ParsedLine, { kind: 'quit' }>): Promise<string> => {
		if (parsed.kind === 'problem') return parsed.message;
		try {
			if (parsed.kind === 'command') {
				const notes = (parsed.notes ?? []).map((note) => `${note}\n`).join('');
				// The bot's /help describes Discord (its Apps menu, its buttons); the console's says what works here.
				if (parsed.invocation.name === 'help') return `${notes}${renderMessage({ content: consoleHelp(core) }, style)}`;
				const reply = await core.reply(parsed.invocation);
				const response = firstResponse(reply);
				if (response.type === InteractionResponseType.ChannelMessageWithSource) last = response.data;
				return `${notes}${renderResponse(response, style)}${followUps(reply)}${pageHint(last)}`;
			}
			if (last === undefined) return '/next, /prev and /full act on the last answer: ask something first.';
			const turned = await turnPageReply(core, last, parsed.direction);
			if (turned === undefined)
				return parsed.direction === 'full'
					? 'The last answer is not a quote cut short: /full reads the rest of one.'
					: `The last answer has no ${parsed.direction === 'next' ? 'next' : 'previous'} page.`;
			const response = responseOf(turned);
			const updated = updatedMessage(last, response);
			if (updated === undefined) return `${renderResponse(response, style)}${followUps(turned)}`;
			last = updated;
			return `${renderMessage(updated, style)}${followUps(turned)}${pageHint(updated)}`;
		} catch (error) {
			logger.error({ err: error }, 'handler failed');
			return renderResponse(errorResponse(), style);
		}
	};

	write(banner(core, tokenSet, envFile));
	const lines = createInterface({ input, terminal: false });
	const prompt = () => {
		if (typed) output.write(PROMPT);
	};
	prompt();
	for await (const line of lines) {
		if (line.trim() !== '') {
			if (!typed) write(`${PROMPT}${typedLine(line.trim())}`);
			const parsed = parseLine(line, core);
			if (parsed.kind === 'quit') {
				// Closing the reader only pauses an open input (a terminal, a pipe), which would keep the process up.
				lines.close();
				(input as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
				return;
			}
			write(await answer(parsed));
			write('');
		}
		prompt();
	}
	// Ctrl-D on a terminal leaves the cursor after the prompt: end its line, so the shell's prompt starts a new one.
	if (typed) output.write('\n');
}
