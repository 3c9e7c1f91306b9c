import { valueProblem } from './config-echo.ts';

/**
 * Small readers for environment values, each adding a problem (never throwing) so all are reported together. A value
 * is repeated in a problem through `valueProblem`, which never shows a bot token pasted into the wrong line.
 */

/** A variable's trimmed value; empty counts as unset, as in a `.env` file with `NAME=`. */
export function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
	const raw = env[name]?.trim();
	return raw === undefined || raw === '' ? undefined : raw;
}

/** A whole number in a range, or the fallback when unset. */
export function integer(
	env: NodeJS.ProcessEnv,
	name: string,
	{ min, max, fallback }: { min: number; max: number; fallback: number },
	problems: string[],
): number {
	const raw = value(env, name);
	if (raw === undefined) return fallback;
	const number = /^\d+$/.test(raw) ? Number(raw) : NaN;
	if (!(number >= min && number <= max)) {
		problems.push(valueProblem(name, raw, `must be a whole number from ${min} to ${max} (default ${fallback})`, env));
		return fallback;
	}
	return number;
}

/** SHARD_COUNT: unset (one process), `auto` (what Discord recommends) or a positive number. */
export function shardCount(env: NodeJS.ProcessEnv, problems: string[]): number | 'auto' | undefined {
	const raw = value(env, 'SHARD_COUNT');
	if (raw === undefined) return undefined;
	if (raw.toLowerCase() === 'auto') return 'auto';
	const number = /^\d+$/.test(raw) ? Number(raw) : NaN;
	if (!(number >= 1 && number <= 100_000)) {
		problems.push(valueProblem('SHARD_COUNT', raw, 'must be auto or a positive whole number', env));
		return undefined;
	}
	return number;
}

/** A comma-separated list of shard ids, e.g. `0,1,2`. */
export function list(env: NodeJS.ProcessEnv, name: string, problems: string[]): number[] | undefined {
	const raw = value(env, name);
	if (raw === undefined) return undefined;
	const items = raw.split(',').map((item) => item.trim());
	if (items.some((item) => !/^\d+$/.test(item))) {
		problems.push(valueProblem(name, raw, 'must be shard ids separated by commas, e.g. 0,1,2', env));
		return undefined;
	}
	return [...new Set(items.map(Number))];
}
