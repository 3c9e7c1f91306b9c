import { parseArgs } from 'node:util';
import { closestName } from '../core/closest-name.ts';
import { typedText } from './printable.ts';

/** A command-line mistake: printed on stderr with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Arguments well formed that name nothing the corpus has (`quote 12` of a ten-paragraph document): said with what
 * there is, exit code 2, without the usage, which the command was typed right by.
 */
export class NothingThere extends UsageError {}

/** `--help` after a command: the usage on stdout, exit code 0. */
export class HelpWanted extends Error {}

/** A CLI command's `--options`, as `node:util` `parseArgs` declares them (all long, no short forms). */
export type CliOptions = Record<string, { type: 'string' | 'boolean' }>;

/** The values of a command's options, by name: a string, `true` for a flag, absent when not given. */
export type CliValues = Partial<Record<string, string | boolean>>;

function unknownOption(command: string, typed: string, options: CliOptions): string {
	const names = Object.keys(options);
	const meant = closestName(typed, names);
	const list = names.map((n) => `--${n}`).join(', ');
	return `${command} has no option --${typedText(typed, 40)}${meant ? ` (did you mean --${meant}?)` : ''}; it takes ${list}`;
}

/**
 * Reads a CLI command's arguments: its `--options`, and its words in order. A word may start with one `-`
 * (`-terrorism` leaves a word out in the query syntax, and the CLI has no short options); everything after `--` is
 * words. An unknown `--option` is a usage error naming the command's options and the closest one.
 */
export function readArgs(
	command: string,
	args: readonly string[],
	options: CliOptions,
): { values: CliValues; words: string[] } {
	const words: string[] = [];
	const given: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '--') {
			words.push(...args.slice(i + 1));
			break;
		}
		if (arg === '--help' || arg === '-h') throw new HelpWanted();
		if (!arg.startsWith('--')) {
			words.push(arg);
			continue;
		}
		const name = arg.slice(2).split('=', 1)[0] ?? '';
		const option = Object.hasOwn(options, name) ? options[name] : undefined;
		if (!option) throw new UsageError(unknownOption(command, name, options));
		const inline = arg.includes('=');
		if (option.type === 'boolean') {
			if (inline) throw new UsageError(`--${name} takes no value`);
			given.push(arg);
			continue;
		}
		if (!inline && i + 1 >= args.length) throw new UsageError(`--${name} needs a value`);
		// A string option's value is the next argument, whatever it looks like: `--limit -1` is a value the command
		// checks (and names what it takes), not the "ambiguous argument" parseArgs would report for it.
		given.push(inline ? arg : `--${name}=${args[++i] ?? ''}`);
	}
	const { values } = parseArgs({ args: given, options, strict: true, allowPositionals: false });
	return { values, words };
}
