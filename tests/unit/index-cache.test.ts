import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { DEFAULT_INDEX_CACHE_DIR, IndexCache, type CacheEvent } from '../../src/search/index-cache.ts';
import { snapshotKey } from '../../src/search/snapshot-key.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { writeSnapshot, writeSnapshotBody } from '../../src/cache/snapshot-file.ts';
import { indexedDocuments } from '../../src/search/indexed-documents.ts';
import type { PostingsParts } from '../../src/search/compact-postings.ts';
import { decodePostings, encodePostings, type WordEntry } from '../../src/search/postings-snapshot.ts';
import { indexOf, SEED, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';
import { withTexts } from '../helpers/synthetic.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { DAMAGES } from '../helpers/damage.ts';

const corpus = seedCorpus();
const FILE = 'paragraphs.index';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'index-cache-'));
	scratch.push(dir);
	return dir;
}

/** An index built through a cache in `dir`, and what the cache reported. */
function indexWithCache(dir: string, of = corpus): { index: ParagraphIndex; events: CacheEvent[] } {
	const events: CacheEvent[] = [];
	const index = new ParagraphIndex(of, new IndexCache(dir, (event) => events.push(event)));
	return { index, events };
}

/** Everything a reader could see of an index: hits and scores, suggestions, completions, highlighted words. */
function behaviour(index: ParagraphIndex): unknown {
	const queries = ['terrorism', 'human rights', '"use of force"', 'terorism', 'WMD', 'civilisation -dialogue', 'zzqx'];
	return {
		searches: queries.map((q) => {
			const outcome = index.search(q);
			return {
				hits: outcome.hits.map((h) => [h.paragraph.id, h.score, [...h.matchedTerms].sort()]),
				suggestions: outcome.suggestions,
			};
		}),
		completions: ['terr', 'hum', 'multilat', 'pro'].map((p) => index.suggestParagraphs(p, {}, 10).map((h) => h.id)),
		vocabulary: [index.vocabulary.size, index.vocabulary.frequency('terror'), index.vocabulary.surface('terror')],
		central: index.centralParagraphs().map((p) => p.id),
	};
}

/** The behaviour of the seed corpus's index built without a cache, worked out once for this file. */
let seedBehaviour: unknown;
const builtBehaviour = () => (seedBehaviour ??= behaviour(indexOf(corpus)));

/** Rewrites a snapshot's body, with a header that is correct for the new body (same key): only the content is wrong. */
function rewriteBody(file: string, change: (body: Buffer) => Buffer): void {
	const raw = readFileSync(file);
	const newline = raw.indexOf(0x0a);
	const header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as { key: string };
	writeSnapshotBody(file, header.key, change(raw.subarray(newline + 1)));
}

/** Rewrites an index snapshot through its decoder and encoder: well-formed sections holding other content. */
function rewriteIndex(file: string, change: (postings: PostingsParts, words: WordEntry[]) => void): void {
	const ids = indexedDocuments(corpus).map((d) => d.id);
	rewriteBody(file, (body) => {
		const { postings, words: read } = decodePostings(body, ids);
		const parts = postings.parts();
		const words = read.entries();
		change(parts, words);
		return encodePostings(parts, words, ids);
	});
}

