import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import type { BotCore, CommandInvocation } from '../core/bot-core.ts';

export type ParsedLine = { ok: true; invocation: CommandInvocation } | { ok: false; message: string };

function helpText(core: BotCore): string {
	const lines = core.definitions().map((definition) => {
		const options = ('options' in definition ? (definition.options ?? []) : []).map((o) =>
			o.required ? `${o.name}:<…>` : `[${o.name}:…]`,
		);
		return `  /${definition.name} ${options.join(' ')} — ${'description' in definition ? definition.description : ''}`;
	});
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

/**
 * Reads a line typed as in Discord: `/command free text` puts the text in the command's first required option, and
 * `name:value` pairs run until the next `name:` of one of the command's options. Double quotes stay in the value.
 */
export function parseLine(line: string, core: BotCore): ParsedLine {
	const match = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
	if (!match) return { ok: false, message: helpText(core) };
	const [, name = '', rest = ''] = match;
	const command = core.command(name.toLowerCase());
	if (!command) return { ok: false, message: `Unknown command /${name}.\n${helpText(core)}` };
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
		if (converted instanceof Error) return { ok: false, message: converted.message };
		values[optionName] = converted;
	}
	return { ok: true, invocation: { name: command.name, options: values } };
}
