import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { MAKING_TABLES_NOTE } from '../../src/console/table-note.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { warmUpLater } from '../../src/load-core.ts';
import { IndexCache } from '../../src/search/index-cache.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { defaultWordNetDir } from '../../src/search/related-words.ts';
import type { FirstNeedWork } from '../../src/search/warm-up.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { SEED } from '../helpers/corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'warm-up-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * WordNet's files, empty, in a folder of this file's own: the related-words table made from them is one no other test
 * made in this process (its key names the folder), and it costs the worker nothing but its start.
 */
function emptyWordNet(name = 'wordnet'): string {
	const dir = join(scratch, name);
	mkdirSync(dir, { recursive: true });
	for (const file of readdirSync(defaultWordNetDir() ?? '')) writeFileSync(join(dir, file), '');
	return dir;
}

/** An index as after a start with a new index cache, with what it does on first need in this thread listed. */
function coldIndex(cacheDir: string, wordNetDir: string) {
	const corpus = loadCorpus(DEFAULT_DATA_DIR, SEED);
	const index = new ParagraphIndex(corpus, new IndexCache(cacheDir), { wordNetDir });
	const here: FirstNeedWork[] = [];
	index.onFirstNeed = (work) => here.push(work);
	return { corpus, index, here };
}

describe('warming an index up once the bot is ready', () => {
	const cacheDir = join(scratch, 'cache');
	const wordNetDir = emptyWordNet();

	it('makes the tables a new cache lacks in a worker thread, writes them there, and does the rest a slice per turn', async () => {
		const { index, here } = coldIndex(cacheDir, wordNetDir);
		expect(index.firstNeedPending).toBe(true);
		let turns = 0;
		const turning = setInterval(() => (turns += 1), 0);
		const report = await index.warmUp().finally(() => clearInterval(turning));
		expect(report.offThread).toEqual(['related-words', 'acronyms']);
		expect(report.workerFailed).toBe(false);
		// Made in the worker, not here: this thread only took them.
		expect(here).not.toContain('related-words');
		expect(here).not.toContain('acronyms');
		expect(here).toContain('central-paragraphs');
		expect(turns).toBeGreaterThan(0);
		expect(existsSync(join(cacheDir, 'related-words.table'))).toBe(true);
		expect(existsSync(join(cacheDir, 'acronyms.table'))).toBe(true);
		expect(index.firstNeedPending).toBe(false);
		expect(index.warm).toBe(true);
		// What a search would have made on first need is the same, and no search makes anything any more.
		const made = new ParagraphIndex(loadCorpus(DEFAULT_DATA_DIR, SEED), undefined, { wordNetDir });
		expect(index.acronyms()).toEqual(made.acronyms());
		expect(index.relatedWords()).toEqual(made.relatedWords());
		const before = here.length;
		index.search('bioterrorism at the UN');
		expect(index.centralParagraphs().length).toBeGreaterThan(0);
		expect(here.length).toBe(before);
	}, 60_000);

	it('reads the tables back here, with no worker, when the cache has them (a restart)', async () => {
		const { index, here } = coldIndex(cacheDir, wordNetDir);
		// Nothing takes seconds: a search is not deferred for what is read in milliseconds.
		expect(index.firstNeedPending).toBe(false);
		expect(index.warm).toBe(false);
		const report = await index.warmUp();
		expect(report.offThread).toEqual([]);
		expect(here).toEqual(expect.arrayContaining(['related-words', 'acronyms', 'central-paragraphs']));
		expect(index.warm).toBe(true);
	});

	it('logs the end of a warm-up once, though asked for it again while it runs (the word vectors found ready)', async () => {
		const { corpus, index } = coldIndex(join(scratch, 'cache-told'), emptyWordNet('wordnet-told'));
		const core = new BotCore({ corpus, index }, commands);
		const { logger, lines } = captureLogger();
		warmUpLater(logger, core);
		warmUpLater(logger, core);
		await index.warmUp();
		// The log line is written in the warm-up's own continuation: a turn later.
		await new Promise((resolve) => setImmediate(resolve));
		expect(lines.filter((line) => line.includes('search tables ready'))).toHaveLength(1);
	});
});

describe('a tool, which has no window to keep', () => {
	it('makes a table on first need, saying on stderr why the search takes a while; stdout stays JSON', () => {
		const corpus = loadCorpus(DEFAULT_DATA_DIR, SEED);
		const index = new ParagraphIndex(corpus, undefined, { wordNetDir: emptyWordNet('wordnet-of-the-tool') });
		let stdout = '';
		let stderr = '';
		const load = () => new BotCore({ corpus, index }, commands);
		const out = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
		expect(runCli(['search', 'bioterrorism', '--json'], load, out)).toBe(0);
		expect(stderr).toBe(`${MAKING_TABLES_NOTE}\n`);
		expect(() => JSON.parse(stdout) as unknown).not.toThrow();
		// Made once: the next search says nothing.
		stderr = '';
		expect(runCli(['search', 'bioweapons', '--json'], load, out)).toBe(0);
		expect(stderr).toBe('');
	});
});
