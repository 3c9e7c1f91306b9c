import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { FORMAT } from '../cache/snapshot-file.ts';

/**
 * The key of an index snapshot (see `index-cache.ts`): what the index is built from, how, and by which code. Anything
 * that could change the terms of a single paragraph is in it.
 */

/**
 * The code that decides which terms the index holds: every module of the search folder (wherever the index comes to
 * be built in it) and what it shares with the corpus (text folding, WordNet's word endings). A change to any makes
 * old snapshots stale; that costs one rebuild, a snapshot of other code could cost wrong answers.
 */
function analysisModules(): URL[] {
	const here = new URL('./', import.meta.url);
	const own = readdirSync(here)
		.filter((name) => /\.[cm]?[jt]s$/.test(name))
		.sort()
		.map((name) => new URL(name, here));
	// The snapshot's format too: a change to how sections are written makes old snapshots stale, not misread.
	const format = ['sections.ts', 'snapshot-file.ts'].map((name) => new URL(`../cache/${name}`, import.meta.url));
	const shared = ['text.ts', 'word-endings.ts'].map((name) => new URL(`../corpus/${name}`, import.meta.url));
	return [...own, ...shared, ...format];
}

function packageVersion(name: string): string {
	const require = createRequire(import.meta.url);
	let dir = dirname(require.resolve(name));
	// Walk up from the entry point to the package's own package.json (its exports may hide it).
	for (;;) {
		try {
			const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
			if (pkg.name === name) return pkg.version ?? 'unknown';
		} catch {
			// no package.json here
		}
		const parent = dirname(dir);
		if (parent === dir) return 'unknown';
		dir = parent;
	}
}

/**
 * Options as text: plain values as JSON, functions by name only. Their source is in the analysing modules, which the
 * key hashes as files (`analysisCode`): the text a function prints depends on how the module was compiled (tsx here,
 * the test runner's transform there), and a worker thread building the snapshot must reach the same key.
 */
function describeOptions(options: object): string {
	return JSON.stringify(options, (_, value: unknown) => (typeof value === 'function' ? 'function' : value));
}

let codeFingerprint: string | undefined;

/** The analysing modules' source and the versions of MiniSearch and the stemmer, hashed once per process. */
function analysisCode(): string {
	if (codeFingerprint === undefined) {
		const hash = createHash('sha256');
		for (const module of analysisModules()) hash.update(basename(module.pathname)).update(readFileSync(module));
		hash.update(`minisearch@${packageVersion('minisearch')} porter2@${packageVersion('porter2')}`);
		// Case folding and Unicode normalization come from Node's ICU data, which a Node upgrade may change.
		hash.update(`unicode@${process.versions.unicode ?? ''} icu@${process.versions.icu ?? ''}`);
		codeFingerprint = hash.digest('hex');
	}
	return codeFingerprint;
}

/**
 * A document into a key's hash: a plain object's string fields as they are (each named and measured, so that no two
 * documents hash alike), anything else as JSON. Turning 30,000 paragraphs into JSON first would cost more than the
 * hashing itself.
 */
function hashDocument(hash: Hash, document: unknown): void {
	if (typeof document !== 'object' || document === null || Array.isArray(document)) {
		hash.update(`json ${JSON.stringify(document)}\n`);
		return;
	}
	hash.update('{');
	for (const [name, value] of Object.entries(document)) {
		if (typeof value === 'string') hash.update(`${JSON.stringify(name)} ${value.length}:`).update(value);
		else hash.update(`${JSON.stringify(name)} json ${JSON.stringify(value)}\n`);
	}
	hash.update('}\n');
}

/**
 * The key of an index: documents and extra inputs (language data), options, analysing code, versions. With a
 * `fingerprint` of what the documents were made from (see `corpusFingerprint`), that stands for the documents.
 */
export function snapshotKey(
	documents: readonly unknown[] | (() => readonly unknown[]),
	extra: unknown,
	options: object,
	fingerprint?: string,
): string {
	const hash = createHash('sha256');
	hash.update(`format ${FORMAT}\n`);
	if (fingerprint !== undefined) hash.update(`documents made from ${fingerprint}\n`);
	else for (const document of typeof documents === 'function' ? documents() : documents) hashDocument(hash, document);
	hash.update(JSON.stringify(extra)).update('\n');
	hash.update(describeOptions(options)).update('\n');
	hash.update(analysisCode());
	return hash.digest('hex');
}
