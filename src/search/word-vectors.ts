import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { KeptAWhile } from '../cache/kept-a-while.ts';

/** From this many words on, `vectors` reads the whole vector part once instead of word by word. */
const ONE_PASS = 2000;

/**
 * The converted word vectors (see `embeddings-convert.ts`), read without loading them: the sorted word list and its
 * offsets stay in memory (a few megabytes), a word's vector is found by binary search and read from the file. Vectors
 * are unit length, scaled to int8, so a dot product over 127² is a cosine.
 */
/** The vectors list words by frequency: past this rank they are rare words, names, or misspellings ("durg"). */
const ENGLISH_RANK = 30_000;
/**
 * The thousand commonest words of English ("place", "getting", "along") are typed as meant: a typo makes a rarer word
 * or none, and taking one for a slip of a word of the text ("place": peace, "along": among) finds what was not asked
 * and bolds it. Measured at 1,000: dev up one query, seed dev down one (a paraphrase found only through "getting" read
 * as "setting"); at 3,000 the published blind table lost 2.6 points, corrections of common words it needs.
 */
const COMMONEST_RANK = 1_000;

/** Vectors read for many words at a time (`keptReader`), by file: the same words are asked about for every corpus. */
const keptReads = new KeptAWhile<Map<string, Int8Array | undefined>>(() => new Map());

export class WordVectors {
	readonly dimensions: number;
	/** The file, its size and when it was written: what a vector read from it was read from. */
	readonly #source: string;
	readonly #fd: number;
	readonly #words: Buffer;
	readonly #offsets: Uint32Array;
	readonly #ranks: Uint32Array;
	readonly #vectorsAt: number;

	private constructor(fd: number, file: string) {
		this.#fd = fd;
		const { size, mtimeMs } = fstatSync(fd);
		this.#source = `${file}\0${size}\0${mtimeMs}`;
		const header = Buffer.alloc(16);
		readSync(fd, header, 0, 16, 0);
		if (header.toString('latin1', 0, 4) !== 'EMB1') throw new Error('word vectors: not a converted vectors file');
		const count = header.readUInt32LE(4);
		this.dimensions = header.readUInt32LE(8);
		const wordBytes = header.readUInt32LE(12);
		this.#words = Buffer.alloc(wordBytes);
		readSync(fd, this.#words, 0, wordBytes, 16);
		const tables = Buffer.alloc(count * 8);
		readSync(fd, tables, 0, count * 8, 16 + wordBytes);
		this.#offsets = new Uint32Array(count);
		this.#ranks = new Uint32Array(count);
		for (let i = 0; i < count; i += 1) {
			this.#offsets[i] = tables.readUInt32LE(i * 4);
			this.#ranks[i] = tables.readUInt32LE((count + i) * 4);
		}
		this.#vectorsAt = 16 + wordBytes + count * 8;
	}

	/** The vectors of a converted file; undefined when it is missing or not one. */
	static open(file: string): WordVectors | undefined {
		let fd: number | undefined;
		try {
			fd = openSync(file, 'r');
			return new WordVectors(fd, file);
		} catch {
			if (fd !== undefined) closeSync(fd);
			return undefined;
		}
	}

	close(): void {
		closeSync(this.#fd);
	}

	/** Where a (lower-case) word stands in the sorted list, or -1. */
	#find(word: string): number {
		const key = Buffer.from(word, 'utf8');
		let low = 0;
		let high = this.#offsets.length - 1;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			const start = this.#offsets[middle] ?? 0;
			const end = middle + 1 < this.#offsets.length ? (this.#offsets[middle + 1] ?? 0) - 1 : this.#words.length;
			// Compared in place: a binary search over 150,000 words makes no view of each word it passes.
			const order = this.#words.compare(key, 0, key.length, start, end);
			if (order === 0) return middle;
			if (order < 0) low = middle + 1;
			else high = middle - 1;
		}
		return -1;
	}

