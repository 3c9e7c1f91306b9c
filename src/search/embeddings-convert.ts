import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { compactVectors, type WinkEmbeddings } from './compact-vectors.ts';

/**
 * Run as a child process (see `embeddings.ts`): converts the word-embeddings package's JSON (hundreds of megabytes,
 * about a gigabyte once parsed) into the compact file search reads (see `compactVectors`), so the big parse never
 * sits in the bot's heap. Arguments: the package's JSON file, the file to write, how many of the most frequent words
 * to keep, and the lock file of the process that started it (see `ensureWordVectors`), removed at the end. Written to
 * a temporary name and renamed, so a reader never sees half a file.
 */
const [source, target, keepArg, lock] = process.argv.slice(2);
if (source === undefined || target === undefined)
	throw new Error('usage: embeddings-convert <json> <target> [keep] [lock to remove when done]');
try {
	const data = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
	const temporary = `${target}.${process.pid}.tmp`;
	writeFileSync(temporary, compactVectors(data, Number(keepArg ?? 150_000)));
	renameSync(temporary, target);
} finally {
	if (lock !== undefined) rmSync(lock, { force: true });
}
