import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import type { BotCore, CommandInvocation } from '../core/bot-core.ts';
import { closestName } from './closest-name.ts';
import type { Direction } from './turn-page.ts';

/** What a typed line asks for. */
export type ParsedLine =
	| { kind: 'command'; invocation: CommandInvocation }
	| { kind: 'page'; direction: Direction }
	| { kind: 'problem'; message: string };

/** The console's own commands, beside the bot's: what a button does in Discord. */
export const CONSOLE_COMMANDS: readonly { name: Direction; description: string }[] = [
	{ name: 'next', description: 'the next page of the last answer (its ▶ button)' },
	{ name: 'prev', description: 'the previous page of the last answer (its ◀ button)' },
];

/** Every command the console takes, with its options and what it does: the bot's slash commands, then its own. */
export function commandList(core: BotCore): string {
	const { corpus } = core.context;
	const lines = core.commands.map((command) => {
		const definition = command.definition(corpus);
		const options = (definition.options ?? []).map((o) => (o.required ? `${o.name}:<…>` : `[${o.name}:…]`));
		return `  /${[definition.name, ...options].join(' ')} — ${definition.description}`;
	});
	for (const { name, description } of CONSOLE_COMMANDS) lines.push(`  /${name} — ${description}`);
	return `Commands:\n${lines.join('\n')}\nExample: /conclusions human rights theme:terrorism`;
}

function convert(option: APIApplicationCommandOption, raw: string): string | number | boolean | Error {
	switch (option.type) {
		case ApplicationCommandOptionType.Boolean:
			if (/^(true|yes|1|on)$/i.test(raw)) return true;
			if (/^(false|no|0|off)$/i.test(raw)) return false;
			return new Error(`${option.name} takes true or false`);
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(raw);
			return Number.isFinite(number) ? number : new Error(`${option.name} takes a number`);
		}
		default:
			return raw;
	}
}

function unknownCommand(name: string, core: BotCore): string {
	const names = [...core.commands.map((c) => c.name), ...CONSOLE_COMMANDS.map((c) => c.name)];
	const meant = closestName(name, names);
	if (meant !== undefined) return `Unknown command /${name} — did you mean /${meant}?`;
	return `Unknown command /${name}.\n${commandList(core)}`;
}

/**
 * Reads a line typed as in Discord: `/command free text` puts the text in the command's first required option, and
 * `name:value` pairs run until the next `name:` of one of the command's options. Double quotes stay in the value.
 * `/next` and `/prev` turn the page of the last answer.
 */
export function parseLine(line: string, core: BotCore): ParsedLine {
	const text = line.trim();
	const match = /^\/(\S+)\s*(.*)$/su.exec(text);
	if (!match) {
		return {
			kind: 'problem',
			message: `Commands start with / — to search for that, type /conclusions ${text}\n(/help explains the commands and the query syntax.)`,
		};
	}
	const [, typedName = '', rest = ''] = match;
	const name = typedName.toLowerCase();
	const own = CONSOLE_COMMANDS.find((c) => c.name === name);
	if (own) return { kind: 'page', direction: own.name };
	const command = core.command(name);
	if (!command) return { kind: 'problem', message: unknownCommand(typedName, core) };
	const definition = command.definition(core.context.corpus);
	const optionDefs = definition.options ?? [];
	const names = optionDefs.map((o) => o.name);
	const keyPattern = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'giu');
	const keys = [...rest.matchAll(keyPattern)];
	const values: Record<string, string | number | boolean> = {};
	const free = (keys[0] ? rest.slice(0, keys[0].index) : rest).trim();
	if (free !== '') {
		const first = optionDefs.find((o) => o.required) ?? optionDefs[0];
		if (first) values[first.name] = free;
	}
	for (const [i, key] of keys.entries()) {
		const optionName = (key[1] ?? '').toLowerCase();
		const start = key.index + key[0].length;
		const end = keys[i + 1]?.index ?? rest.length;
		const option = optionDefs.find((o) => o.name === optionName);
		if (!option) continue;
		const converted = convert(option, rest.slice(start, end).trim());
		if (converted instanceof Error) return { kind: 'problem', message: converted.message };
		values[optionName] = converted;
	}
	return { kind: 'command', invocation: { name: command.name, options: values } };
}
