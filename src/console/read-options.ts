import {
	ApplicationCommandOptionType,
	type APIApplicationCommandOption,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { findDocument } from '../corpus/lookup.ts';
import type { Corpus } from '../corpus/types.ts';
import type { ChatInputCommand, OptionValues } from '../core/types.ts';
import { closestName } from '../core/closest-name.ts';
import { shorten } from '../render/cut.ts';
import { typedText } from './printable.ts';

/** How a command is typed here: `/conclusions query:<…> [theme:…] [private:…]`. */
export function usage(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
	const options = (definition.options ?? []).map((o) => (o.required ? `${o.name}:<…>` : `[${o.name}:…]`));
	return `/${[definition.name, ...options].join(' ')}`;
}

/** The values a true/false option takes here, as the README lists them. */
const TRUE = /^(true|yes|1|on)$/i;
const FALSE = /^(false|no|0|off)$/i;

/** An option's typed value as the command takes it, or why it cannot be (what was read and what is accepted). */
function convert(option: APIApplicationCommandOption, raw: string): string | number | boolean | Error {
	const read = raw.trim() === '' ? 'nothing' : `“${typedText(raw, 60)}”`;
	switch (option.type) {
		case ApplicationCommandOptionType.Boolean:
			if (TRUE.test(raw)) return true;
			if (FALSE.test(raw)) return false;
			return new Error(`${option.name}: takes true or false (or yes/no, on/off, 1/0); it was given ${read}.`);
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(raw);
			return Number.isFinite(number) ? number : new Error(`${option.name}: takes a number; it was given ${read}.`);
		}
		default:
			return raw;
	}
}

/**
 * A value that cannot be converted: what was read and, when its first word alone would do (`private:yes terrorism`,
 * the words after it read as part of the value), the line with the pair moved to the end, where it ends the line.
 */
function badValue(
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
	option: APIApplicationCommandOption,
	problem: Error,
	rest: string,
	pair: { index: number; end: number; next: number },
): string {
	const value = rest.slice(pair.end, pair.next).trim();
	const [first = '', ...others] = value.split(/\s+/u);
	if (others.length === 0 || convert(option, first) instanceof Error) {
		const example = option.type === ApplicationCommandOptionType.Boolean ? 'true' : '1';
		return `${problem.message} For example: ${option.name}:${example}`;
	}
	// The words after the value's first one go back to the line; the pair ends it.
	const line = `${rest.slice(0, pair.index)} ${value.slice(first.length)} ${rest.slice(pair.next)}`;
	const moved = `/${definition.name} ${line.replace(/\s+/gu, ' ').trim()} ${option.name}:${first}`;
	return `${problem.message}\nA value runs until the next option name: put ${option.name}:${first} at the end, ${typedText(moved, 200)}`;
}

/** `name:` at the start of a word, as an option is typed: a letter first, so `10:30` is text. */
const OPTION_KEY = /(?<=^|\s)([\p{L}_][\p{L}\p{N}_-]*):/gu;