describe('index cache', () => {
	it('builds and saves once, then loads an index that behaves exactly like a built one', () => {
		const dir = cacheDir();
		expect(indexWithCache(dir).events).toMatchObject([{ kind: 'built' }]);
		const { index, events } = indexWithCache(dir);
		expect(events).toMatchObject([{ kind: 'loaded', file: join(dir, FILE) }]);
		expect(behaviour(index)).toEqual(builtBehaviour());
		// Written whole through a temporary file and a rename: nothing else is left in the folder.
		expect(readdirSync(dir).sort()).toEqual(['acronyms.table', FILE, 'related-words.table']);
	});

	it('makes the related-words and acronym tables on first need, not at start', () => {
		const dir = cacheDir();
		const { index } = indexWithCache(dir);
		expect(readdirSync(dir)).toEqual([FILE]);
		index.search('terrorism');
		// A word the text has needs neither table.
		expect(readdirSync(dir)).toEqual([FILE]);
		// A word the text lacks (too long to be read as an acronym) needs the related words.
		index.search('earthquakes');
		expect(readdirSync(dir).sort()).toEqual([FILE, 'related-words.table']);
		// An acronym no curated synonym spells out (United Nations Headquarters) needs the acronyms.
		index.search('UNH');
		expect(readdirSync(dir).sort()).toEqual(['acronyms.table', FILE, 'related-words.table']);
	});

	it('keeps the related-words and acronym tables beside the index, made on first need, read back next time', () => {
		const dir = cacheDir();
		const built = indexWithCache(dir).index;
		built.relatedWords();
		built.acronyms();
		const table = join(dir, 'related-words.table');
		// The table is read from its snapshot, not made again: one written under the same key is the one used.
		const header = JSON.parse(readFileSync(table, 'utf8').split('\n')[0] ?? '{}') as { key: string };
		writeSnapshot(table, header.key, { match: { zzqx: [['terror']] }, narrower: {}, related: {} });
		const loaded = indexWithCache(dir).index;
		expect(loaded.relatedWords().match.zzqx).toEqual([['terror']]);
		expect(loaded.search('zzqx').match).toBe('all');
		expect(built.search('zzqx').match).toBe('none');
		expect(loaded.acronyms()).toEqual(built.acronyms());
	});

	it('makes the tables again when their snapshot is damaged', () => {
		const dir = cacheDir();
		const built = indexWithCache(dir).index;
		built.relatedWords();
		writeFileSync(join(dir, 'related-words.table'), 'not a table');
		expect(indexWithCache(dir).index.relatedWords()).toEqual(built.relatedWords());
	});

	it.each([
		...DAMAGES,
		['JSON in place of the sections', (file: string) => rewriteBody(file, () => Buffer.from('[1,2,3]'))],
		['an empty body', (file: string) => rewriteBody(file, () => Buffer.alloc(0))],
		['an empty file', (file: string) => writeFileSync(file, '')],
		[
			'sections that do not fit together (postings past the end of the terms)',
			(file: string) => rewriteIndex(file, (postings) => (postings.starts[1] = postings.docs.length + 5)),
		],
		[
			'a posting of a document the corpus does not have',
			(file: string) => rewriteIndex(file, (postings) => (postings.docs[0] = 1_000_000)),
		],
		['a word counted zero times', (file: string) => rewriteIndex(file, (_, words) => ((words[0] as WordEntry)[3] = 0))],
		[
			'a table of contents pointing past the end',
			(file: string) =>
				rewriteBody(file, (body) => {
					const head = body.readUInt32LE(0);
					const text = body.toString('utf8', 4, 4 + head).replace(/"docs","i32",(\d+)/, '"docs","i32",999999$1');
					return Buffer.concat([body.subarray(0, 4), Buffer.from(text), body.subarray(4 + head)]);
				}),
		],
	])('rebuilds and replaces a corrupt snapshot: %s', (_, damage) => {
		const dir = cacheDir();
		indexWithCache(dir);
		damage(join(dir, FILE));
		const { index, events } = indexWithCache(dir);
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'corrupt' }]);
		expect(behaviour(index)).toEqual(builtBehaviour());
		expect(indexWithCache(dir).events).toMatchObject([{ kind: 'loaded' }]);
	});

	it('never uses a snapshot of other data: another corpus rebuilds it as stale', () => {
		const dir = cacheDir();
		indexWithCache(dir);
		const other = twoDocumentCorpus();
		const { index, events } = indexWithCache(dir, other);
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		expect(behaviour(index)).toEqual(behaviour(indexOf(other)));
		expect(indexWithCache(dir).events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
	});

	it('keys a loaded corpus by what it was loaded from, and a copy with other texts by its contents', () => {
		const dir = cacheDir();
		indexWithCache(dir);
		const first = corpus.paragraphs[0]?.id ?? '';
		const changed = withTexts(corpus, { [first]: 'Participants discussed zebras and giraffes.' });
		const { index, events } = indexWithCache(dir, changed);
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		expect(index.search('zebras').hits.map((h) => h.paragraph.id)).toEqual([first]);
		expect(indexWithCache(dir, changed).events).toMatchObject([{ kind: 'loaded' }]);
		// A corpus loaded again from the same files has the same fingerprint: its snapshot is the loaded corpus's.
		indexWithCache(dir);
		expect(indexWithCache(dir, loadCorpus(DEFAULT_DATA_DIR, SEED)).events).toMatchObject([{ kind: 'loaded' }]);
	});

	it('refuses a snapshot whose words no longer analyse to the terms it recorded, without learning them twice', () => {
		const dir = cacheDir();
		indexWithCache(dir);
		// As if the analyser had changed without the key noticing: one recorded term is not what the code gives now (the
		// word put first: loading analyses again a sample of the words, the first among them).
		rewriteIndex(join(dir, FILE), (_, words) => {
			const at = words.findIndex(([word]) => word === 'terrorism');
			const entry = words.splice(at, 1)[0] as WordEntry;
			words.unshift([entry[0], 'terrorism', entry[2], entry[3]]);
		});
		const { index, events } = indexWithCache(dir);
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		expect(events[0]?.kind === 'rebuilt' && events[0].detail).toBe('"terrorism" no longer analyses to "terrorism"');
		expect(behaviour(index)).toEqual(builtBehaviour());
	});

	it('still answers when the snapshot cannot be written', () => {
		const blocker = join(cacheDir(), 'a-file');
		writeFileSync(blocker, '');
		const { index, events } = indexWithCache(join(blocker, 'cache'));
		expect(events.map((e) => e.kind)).toEqual(['write-failed', 'built']);
		expect(behaviour(index)).toEqual(builtBehaviour());
	});

	it('keys a snapshot by the documents, the language data and the options (functions by their modules, hashed as files)', () => {
		const documents = [{ id: 'a', text: 'Terrorism' }];
		const options = { fields: ['text'], processTerm: (word: string) => word.toLowerCase() };
		const key = snapshotKey(documents, { words: {} }, options);
		expect(snapshotKey([{ id: 'a', text: 'Terrorism' }], { words: {} }, { ...options })).toBe(key);
		expect(snapshotKey([{ id: 'a', text: 'Terrorisme' }], { words: {} }, options)).not.toBe(key);
		expect(snapshotKey(documents, { words: { colour: 'color' } }, options)).not.toBe(key);
		expect(snapshotKey(documents, { words: {} }, { ...options, fields: ['text', 'themes'] })).not.toBe(key);
		expect(snapshotKey(documents, { words: {} }, { fields: ['text'] })).not.toBe(key);
		// A function's printed text depends on the compiler (tsx, the test runner, a worker thread): not part of the key.
		expect(snapshotKey(documents, { words: {} }, { ...options, processTerm: (word: string) => word })).toBe(key);
	});

	it('is configured by INDEX_CACHE_DIR: a folder, off, or node_modules/.cache by default', () => {
		expect(loadConfig({}).indexCacheDir).toBe(DEFAULT_INDEX_CACHE_DIR);
		expect(DEFAULT_INDEX_CACHE_DIR).toMatch(/node_modules[\\/]\.cache[\\/]conclusions-bot$/);
		expect(loadConfig({ INDEX_CACHE_DIR: 'off' }).indexCacheDir).toBeUndefined();
		expect(loadConfig({ INDEX_CACHE_DIR: '/var/cache/bot' }).indexCacheDir).toBe('/var/cache/bot');
	});
});
