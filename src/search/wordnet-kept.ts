import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeptAWhile } from '../cache/kept-a-while.ts';
import type { Synset } from './wordnet-files.ts';

/**
 * WordNet's files, read and split once per process and kept while they are used (see `KeptAWhile`): reducing WordNet
 * to a corpus reads every definition (22 MB of text) and every index line, which cost most of a reduction.
 */

/** One definition (gloss) of a synset, split into words. */
export interface Gloss {
	/** The synset's id: part of speech letter and byte offset, as pointers name them. */
	id: string;
	/** The definition's words, lower case, in order (its examples, in quotes after it, left out). */
	words: readonly string[];
	/** The same without a leading label in brackets ("(military)"), which says where a word is used. */
	used: readonly string[];
}

/** An index file's lemma lines: the lemma of each, and the line itself, split only when asked. */
export interface IndexLines {
	lemmas: readonly string[];
	line: (i: number) => string;
}

interface Kept {
	data: Map<string, string>;
	glosses: Map<string, readonly Gloss[]>;
	indexes: Map<string, IndexLines>;
	synsets: Map<string, Synset | undefined>;
}

const kept = new KeptAWhile<Kept>(() => ({
	data: new Map(),
	glosses: new Map(),
	indexes: new Map(),
	synsets: new Map(),
}));
/** What is kept of one WordNet folder. */
const keptFor = (dictDir: string) => kept.get(dictDir);

/** The synsets read so far by their data lines (see `DataFiles`), by id. */
export const keptSynsets = (dictDir: string) => keptFor(dictDir).synsets;

/** Reads one of WordNet's files, saying which when it cannot. */
function readWordNetFile(path: string): string {
	try {
		return readFileSync(path, 'latin1');
	} catch (error) {
		throw new Error(`search: cannot read the WordNet file ${path}: ${(error as Error).message}`);
	}
}

/** The text of `data.<file>`, where a synset's line starts at its offset (the file is ASCII: a byte is a character). */
export function dataText(dictDir: string, file: string): string {
	const entry = keptFor(dictDir);
	let text = entry.data.get(file);
	if (text === undefined) entry.data.set(file, (text = readWordNetFile(join(dictDir, `data.${file}`))));
	return text;
}

/** The text of `index.sense`, WordNet's sense keys with their tag counts (see `senseTagCounts`). */
export function senseIndexText(dictDir: string): string {
	const entry = keptFor(dictDir);
	let text = entry.data.get('index.sense');
	if (text === undefined) entry.data.set('index.sense', (text = readWordNetFile(join(dictDir, 'index.sense'))));
	return text;
}

/** The lemma lines of `index.<file>` (the licence header, whose lines start with a space, left out). */
export function indexLines(dictDir: string, file: string): IndexLines {
	const entry = keptFor(dictDir);
	let lines = entry.indexes.get(file);
	if (lines) return lines;
	const text = readWordNetFile(join(dictDir, `index.${file}`));
	const lemmas: string[] = [];
	const starts: number[] = [];
	for (let at = 0; at < text.length;) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		if (text.charCodeAt(at) !== 32) {
			lemmas.push(text.slice(at, text.indexOf(' ', at)));
			starts.push(at);
		}
		at = end + 1;
	}
	const line = (i: number) => {
		const start = starts[i] ?? text.length;
		const end = text.indexOf('\n', start);
		return text.slice(start, end < 0 ? text.length : end);
	};
	entry.indexes.set(file, (lines = { lemmas, line }));
	return lines;
}

/**
 * The definitions of `data.<file>`, each synset's id made with `letter`. A word that recurs across definitions is one
 * string, so the thousands of definitions that share it cost one.
 */
export function glossesOf(dictDir: string, file: string, letter: string): readonly Gloss[] {
	const entry = keptFor(dictDir);
	let glosses = entry.glosses.get(file);
	if (glosses) return glosses;
	const text = dataText(dictDir, file);
	const interned = new Map<string, string>();
	const wordsOf = (definition: string) =>
		(definition.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).map((word) => {
			const known = interned.get(word);
			if (known !== undefined) return known;
			interned.set(word, word);
			return word;
		});
	const list: Gloss[] = [];
	for (let at = 0; at < text.length;) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const bar = text.indexOf(' | ', at);
		// The licence header's lines start with spaces.
		if (text.charCodeAt(at) !== 32 && bar >= 0 && bar < end) {
			const definition = text.slice(bar + 3, end).split('"')[0] ?? '';
			const words = wordsOf(definition);
			const used = definition.trimStart().startsWith('(') ? wordsOf(definition.replace(/^\s*\([^)]*\)/, '')) : words;
			list.push({ id: `${letter}${text.slice(at, text.indexOf(' ', at))}`, words, used });
		}
		at = end + 1;
	}
	entry.glosses.set(file, (glosses = list));
	return glosses;
}
