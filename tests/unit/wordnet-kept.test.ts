import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { DataFiles } from '../../src/search/wordnet-files.ts';
import { glossesOf, indexLines } from '../../src/search/wordnet-kept.ts';

/** A WordNet folder of two noun synsets, laid out as WordNet's files are (a licence header of indented lines). */
const HEADER = '  1 This software and database is being provided\n  2 to you, the LICENSEE\n';
const WAR =
	'00000100 04 n 02 war 0 warfare 0 000 | (military) the waging of armed conflict; "thousands were killed in the war"';
const TRUCE = '00000300 04 n 01 truce 0 001 @ 00000100 n 0000 | a state of peace agreed between opponents';
const dirs: string[] = [];
/** A WordNet folder of the two synsets; each synset's line starts at its offset, as pointers address it. */
function wordNetFolder(): { dir: string; writeData: (second: string) => void } {
	const dir = mkdtempSync(join(tmpdir(), 'wordnet-kept-'));
	dirs.push(dir);
	const writeData = (second: string) => {
		const first = HEADER.padEnd(100, ' ').replace(/ $/, '\n');
		writeFileSync(join(dir, 'data.noun'), `${`${first}${WAR}`.padEnd(299, ' ')}\n${second}\n`);
	};
	writeData(TRUCE);
	writeFileSync(join(dir, 'index.noun'), `${HEADER}truce n 1 1 @ 1 0 00000300\nwar n 1 0 1 0 00000100\n`);
	return { dir, writeData };
}
const { dir } = wordNetFolder();

afterEach(() => {
	vi.useRealTimers();
});
afterAll(() => {
	for (const folder of dirs) rmSync(folder, { recursive: true, force: true });
});

describe("WordNet's files, read once and kept a while", () => {
	it('splits each definition into its words, its examples and a leading label left out of what it means', () => {
		const [war, truce] = glossesOf(dir, 'noun', 'n');
		expect(war).toEqual({
			id: 'n00000100',
			words: ['military', 'the', 'waging', 'of', 'armed', 'conflict'],
			used: ['the', 'waging', 'of', 'armed', 'conflict'],
		});
		expect(truce?.id).toBe('n00000300');
		expect(truce?.used).toBe(truce?.words);
	});

	it("reads an index file's lemma lines, not its licence header", () => {
		const lines = indexLines(dir, 'noun');
		expect(lines.lemmas).toEqual(['truce', 'war']);
		expect(lines.line(1)).toBe('war n 1 0 1 0 00000100');
	});

	it('reads a synset by its offset from the same kept text', () => {
		const synset = new DataFiles(dir).read('n00000300');
		expect(synset?.lemmas).toEqual(['truce']);
		expect(synset?.pointers).toEqual([{ symbol: '@', offset: '00000100', part: 'n', source: 0, target: 0 }]);
	});

	it('reads the files again only once they have gone unused for a minute', () => {
		vi.useFakeTimers();
		// A folder first read now, while the clock is the test's.
		const { dir, writeData } = wordNetFolder();
		const first = glossesOf(dir, 'noun', 'n');
		writeData(TRUCE.replace('a state of peace', 'a pause in fighting'));
		vi.advanceTimersByTime(59_000);
		// Used again within the minute: the same, and the minute starts again.
		expect(glossesOf(dir, 'noun', 'n')).toBe(first);
		vi.advanceTimersByTime(59_000);
		expect(glossesOf(dir, 'noun', 'n')).toBe(first);
		vi.advanceTimersByTime(61_000);
		const again = glossesOf(dir, 'noun', 'n');
		expect(again).not.toBe(first);
		expect(again[1]?.words.slice(0, 4)).toEqual(['a', 'pause', 'in', 'fighting']);
	});
});
