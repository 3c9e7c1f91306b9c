import { createHash, randomBytes } from 'node:crypto';
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Bumped when the snapshot's layout changes: older files then read as stale. */
export const FORMAT = 2;

/** Read errors that mean there is no snapshot yet (nothing to report as corrupt). */
export const NO_SNAPSHOT = new Set(['ENOENT', 'ENOTDIR']);

/**
 * A snapshot file is one header line, `{"format","key","bytes","sha256"}`, then the snapshot's body (JSON, or the
 * sections of `sections.ts`). The header is read first: a stale key is known without parsing the rest; the byte count and hash catch a file cut short or
 * altered.
 */
interface Header {
	format: number;
	key: string;
	bytes: number;
	sha256: string;
}

/** Why a snapshot cannot be used: made from other data or code (`stale`), or damaged (`corrupt`). */
export class Unusable extends Error {
	constructor(
		readonly reason: 'stale' | 'corrupt',
		message: string,
	) {
		super(message);
	}
}

/**
 * Whether the file's header names this key and its body has the size the header says: a cheap look (the header line
 * only) that tells whether a snapshot is worth loading. Loading still checks the hash.
 */
export function snapshotMatches(file: string, key: string): boolean {
	let fd: number | undefined;
	try {
		fd = openSync(file, 'r');
		const head = Buffer.alloc(Math.min(4096, statSync(file).size));
		const read = readSync(fd, head, 0, head.length, 0);
		const newline = head.subarray(0, read).indexOf(0x0a);
		if (newline < 0) return false;
		const header = JSON.parse(head.subarray(0, newline).toString('utf8')) as Partial<Header>;
		return header.format === FORMAT && header.key === key && statSync(file).size === newline + 1 + (header.bytes ?? -1);
	} catch {
		return false;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * The body of a snapshot file whose header names `key`, checked against the header's byte count and hash (a view
 * into the file's bytes: the header is padded so that the body starts at a multiple of 8 bytes, where typed arrays
 * can be read in place).
 */
export function readSnapshotBody(file: string, key: string): Buffer {
	const raw = readFileSync(file);
	const newline = raw.indexOf(0x0a);
	if (newline < 0) throw new Unusable('corrupt', 'no header line');
	let header: Partial<Header>;
	try {
		header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Partial<Header>;
	} catch {
		throw new Unusable('corrupt', 'unreadable header');
	}
	if (header.format !== FORMAT || header.key !== key) throw new Unusable('stale', 'made from other data or code');
	const body = raw.subarray(newline + 1);
	if (body.length !== header.bytes) throw new Unusable('corrupt', `${body.length} bytes, ${header.bytes} expected`);
	if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Unusable('corrupt', 'hash mismatch');
	return body;
}

/** A snapshot written as JSON (`writeSnapshot`), parsed. */
export function readSnapshot(file: string, key: string): unknown {
	const body = readSnapshotBody(file, key);
	try {
		return JSON.parse(body.toString('utf8')) as unknown;
	} catch {
		throw new Unusable('corrupt', 'unreadable JSON');
	}
}

/** Writes a snapshot file: its header line, then the body (`snapshot` as JSON) the header describes. */
export function writeSnapshot(file: string, key: string, snapshot: unknown): void {
	writeSnapshotBody(file, key, Buffer.from(JSON.stringify(snapshot)));
}

/** Writes a snapshot file of any body: the header line (padded to a multiple of 8 bytes), then the body. */
export function writeSnapshotBody(file: string, key: string, body: Buffer): void {
	const header: Header = {
		format: FORMAT,
		key,
		bytes: body.length,
		sha256: createHash('sha256').update(body).digest('hex'),
	};
	const line = JSON.stringify(header);
	// Spaces after the JSON (still valid JSON) put the body at an offset where typed arrays can be viewed in place.
	writeAtomically(file, [`${line.padEnd(Math.ceil((line.length + 1) / 8) * 8 - 1)}\n`, body]);
}

/**
 * Makes a folder and its missing parents, one level at a time. Node 20's `mkdirSync(dir, { recursive: true })` never
 * returns for a folder under /proc (the kernel answers ENOENT for the folder, EEXIST for its parent, and node tries
 * again forever: a start spinning silently); made level by level, the first refusal is thrown, so the snapshot is
 * reported as not saved and the bot runs without it.
 */
export function makeFolder(dir: string): void {
	const missing: string[] = [];
	for (let at = resolve(dir); !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
	for (const folder of missing) {
		try {
			mkdirSync(folder);
		} catch (error) {
			// Made meanwhile by another process starting at the same time.
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
	}
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename (atomic on one file system). */
function writeAtomically(file: string, parts: readonly (string | Buffer)[]): void {
	makeFolder(dirname(file));
	const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		writeFileSync(temporary, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw error;
	}
}
