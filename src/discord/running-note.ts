import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A note, in the cache folder, that a gateway bot runs here: its pid and its shards. Two gateway sessions of one bot
 * that run the same shard both receive each interaction and race to answer it (twice, or "already acknowledged"); a
 * second `npm start` in another terminal does exactly that, silently. The start warns but does not refuse: shards
 * spread over processes with SHARD_LIST are legitimate, and a note left by a process that died is recognised (its pid
 * is gone) and removed.
 *
 * The notes are named by a hash of the token, never the token: another bot on the same machine is none of this one's
 * business.
 */

/** The shards a gateway process runs: `all` for one process without SHARD_LIST (every shard there is). */
export type RunningShards = number[] | 'all';

interface Note {
	pid: number;
	shards: RunningShards;
	started: string;
}

/** What the check found: other live processes of this bot running a shard this one runs; stale notes removed. */
export interface RunningCheck {
	overlapping: Note[];
	staleRemoved: number[];
	/** Removes this process's note (for the start to call when the process exits). */
	release(): void;
}

const PREFIX = 'gateway-';

/** Whether a process with this pid is running (EPERM: it is, under another user). */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function overlap(a: RunningShards, b: RunningShards): boolean {
	return a === 'all' || b === 'all' || a.some((id) => b.includes(id));
}

function readNote(file: string): Note | undefined {
	try {
		const note = JSON.parse(readFileSync(file, 'utf8')) as Partial<Note>;
		const shards = note.shards;
		const shardsValid = shards === 'all' || (Array.isArray(shards) && shards.every(Number.isInteger));
		return Number.isInteger(note.pid) && shardsValid ? (note as Note) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Writes this process's note in `dir` and returns the other live processes of the bot with `token` that run one of
 * `shards`. Never fails the start: a folder that cannot be written only leaves the check undone.
 */
export function noteRunning(dir: string, token: string, shards: RunningShards, pid = process.pid): RunningCheck {
	const bot = createHash('sha256').update(`conclusions-bot gateway\0${token}`).digest('hex').slice(0, 16);
	const mine = join(dir, `${PREFIX}${bot}-${pid}.json`);
	const overlapping: Note[] = [];
	const staleRemoved: number[] = [];
	let names: string[] = [];
	try {
		mkdirSync(dir, { recursive: true });
		names = readdirSync(dir).filter((name) => name.startsWith(`${PREFIX}${bot}-`) && name.endsWith('.json'));
	} catch {
		// An unwritable cache folder: no note, no check.
	}
	for (const name of names) {
		const file = join(dir, name);
		if (file === mine) continue;
		const note = readNote(file);
		if (note !== undefined && alive(note.pid)) {
			if (overlap(note.shards, shards)) overlapping.push(note);
			continue;
		}
		if (note !== undefined) staleRemoved.push(note.pid);
		rmSync(file, { force: true });
	}
	const release = () => rmSync(mine, { force: true });
	try {
		writeFileSync(mine, JSON.stringify({ pid, shards, started: new Date().toISOString() } satisfies Note));
	} catch {
		// As above.
	}
	return { overlapping, staleRemoved, release };
}

/** The warning for `overlapping` notes, or undefined when there are none. */
export function runningWarning(overlapping: readonly Note[]): string | undefined {
	if (overlapping.length === 0) return undefined;
	const others = overlapping
		.map(
			(note) =>
				`pid ${note.pid} (since ${note.started}, shards ${note.shards === 'all' ? 'all' : note.shards.join(',')})`,
		)
		.join(', ');
	return (
		`this bot already runs here with the same token: ${others}. Two gateway sessions running the same shard both ` +
		'receive each interaction and race to answer it — stop the other one, unless this is intended'
	);
}
