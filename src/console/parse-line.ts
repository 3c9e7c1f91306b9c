import { exampleCommand } from '../render/search-example.ts';
import type { BotCore, CommandInvocation } from '../core/bot-core.ts';
import { closestName } from '../core/closest-name.ts';
import { typedText } from './printable.ts';
import { readOptions, usage } from './read-options.ts';
import type { Press } from './turn-page.ts';

/** What a typed line asks for; `notes` say what in the line was read differently from how it was typed. */
export type ParsedLine =
	| { kind: 'command'; invocation: CommandInvocation; notes?: string[] }
	| { kind: 'page'; direction: Press }
	| { kind: 'quit' }
	| { kind: 'problem'; message: string };

/** The console's own commands, beside the bot's: what a button does in Discord, and leaving. */
export const CONSOLE_COMMANDS: readonly { name: Press | 'quit'; description: string }[] = [
	{ name: 'next', description: 'the next page of the last answer (its ▶ button)' },
	{ name: 'prev', description: 'the previous page of the last answer (its ◀ button)' },
	{ name: 'full', description: 'the whole of a quote cut short for Discord (its Read full button)' },
	{ name: 'quit', description: 'leave the console (also /exit, or Ctrl-D)' },
];

/** What a command does here, where its description in Discord says otherwise: nothing is posted from the console. */
const HERE: Readonly<Record<string, string>> = { quote: 'Print one paragraph with its citation' };

/** What leaves the console: the words a stranger tries first. */
const QUIT = new Set(['quit', 'exit']);

/**
 * What Discord has and the console has not, by the names a reader tries here after reading about it: the Apps menu
 * on a message, and the buttons under a quote.
 */
const ONLY_IN_DISCORD: Readonly<Record<string, string>> = {
	find: 'Find in conclusions is in Discord only (Apps → Find in conclusions on a message): here, search its words with /conclusions.',
	cite: 'Cite is a button under a quote in Discord only: here, /quote <number> prints a paragraph with its citation.',
	post: 'Post is a button under a quote in Discord only: here, /quote <number> prints a paragraph with its citation.',
};

/** Every command the console takes, with its options and what it does: the bot's slash commands, then its own. */
export function commandList(core: BotCore): string {
	const { corpus } = core.context;
	const lines = core.commands.map((command) => {
		const definition = command.definition(corpus);
		return `  ${usage(definition)} — ${HERE[command.name] ?? definition.description}`;
	});
	for (const { name, description } of CONSOLE_COMMANDS) lines.push(`  /${name} — ${description}`);
	// The example is one this corpus answers (none when it has no theme to show the option with).
	const example = exampleCommand(corpus);
	return `Commands:\n${lines.join('\n')}${example === undefined ? '' : `\nExample: ${example}`}`;
}

const commandNames = (core: BotCore) => [
	...core.commands.map((c) => c.name),
	...CONSOLE_COMMANDS.map((c) => c.name),
	'exit',
];

function unknownCommand(typed: string, core: BotCore): string {
	const discordOnly = ONLY_IN_DISCORD[typed.toLowerCase()];
	if (discordOnly !== undefined) return discordOnly;
	const meant = closestName(typed, commandNames(core));
	const name = typedText(typed, 40);
	if (meant !== undefined) return `Unknown command /${name} — did you mean /${meant}?`;
	return `Unknown command /${name}.\n${commandList(core)}`;
}

/** A line without `/`: the command it most likely is (a command's name typed bare, or words to search for). */
function withoutSlash(text: string, core: BotCore): string {
	const first = text.split(/\s/u, 1)[0]?.toLowerCase() ?? '';
	const names = commandNames(core);
	const meant = names.includes(first) ? `/${typedText(text)}` : `/conclusions ${typedText(text)}`;
	const what = names.includes(first) ? 'for that' : 'to search for that';
	return `Commands start with / — ${what}, type ${meant}\n(/help explains the commands and the query syntax.)`;
}

/**
 * Reads a line typed as in Discord: `/command free text name:value …` (see `readOptions`); `/next` and `/prev` turn
 * the page of the last answer, `/full` reads the whole of a quote cut short; `/quit` and `/exit` leave. Anything else gets a problem that says what to type instead.
 */
export function parseLine(line: string, core: BotCore): ParsedLine {
	const text = line.trim();
	const match = /^\/(\S+)\s*(.*)$/su.exec(text);
	if (!match) {
		if (text.startsWith('/'))
			return {
				kind: 'problem',
				message: 'Type the command right after /, e.g. /conclusions terrorism (/help lists them).',
			};
		return { kind: 'problem', message: withoutSlash(text, core) };
	}
	const [, typedName = '', rest = ''] = match;
	const name = typedName.toLowerCase();
	if (QUIT.has(name)) return { kind: 'quit' };
	const own = CONSOLE_COMMANDS.find((c) => c.name === name);
	if (own && own.name !== 'quit') return { kind: 'page', direction: own.name };
	const command = core.command(name);
	if (!command) return { kind: 'problem', message: unknownCommand(typedName, core) };
	const read = readOptions(command, core.context.corpus, rest);
	if ('problem' in read) return { kind: 'problem', message: read.problem };
	const invocation = { name: command.name, options: read.values };
	return read.notes.length > 0 ? { kind: 'command', invocation, notes: read.notes } : { kind: 'command', invocation };
}
