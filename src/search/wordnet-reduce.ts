import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedWordsTable, Relation } from './related-words.ts';

/** WordNet's parts of speech, as its file names spell them, with the letter its pointers use. */
const PARTS = [
	['noun', 'n'],
	['verb', 'v'],
	['adj', 'a'],
	['adv', 'r'],
] as const;

/**
 * Only a word's first senses count: WordNet lists senses most frequent first, and a rare sense ("change" as a
 * synonym of "exchange") would make readers' everyday words match the text's unrelated ones.
 */
const MAX_SENSES = 3;
/** A reader's word means the text's only in one of its two most common senses. */
const MAX_READER_SENSES = 2;
/** A reader's word meets the text through a narrower word only in its most common sense. */
const MAX_NARROWER_SENSES = 1;

/** What the reduction needs from the index: how a word becomes index terms, and which terms the text has. */
export interface ReduceInput {
	/** Index terms of a word; `null` for a stop word. */
	term(word: string): string | null;
	/** Whether the indexed text has this term. */
	hasTerm(term: string): boolean;
	/** The first `PREFIX_LENGTH` letters of every word of the text (folded), for a quick first filter. */
	prefixes: ReadonlySet<string>;
}

/** How many first letters `ReduceInput.prefixes` keeps: stems keep them (Porter2 only changes endings). */
export const PREFIX_LENGTH = 3;
/** Short words (mostly stop words, dropped from lemmas) pass the first filter whatever they are. */
const STOP_PREFIX = /^[a-z]{1,3}$/;

interface Synset {
	/** Lemmas as written, underscores for spaces. */
	lemmas: string[];
	/** Pointers: symbol, target offset, target part of speech letter, source and target word numbers (0 = all). */
	pointers: { symbol: string; offset: string; part: string; source: number; target: number }[];
}

/**
 * Reduces WordNet to what one corpus needs, once, when the index is built: for each word a reader might type, the
 * corpus terms it means (`match`: same synset, derived forms, a narrower kind of what the text names) and the looser
 * ones (`related`: broader words, similar adjectives). It reads the index files line by line and only the data lines
 * of synsets that touch the corpus (WordNet addresses them by byte offset), so the whole resource is never held; the
 * table that results is small, keyed by the reader's terms, and serializable with the index.
 */
