import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_DATA_DIR } from '../corpus/load-corpus.ts';
import type { BotCore } from '../core/bot-core.ts';
import { errorResponse } from '../core/error-reply.ts';
import type { Logger } from '../logger.ts';
import { parseLine } from './parse-line.ts';
import { renderResponse } from './render-text.ts';

export interface ConsoleOptions {
	core: BotCore;
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream & { isTTY?: boolean };
	logger: Logger;
}

/** The one line the console starts with: where it is and how to leave it for Discord. */
export function banner(core: BotCore): string {
	const { corpus } = core.context;
	const bundled = resolve(corpus.folder) === resolve(DEFAULT_DATA_DIR);
	const folder = bundled ? 'the bundled corpus' : corpus.folder;
	const count = corpus.documents.length;
	const documents = corpus.documents.map((d) => d.symbol).join(', ');
	return (
		`Offline console on ${folder} (${count} ${count === 1 ? 'document' : 'documents'}: ${documents}; ` +
		`${corpus.paragraphs.length} paragraphs) — type /conclusions <words>; set DISCORD_TOKEN in .env to connect to ` +
		'Discord instead.'
	);
}

/**
 * The offline console: reads lines typed as in Discord from a terminal or a pipe, answers each through the same core
 * as Discord, and resolves at the end of input.
 */
export async function runConsole({ core, input, output, logger }: ConsoleOptions): Promise<void> {
	const style = { ansi: output.isTTY === true };
	const write = (text: string) => output.write(`${text}\n`);
	write(banner(core));
	const lines = createInterface({ input, terminal: false });
	const prompt = () => {
		if (style.ansi) output.write('> ');
	};
	prompt();
	for await (const line of lines) {
		if (line.trim() !== '') {
			const parsed = parseLine(line, core);
			if (!parsed.ok) {
				write(parsed.message);
			} else {
				let response;
				try {
					response = await core.run(parsed.invocation);
				} catch (error) {
					logger.error({ err: error }, 'handler failed');
					response = errorResponse();
				}
				write(renderResponse(response, style));
			}
			write('');
		}
		prompt();
	}
}