/** Where the closed double quotes of a line are: a `name:` inside them is text (`"note:this"`). */
function quotedSpans(text: string): [number, number][] {
	return [...text.matchAll(/"[^"]*"/gu)].map((m) => [m.index, m.index + m[0].length]);
}

/** The line names an option the command does not have: say so, with the command's options and the closest name. */
function unknownOption(
	definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
	typed: string,
	value: string,
): string {
	const names = (definition.options ?? []).map((o) => o.name);
	const meant = closestName(typed, names);
	const lines = [
		`/${definition.name} has no option “${typedText(typed, 40)}”${meant ? ` — did you mean ${meant}:?` : '.'}`,
		names.length > 0 ? `Its options: ${usage(definition)}` : `/${definition.name} takes no options.`,
	];
	// Where the line's free text goes to an option (a query, a paragraph), the pair may have been meant as text.
	if ((definition.options ?? []).some((o) => o.required && o.type === ApplicationCommandOptionType.String))
		lines.push(`(To use “${typedText(`${typed}:${value}`, 60)}” as text, put it in double quotes.)`);
	return lines.join('\n');
}

/**
 * Text as Discord would take it: its client lets no more than an option's `max_length` be typed, so the console uses
 * as much and says so, rather than answering what Discord never could. It keeps whole words, and an ellipsis (within
 * the limit) shows where it was cut: the end of a word cut in two would be searched, and echoed, as a word.
 */
function withinDiscordLength(option: APIApplicationCommandOption, text: string, notes: string[]): string {
	const max = 'max_length' in option ? option.max_length : undefined;
	const characters = [...text].length;
	if (max === undefined || characters <= max) return text;
	notes.push(
		`In Discord, ${option.name} takes at most ${max} characters (this has ${characters}): the words that fit are used.`,
	);
	return shorten(text, max);
}

/** Why an option that exists only with several documents changes nothing here. */
function onlyOneDocument(documents: readonly { symbol: string }[], option: string): string {
	const loaded = documents.map((d) => d.symbol).join(', ');
	return `Only one document is loaded (${loaded}), so ${option}: changes nothing; leave it out.`;
}

/** A command's options read from what follows its name, with notes on what was read differently from how it was typed. */
export type ReadOptions = { values: OptionValues; notes: string[] } | { problem: string };

/**
 * Reads `free text name:value name:value`: the free text goes to the command's first required option, and each pair
 * runs until the next `name:`. A `name:` inside closed double quotes is text. A `name:value` the command does not take
 * is a problem naming its options, rather than words to search; an option the command has only with several documents
 * is read as text and left to the command, which answers it as it answers a registration from when there were several.
 */
export function readOptions(command: ChatInputCommand, corpus: Corpus, rest: string): ReadOptions {
	const definition = command.definition(corpus);
	const optionDefs = definition.options ?? [];
	// Options the command has only with several documents: read, and left to the command to judge.
	const absent = (command.severalDocumentsOptions ?? []).filter((n) => !optionDefs.some((o) => o.name === n));
	const keys = [];
	const quoted = quotedSpans(rest);
	for (const key of rest.matchAll(OPTION_KEY)) {
		if (quoted.some(([from, to]) => key.index > from && key.index < to)) continue;
		const optionName = (key[1] ?? '').toLowerCase();
		if (optionDefs.some((o) => o.name === optionName) || absent.includes(optionName)) {
			keys.push({ name: optionName, index: key.index, end: key.index + key[0].length });
			continue;
		}
		const after = rest.slice(key.index + key[0].length);
		// Text, not an option: nothing right after the colon (`note: this`), or a URL.
		if (/^(\s|$|\/\/)/u.test(after)) continue;
		return { problem: unknownOption(definition, key[1] ?? '', after.split(/\s/u, 1)[0] ?? '') };
	}
	const values: Record<string, string | number | boolean> = {};
	const notes: string[] = [];
	const free = (keys[0] ? rest.slice(0, keys[0].index) : rest).trim();
	if (free !== '') {
		const first = optionDefs.find((o) => o.required) ?? optionDefs[0];
		if (first) values[first.name] = withinDiscordLength(first, free, notes);
		else notes.push(`/${definition.name} takes no words: “${typedText(free)}” was left out.`);
	}
	for (const [i, key] of keys.entries()) {
		const raw = rest.slice(key.end, keys[i + 1]?.index ?? rest.length).trim();
		const option = optionDefs.find((o) => o.name === key.name);
		const converted = option ? convert(option, withinDiscordLength(option, raw, notes)) : raw;
		if (converted instanceof Error) {
			const next = keys[i + 1]?.index ?? rest.length;
			return { problem: option ? badValue(definition, option, converted, rest, { ...key, next }) : converted.message };
		}
		if (Object.hasOwn(values, key.name)) notes.push(`${key.name} was given twice: “${typedText(raw)}” is used.`);
		values[key.name] = converted;
		if (!option && raw !== '' && findDocument(corpus, raw)) notes.push(onlyOneDocument(corpus.documents, key.name));
	}
	return { values, notes };
}