export function reduceWordNet(dictDir: string, input: ReduceInput): RelatedWordsTable {
	const keyOf = lemmaKey(input);
	const known = input.prefixes;
	// Stemming every lemma of WordNet costs more than the rest together; a corpus term's first letters rule most out.
	const mayBeCorpusWord = (lemma: string) =>
		lemma.split('_').every((w) => STOP_PREFIX.test(w) || known.has(w.slice(0, PREFIX_LENGTH)));
	// 1. Synsets that carry a corpus word (in one of its first senses), and the corpus terms they stand for.
	const corpusSynsets = new Map<string, string[][]>();
	const corpusLemmas = new Set<string>();
	for (const [file, letter] of PARTS) {
		forEachIndexLine(dictDir, file, mayBeCorpusWord, (lemma, offsets) => {
			const key = keyOf(lemma, (t) => input.hasTerm(t));
			if (key === undefined) return;
			corpusLemmas.add(lemma);
			for (const offset of offsets.slice(0, MAX_SENSES)) {
				const id = `${letter}${offset}`;
				const groups = corpusSynsets.get(id) ?? [];
				if (!groups.some((g) => g.join(' ') === key.join(' '))) groups.push(key);
				corpusSynsets.set(id, groups);
			}
		});
	}
	// 2. Their lemmas and neighbours: candidate reader words with the relation that links them to the corpus.
	const data = new DataFiles(dictDir);
	const candidates = new Map<string, { synset: string; relation: Relation; groups: string[][] }[]>();
	const add = (lemma: string, synset: string, relation: Relation, groups: string[][]) => {
		const list = candidates.get(lemma) ?? [];
		list.push({ synset, relation, groups });
		candidates.set(lemma, list);
	};
	try {
		for (const [id, groups] of corpusSynsets) {
			const synset = data.read(id);
			if (!synset) continue;
			for (const lemma of synset.lemmas) add(lemma, id, 'match', groups);
			for (const pointer of synset.pointers) {
				const target = `${pointer.part}${pointer.offset}`;
				const relation = relationOf(pointer.symbol);
				if (relation === undefined) continue;
				// A derived form belongs to one word of the synset: it must be the corpus's word.
				const source = pointer.source > 0 ? synset.lemmas[pointer.source - 1]?.toLowerCase() : undefined;
				if (relation === 'match' && (source === undefined || !corpusLemmas.has(source))) continue;
				const neighbour = data.read(target);
				if (!neighbour) continue;
				let lemmas =
					pointer.target > 0 ? [neighbour.lemmas[pointer.target - 1] ?? ''].filter(Boolean) : neighbour.lemmas;
				// Derived forms count when they are the same word's family (peacekeeper, peacekeeping), not a gloss's.
				if (relation === 'match') lemmas = lemmas.filter((l) => sameFamily(l, source ?? ''));
				for (const lemma of lemmas) add(lemma, target, relation, groups);
			}
		}
	} finally {
		data.close();
	}
	// 3. Keep a candidate only where the linked synset is one of the reader word's first senses.
	const table: RelatedWordsTable = { match: {}, related: {} };
	// Data files keep capitals ("Charter"), index files do not.
	const byLower = new Map<string, { synset: string; relation: Relation; groups: string[][] }[]>();
	for (const [lemma, list] of candidates)
		byLower.set(lemma.toLowerCase(), [...(byLower.get(lemma.toLowerCase()) ?? []), ...list]);
	for (const [file, letter] of PARTS) {
		forEachIndexLine(
			dictDir,
			file,
			(lemma) => byLower.has(lemma),
			(lemma, offsets) => {
				const found = byLower.get(lemma) ?? [];
				const key = keyOf(lemma, () => true);
				if (key === undefined) return;
				for (const candidate of found) {
					const rank = offsets.findIndex((o) => `${letter}${o}` === candidate.synset);
					if (rank < 0) continue;
					const relation = candidate.relation;
					const limit = relation === 'narrower' ? MAX_NARROWER_SENSES : MAX_READER_SENSES;
					const kind = rank < limit && relation !== 'related' ? 'match' : 'related';
					for (const group of candidate.groups) addEntry(table[kind], key.join(' '), group);
				}
			},
		);
	}
	// A word that matches needs no looser link to the same terms.
	for (const [key, groups] of Object.entries(table.related)) {
		const matched = new Set((Object.hasOwn(table.match, key) ? (table.match[key] ?? []) : []).map((g) => g.join(' ')));
		const rest = groups.filter((g) => !matched.has(g.join(' ')));
		if (rest.length === 0) delete table.related[key];
		else table.related[key] = rest;
	}
	return table;
}

/** How a WordNet pointer links a reader's word (the target) to the corpus word (the source). */
function relationOf(symbol: string): Relation | undefined {
	if (symbol === '+' || symbol === '\\') return 'match';
	// The target is a kind of what the text names: a reader who says "nuclear weapon" means the text's WMD.
	if (symbol === '~' || symbol === '~i') return 'narrower';
	if (symbol === '@' || symbol === '@i' || symbol === '&' || symbol === '^') return 'related';
	return undefined;
}

/** Words of one family share their first letters ("discriminate", "discrimination"). */
const FAMILY_PREFIX = 4;
const sameFamily = (a: string, b: string) =>
	a.length >= FAMILY_PREFIX && a.slice(0, FAMILY_PREFIX).toLowerCase() === b.slice(0, FAMILY_PREFIX).toLowerCase();

function addEntry(side: Record<string, string[][]>, key: string, group: string[]): void {
	if (group.join(' ') === key) return;
	const groups = Object.hasOwn(side, key) ? (side[key] ?? []) : (side[key] = []);
	if (!groups.some((g) => g.join(' ') === group.join(' '))) groups.push(group);
}

