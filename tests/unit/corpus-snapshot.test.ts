import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeSections } from '../../src/cache/sections.ts';
import { writeSnapshotBody } from '../../src/cache/snapshot-file.ts';
import type { CorpusCacheEvent } from '../../src/corpus/corpus-snapshot.ts';
import { DEFAULT_DATA_DIR, loadCorpus, type LoadOptions } from '../../src/corpus/load-corpus.ts';
import { FIXTURE_DOCUMENTS, LAYOUT_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';
import { DAMAGES } from '../helpers/damage.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function temporary(make: () => string): string {
	const dir = make();
	scratch.push(dir);
	return dir;
}
const cacheDir = () => temporary(() => mkdtempSync(join(tmpdir(), 'corpus-cache-')));

/** SG/2084, the second fixture and the layout fixtures: numbered, bulleted, hard-wrapped (joined lines), sections. */
const SEVERAL: LoadOptions = {
	only: ['sg2084', 'fix0001', 'annex-roman', 'annex-roman-pdf', 'press-release-bullets', 'numbered-extract'],
	extraDocumentDirs: [FIXTURE_DOCUMENTS, LAYOUT_DOCUMENTS],
};

/** A corpus loaded through a snapshot folder, and what became of the snapshot. */
function loadWithCache(dir: string, dataDir = DEFAULT_DATA_DIR, options: LoadOptions = SEVERAL) {
	const events: CorpusCacheEvent[] = [];
	const corpus = loadCorpus(dataDir, { ...options, cacheDir: dir, onCache: (event) => events.push(event) });
	return { corpus, events };
}

/** The one snapshot file of a cache folder. */
function snapshotIn(dir: string): string {
	const files = readdirSync(dir).filter((name) => name.endsWith('.corpus'));
	expect(files).toHaveLength(1);
	return join(dir, files[0] as string);
}

describe('corpus snapshot', () => {
	it('is made on the first load and read on the next, giving exactly the corpus a parse gives', () => {
		const dir = cacheDir();
		const parsed = loadCorpus(DEFAULT_DATA_DIR, SEVERAL);
		const first = loadWithCache(dir);
		expect(first.events).toMatchObject([{ kind: 'built' }]);
		const second = loadWithCache(dir);
		expect(second.events).toMatchObject([{ kind: 'loaded', file: snapshotIn(dir) }]);
		expect(second.corpus).toEqual(parsed);
		expect(first.corpus).toEqual(parsed);
		// Texts the parser joined from wrapped lines are in the snapshot, the others are read from their files: both kinds
		// are in this corpus, and every one came back as published.
		const joined = parsed.paragraphs.filter((p) => !readFileSync(sourceOf(p.document), 'utf8').includes(p.text));
		expect(joined.length).toBeGreaterThan(0);
		expect(joined.length).toBeLessThan(parsed.paragraphs.length);
		// Nothing else is left in the folder: written through a temporary file and a rename.
		expect(readdirSync(dir)).toHaveLength(1);
	});

	it('parses again, and replaces the snapshot, when a text changes', () => {
		const data = temporary(() => seedDataCopy());
		const dir = cacheDir();
		const before = loadWithCache(dir, data, {}).corpus;
		const textFile = join(data, 'documents', 'sg2084.txt');
		writeFileSync(textFile, readFileSync(textFile, 'utf8').replace('terrorism', 'snapshots'));
		const { corpus, events } = loadWithCache(dir, data, {});
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		const changed = corpus.paragraphs.filter((p, i) => p.text !== before.paragraphs[i]?.text);
		expect(changed.map((p) => p.text.includes('snapshots'))).toEqual([true]);
		expect(corpus).toEqual(loadCorpus(data));
		expect(loadWithCache(dir, data, {}).events).toMatchObject([{ kind: 'loaded' }]);
	});

	it('parses again when the theme file changes, since themes are assigned from it', () => {
		const data = temporary(() => seedDataCopy());
		const dir = cacheDir();
		loadWithCache(dir, data, {});
		const themesFile = join(data, 'themes.json');
		const themes = JSON.parse(readFileSync(themesFile, 'utf8')) as { themes: { patterns: string[] }[] };
		themes.themes[0]?.patterns.push('\\bparticipants\\b');
		writeFileSync(themesFile, JSON.stringify(themes));
		const { corpus, events } = loadWithCache(dir, data, {});
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		expect(corpus).toEqual(loadCorpus(data));
	});

	it.each([
		...DAMAGES,
		['well-formed sections of something else', (file: string) => rewrite(file, encodeSections({ documents: [] }, {}))],
		[
			'a paragraph whose text lies outside its file',
			(file: string) => {
				const body = bodyOf(file);
				const head = body.readUInt32LE(0);
				const toc = JSON.parse(body.toString('utf8', 4, 4 + head)) as { toc: [string, string, number][] };
				const textTo = toc.toc.find(([name]) => name === 'textTo');
				// The first paragraph's end, far past the end of its file.
				body.writeInt32LE(1_000_000_000, (textTo as [string, string, number])[2]);
				rewrite(file, body);
			},
		],
	])('parses again, and replaces a corrupt snapshot: %s', (_, damage) => {
		const dir = cacheDir();
		loadWithCache(dir);
		damage(snapshotIn(dir));
		const { corpus, events } = loadWithCache(dir);
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'corrupt' }]);
		expect(corpus).toEqual(loadCorpus(DEFAULT_DATA_DIR, SEVERAL));
		expect(loadWithCache(dir).events).toMatchObject([{ kind: 'loaded' }]);
	});

	it('still loads when the snapshot cannot be written', () => {
		const blocker = join(cacheDir(), 'a-file');
		writeFileSync(blocker, '');
		const { corpus, events } = loadWithCache(join(blocker, 'cache'));
		expect(events.map((e) => e.kind)).toEqual(['write-failed', 'built']);
		expect(corpus).toEqual(loadCorpus(DEFAULT_DATA_DIR, SEVERAL));
	});

	it('is replaced by the snapshot of another data folder (even of the same files: their paths are in messages)', () => {
		const data = temporary(() => seedDataCopy());
		const dir = cacheDir();
		loadWithCache(dir, DEFAULT_DATA_DIR, { only: ['sg2084'] });
		const { corpus, events } = loadWithCache(dir, data, {});
		expect(events).toMatchObject([{ kind: 'rebuilt', reason: 'stale' }]);
		expect(corpus).toEqual(loadCorpus(data));
		expect(readdirSync(dir)).toEqual(['corpus.corpus']);
	});
});

/** A document's text file, among the folders `SEVERAL` reads. */
function sourceOf(slug: string): string {
	for (const folder of [join(DEFAULT_DATA_DIR, 'documents'), FIXTURE_DOCUMENTS, LAYOUT_DOCUMENTS]) {
		if (readdirSync(folder).includes(`${slug}.txt`)) return join(folder, `${slug}.txt`);
	}
	throw new Error(`no text for ${slug}`);
}

/** A snapshot's body (a copy, to change). */
function bodyOf(file: string): Buffer {
	const raw = readFileSync(file);
	return Buffer.from(raw.subarray(raw.indexOf(0x0a) + 1));
}

/** Writes a snapshot with another body under the same key, with a header that is correct for it. */
function rewrite(file: string, body: Buffer): void {
	const raw = readFileSync(file);
	const header = JSON.parse(raw.subarray(0, raw.indexOf(0x0a)).toString('utf8')) as { key: string };
	writeSnapshotBody(file, header.key, body);
}
