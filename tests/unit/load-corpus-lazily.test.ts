import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CorpusCacheEvent } from '../../src/corpus/corpus-snapshot.ts';
import { DEFAULT_DATA_DIR } from '../../src/corpus/corpus-files.ts';
import { loadCorpusLazily } from '../../src/corpus/load-corpus-lazily.ts';
import type { Corpus } from '../../src/corpus/types.ts';

/** How often the parser's module was loaded: a start with a valid snapshot must not load it (its regular expressions). */
const parserLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/corpus/derive-documents.ts', async (real) => {
	parserLoads.count += 1;
	return await real();
});

const ROOT = new URL('../../', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'corpus-lazily-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What tells two corpora apart: documents, paragraphs (text, themes, order), themes, warnings. */
const summary = (corpus: Corpus) =>
	JSON.stringify({
		version: corpus.version,
		documents: corpus.documents.map((d) => [d.slug, d.preamble, d.paragraphs.length]),
		paragraphs: corpus.paragraphs.map((p) => [p.id, p.text, p.searchText, p.themes, p.section, p.order]),
		themes: corpus.themes.map((t) => t.id),
		warnings: corpus.warnings,
	});

/**
 * `loadCorpus` in a process of its own (this one must not load the parser before the test says): its summary, and its
 * snapshot written to `cacheDir`.
 */
function loadedElsewhere(cacheDir: string): string {
	const script = join(scratch, 'load.ts');
	writeFileSync(
		script,
		`import { loadCorpus } from ${JSON.stringify(new URL('src/corpus/load-corpus.ts', ROOT).href)};\n` +
			`const corpus = loadCorpus(undefined, { cacheDir: ${JSON.stringify(cacheDir)} });\n` +
			`process.stdout.write(JSON.stringify({ version: corpus.version, documents: corpus.documents.map((d) => [d.slug, d.preamble, d.paragraphs.length]), paragraphs: corpus.paragraphs.map((p) => [p.id, p.text, p.searchText, p.themes, p.section, p.order]), themes: corpus.themes.map((t) => t.id), warnings: corpus.warnings }));\n`,
	);
	return execFileSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8' });
}

describe('loading the corpus at start', () => {
	it('reads a valid snapshot without loading the parser, and gives the corpus loadCorpus gives', async () => {
		const cacheDir = join(scratch, 'warm');
		const expected = loadedElsewhere(cacheDir);
		const events: CorpusCacheEvent[] = [];
		const corpus = await loadCorpusLazily(DEFAULT_DATA_DIR, { cacheDir, onCache: (event) => events.push(event) });
		expect(events.map((e) => e.kind)).toEqual(['loaded']);
		expect(parserLoads.count).toBe(0);
		expect(summary(corpus)).toBe(expected);
	});

	it('loads the parser when there is no snapshot, parses, and saves the snapshot', async () => {
		const cacheDir = join(scratch, 'cold');
		const events: CorpusCacheEvent[] = [];
		const onCache = (event: CorpusCacheEvent) => events.push(event);
		const cold = await loadCorpusLazily(DEFAULT_DATA_DIR, { cacheDir, onCache });
		expect(parserLoads.count).toBe(1);
		const warm = await loadCorpusLazily(DEFAULT_DATA_DIR, { cacheDir, onCache });
		expect(events.map((e) => e.kind)).toEqual(['built', 'loaded']);
		expect(summary(warm)).toBe(summary(cold));
		// Without a snapshot folder: parsed every time, as loadCorpus does.
		expect(summary(await loadCorpusLazily(DEFAULT_DATA_DIR))).toBe(summary(cold));
	});
});