	/**
	 * The words that begin with `prefix`, at most `max` of them (in the list's order): a word's other forms, which
	 * share its first letters ("smuggl": smuggle, smuggled, smuggling).
	 */
	wordsStartingWith(prefix: string, max: number): string[] {
		const key = Buffer.from(prefix, 'utf8');
		let low = 0;
		let high = this.#offsets.length;
		// The first word not before the prefix.
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.#words.compare(key, 0, key.length, this.#start(middle), this.#end(middle)) < 0) low = middle + 1;
			else high = middle;
		}
		const words: string[] = [];
		for (let at = low; at < this.#offsets.length && words.length < max; at += 1) {
			const word = this.#words.toString('utf8', this.#start(at), this.#end(at));
			if (!word.startsWith(prefix)) break;
			words.push(word);
		}
		return words;
	}

	#start(at: number): number {
		return this.#offsets[at] ?? 0;
	}

	#end(at: number): number {
		return at + 1 < this.#offsets.length ? (this.#offsets[at + 1] ?? 0) - 1 : this.#words.length;
	}

	/** A word's vector, or undefined when the vectors do not have it. */
	vector(word: string): Int8Array | undefined {
		const at = this.#find(word);
		if (at < 0) return undefined;
		const vector = new Int8Array(this.dimensions);
		readSync(this.#fd, vector, 0, this.dimensions, this.#vectorsAt + at * this.dimensions);
		return vector;
	}

	/**
	 * Reads words' vectors, as `vector`, for a reduction of the lexical resource that asks about thousands of words:
	 * each read from the file once and kept a while (see `KeptAWhile`), since the next corpus indexed asks about the
	 * same ones.
	 */
	keptReader(): (word: string) => Int8Array | undefined {
		const read = keptReads.get(this.#source);
		return (word) => {
			if (read.has(word)) return read.get(word);
			const vector = this.vector(word);
			read.set(word, vector);
			return vector;
		};
	}

	/**
	 * The vectors of many words at once: for a long list (a corpus's vocabulary) the vectors are read in one pass
	 * (a transient buffer of the file's vector part) rather than one read per word. Words the vectors lack are left out.
	 */
	vectors(words: Iterable<string>): Map<string, Int8Array> {
		const found = new Map<string, number>();
		for (const word of words) {
			const at = this.#find(word);
			if (at >= 0) found.set(word, at);
		}
		const result = new Map<string, Int8Array>();
		if (found.size < ONE_PASS) {
			for (const word of found.keys()) {
				const vector = this.vector(word);
				if (vector) result.set(word, vector);
			}
			return result;
		}
		const all = Buffer.alloc(this.#offsets.length * this.dimensions);
		readSync(this.#fd, all, 0, all.length, this.#vectorsAt);
		for (const [word, at] of found) {
			const start = at * this.dimensions;
			result.set(
				word,
				new Int8Array(all.buffer.slice(all.byteOffset + start, all.byteOffset + start + this.dimensions)),
			);
		}
		return result;
	}

	/** Whether a word is one of everyday English, among the vectors' most frequent (a misspelling is not). */
	isEnglish(word: string): boolean {
		return (this.rank(word.toLowerCase()) ?? Number.POSITIVE_INFINITY) <= ENGLISH_RANK;
	}

	/** Whether a word is among the commonest of English (see `COMMONEST_RANK`). */
	isCommonest(word: string): boolean {
		return (this.rank(word.toLowerCase()) ?? Number.POSITIVE_INFINITY) < COMMONEST_RANK;
	}

	/** How common a word is in the vectors' source text: 0 for the most frequent; undefined when unknown. */
	rank(word: string): number | undefined {
		const at = this.#find(word);
		return at < 0 ? undefined : this.#ranks[at];
	}
}

/** The cosine of two converted vectors. */
export function cosine(a: Int8Array, b: Int8Array): number {
	let dot = 0;
	for (let i = 0; i < a.length; i += 1) dot += (a[i] ?? 0) * (b[i] ?? 0);
	return dot / (127 * 127);
}
