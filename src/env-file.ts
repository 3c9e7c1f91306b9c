import { parse } from 'dotenv';
import { closestName } from './core/closest-name.ts';

/**
 * What `.env` holds line by line, and the mistakes in it that would otherwise be silent: a name written twice (the
 * template's empty `DISCORD_TOKEN=` below a token pasted at the top), and a name the bot does not read that is close
 * to one it does (`DISCORD_BOT_TOKEN`, `CLIENT_ID`, `discord_token`). Only names written in the file are judged: the
 * process's environment holds many variables that are none of the bot's business. No value is ever repeated.
 */

/** One `NAME=value` of the file: its name, its value as dotenv reads it, and the line it starts on. */
export interface EnvEntry {
	name: string;
	value: string;
	line: number;
}

/** dotenv's own line pattern (dotenv 17–18), so that the entries found are the ones it reads, quotes and all. */
const LINE =
	/(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/gmu;

/** The file's entries in order, each with the line its name is on (counted from 1). */
export function envEntries(text: string): EnvEntry[] {
	const body = text.replace(/\r\n?/gu, '\n');
	const entries: EnvEntry[] = [];
	for (const match of body.matchAll(LINE)) {
		const name = match[1] ?? '';
		const start = match.index + match[0].indexOf(name);
		const line = body.slice(0, start).split('\n').length;
		entries.push({ name, value: parse(match[0])[name] ?? '', line });
	}
	return entries;
}

/** Words that name no setting of their own: `DISCORD_BOT_TOKEN` and `TOKEN` both mean the token. */
const NOISE = new Set(['DISCORD', 'BOT']);
/** The portal's and other guides' words for what the bot names otherwise. */
const SYNONYMS: Record<string, string> = { CLIENT: 'APPLICATION', APP: 'APPLICATION', SERVER: 'GUILD' };

const wordsOf = (name: string) =>
	name
		.toUpperCase()
		.split(/[_.-]+/u)
		.filter((word) => word !== '' && !NOISE.has(word))
		.map((word) => SYNONYMS[word] ?? word)
		.sort()
		.join(' ');
const squashed = (name: string) => name.toLowerCase().replace(/[_.-]+/gu, '');

/**
 * The variable an unknown name most likely meant: the same name in other letters' case, the same words once
 * `DISCORD`/`BOT` are dropped and `CLIENT` is read as `APPLICATION`, or a near spelling. Undefined when none is close.
 */
export function meantVariable(name: string, known: readonly string[]): string | undefined {
	const sameCase = known.find((k) => k === name.toUpperCase());
	if (sameCase !== undefined) return sameCase;
	const words = wordsOf(name);
	const sameWords = words === '' ? undefined : known.find((k) => wordsOf(k) === words);
	if (sameWords !== undefined) return sameWords;
	const near = closestName(squashed(name), known.map(squashed));
	return near === undefined ? undefined : known.find((k) => squashed(k) === near);
}

/**
 * The warnings about `entries` (each naming the file's line and the variable, never a value), and the values to use
 * for names written more than once: the last line that sets one, not an empty line after it. (dotenv keeps the last
 * line, empty or not; an empty line means "unset, use the default", which a value set above it contradicts.)
 */
/** "lines 1 and 13", "lines 1, 4 and 13". */
function lineList(lines: readonly number[]): string {
	const head = lines.slice(0, -1).join(', ');
	return lines.length === 1 ? `line ${lines[0]}` : `lines ${head} and ${lines.at(-1)}`;
}

/**
 * The warning for a name written on several lines, saying which line is used, which to delete and why: a reader told
 * only that a line "would unset it" must work out the rest. The values are never named (one may be the token).
 */
function twiceWarning(name: string, written: readonly EnvEntry[], used: EnvEntry): string {
	const others = written.filter((entry) => entry !== used);
	const emptyAfter = others.filter((entry) => entry.line > used.line && entry.value.trim() === '');
	const setBefore = others.filter((entry) => !emptyAfter.includes(entry));
	const reasons = [
		...(emptyAfter.length === 0
			? []
			: [
					`${lineList(emptyAfter.map((e) => e.line))} ${emptyAfter.length === 1 ? 'sets' : 'set'} it to nothing, which ` +
						`would unset the value of line ${used.line}, so that value is used`,
				]),
		...(setBefore.length === 0
			? []
			: [
					`${lineList(setBefore.map((e) => e.line))} ${setBefore.length === 1 ? 'is' : 'are'} overridden by ` +
						`line ${used.line}, the last line with a value, which is used`,
				]),
	];
	const remove = lineList(others.map((e) => e.line));
	return (
		`${name} is set on ${lineList(written.map((e) => e.line))}: ${reasons.join('; ')}. Delete ${remove} so that ` +
		`${name} is set once, on line ${used.line}` +
		(emptyAfter.length > 0 ? ` (or delete line ${used.line} instead, to leave ${name} unset)` : '')
	);
}

export function checkEnvEntries(
	entries: readonly EnvEntry[],
	known: readonly string[],
	file: string,
): { warnings: string[]; values: Record<string, string> } {
	const warnings: string[] = [];
	const values: Record<string, string> = {};
	const byName = new Map<string, EnvEntry[]>();
	for (const entry of entries) byName.set(entry.name, [...(byName.get(entry.name) ?? []), entry]);
	for (const [name, written] of byName) {
		const first = written[0];
		if (first === undefined) continue;
		if (!known.includes(name)) {
			const meant = meantVariable(name, known);
			if (meant !== undefined) {
				const why = meant === name.toUpperCase() ? ' (names are case-sensitive)' : '';
				warnings.push(
					`config: ${file} line ${first.line}: ${name} is not a variable the bot reads${why} — did you mean ${meant}?`,
				);
			}
		}
		if (written.length < 2) continue;
		const set = written.filter((entry) => entry.value.trim() !== '');
		const used = set.at(-1) ?? written.at(-1) ?? first;
		values[name] = used.value;
		warnings.push(`config: ${file}: ${twiceWarning(name, written, used)}`);
	}
	return { warnings, values };
}