/** A lemma's index terms (`weapon_of_mass_destruction` → weapon, mass, destruct), if every one passes `accept`. */
function lemmaKey(input: ReduceInput) {
	return (lemma: string, accept: (term: string) => boolean): string[] | undefined => {
		const words = lemma
			.toLowerCase()
			.split(/[_\s]+/)
			.filter(Boolean);
		// Letters only: WordNet's "a-bomb", "9/11" or "w.m.d." say nothing a reader's letters would not.
		if (words.length === 0 || words.length > 4 || words.some((w) => !/^[a-z]+(?:-[a-z]+)*$/.test(w))) return undefined;
		const terms: string[] = [];
		for (const word of words) {
			const term = input.term(word);
			if (term === null) continue;
			if (!accept(term)) return undefined;
			terms.push(term);
		}
		return terms.length > 0 ? terms : undefined;
	};
}

/** Calls `visit` for each lemma line of an index file: the lemma and its synset offsets, most frequent sense first. */
function forEachIndexLine(
	dictDir: string,
	file: string,
	wanted: (lemma: string) => boolean,
	visit: (lemma: string, offsets: string[]) => void,
): void {
	const text = readIndexFile(join(dictDir, `index.${file}`));
	let at = 0;
	while (at < text.length) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const lemma = text.slice(at, text.indexOf(' ', at));
		// The licence header's lines start with spaces; most lemmas are ruled out before the line is split.
		if (text.charCodeAt(at) !== 32 && wanted(lemma)) {
			const fields = text.slice(at, end).trimEnd().split(' ');
			const pointerCount = Number(fields[3]);
			const senseCount = Number(fields[2]);
			const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
			visit(lemma, offsets);
		}
		at = end + 1;
	}
}

/** One index file's text, read when needed and dropped after: the reduction keeps only what it found. */
function readIndexFile(path: string): string {
	try {
		return readFileSync(path, 'latin1');
	} catch (error) {
		throw new Error(`search: cannot read the WordNet file ${path}: ${(error as Error).message}`);
	}
}

/** Random access to WordNet's data files by synset offset, reading one line at a time. */
class DataFiles {
	readonly #fds = new Map<string, number>();
	readonly #cache = new Map<string, Synset | undefined>();
	readonly #buffer = Buffer.alloc(1024);

	constructor(readonly dictDir: string) {}

	read(id: string): Synset | undefined {
		if (this.#cache.has(id)) return this.#cache.get(id);
		const part = PARTS.find(([, letter]) => letter === id[0] || (id[0] === 's' && letter === 'a'));
		const synset = part ? this.#parse(this.#line(part[0], Number.parseInt(id.slice(1), 10))) : undefined;
		this.#cache.set(id, synset);
		return synset;
	}

	#line(file: string, offset: number): string {
		let fd = this.#fds.get(file);
		if (fd === undefined) {
			fd = openSync(join(this.dictDir, `data.${file}`), 'r');
			this.#fds.set(file, fd);
		}
		let text = '';
		for (let position = offset; ; position += this.#buffer.length) {
			const read = readSync(fd, this.#buffer, 0, this.#buffer.length, position);
			const chunk = this.#buffer.toString('latin1', 0, read);
			const end = chunk.indexOf('\n');
			if (end >= 0 || read < this.#buffer.length) return text + (end >= 0 ? chunk.slice(0, end) : chunk);
			text += chunk;
		}
	}

	#parse(line: string): Synset | undefined {
		const fields = line.split(' | ')[0]?.split(' ') ?? [];
		const wordCount = Number.parseInt(fields[3] ?? '0', 16);
		if (!Number.isFinite(wordCount) || wordCount === 0) return undefined;
		const lemmas = Array.from({ length: wordCount }, (_, i) => (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''));
		let at = 4 + wordCount * 2;
		const pointerCount = Number(fields[at]);
		at += 1;
		const pointers: Synset['pointers'] = [];
		for (let i = 0; i < pointerCount; i += 1, at += 4) {
			const st = fields[at + 3] ?? '0000';
			pointers.push({
				symbol: fields[at] ?? '',
				offset: fields[at + 1] ?? '',
				part: (fields[at + 2] ?? 'n').replace('s', 'a'),
				source: Number.parseInt(st.slice(0, 2), 16),
				target: Number.parseInt(st.slice(2), 16),
			});
		}
		return { lemmas, pointers };
	}

	close(): void {
		for (const fd of this.#fds.values()) closeSync(fd);
		this.#fds.clear();
	}
}
