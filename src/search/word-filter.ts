/**
 * A large set of words held small: a Bloom filter, plain JSON (the bits in base64) so it is cached with the index.
 * It may say yes for a word it was not given (about one in a hundred), never no for one it was.
 */
export interface WordFilter {
	/** How many bits each word sets. */
	hashes: number;
	/** The bits, base64. */
	bits: string;
}

/** The share of words not given that the filter takes for given ones. */
const FALSE_YES = 0.01;

/** FNV-1a over a word's UTF-16 code units, from `seed`. */
function fnv(word: string, seed: number): number {
	let hash = seed >>> 0;
	for (let i = 0; i < word.length; i += 1) {
		hash ^= word.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** The bit positions of a word: two hashes combined (Kirsch–Mitzenmacher), `hashes` of them. */
function positions(word: string, hashes: number, size: number, visit: (bit: number) => boolean): boolean {
	const a = fnv(word, 0x811c9dc5);
	const b = fnv(word, 0x9747b28c) | 1;
	for (let i = 0; i < hashes; i += 1) if (!visit(((a + Math.imul(i, b)) >>> 0) % size)) return false;
	return true;
}

/** A filter of `words`, sized for them and for the share of words not given it may take for given ones. */
export function wordFilter(words: ReadonlySet<string>, falseYes = FALSE_YES): WordFilter {
	const n = Math.max(1, words.size);
	const size = Math.ceil((-n * Math.log(falseYes)) / Math.LN2 ** 2 / 8) * 8;
	const hashes = Math.max(1, Math.round((size / n) * Math.LN2));
	const bits = new Uint8Array(size / 8);
	for (const word of words) {
		positions(word, hashes, size, (bit) => {
			bits[bit >>> 3] = (bits[bit >>> 3] ?? 0) | (1 << (bit & 7));
			return true;
		});
	}
	return { hashes, bits: Buffer.from(bits).toString('base64') };
}

/** Whether a word may be in the filter (see `WordFilter`). */
export function wordFilterHas(filter: WordFilter): (word: string) => boolean {
	const bits = new Uint8Array(Buffer.from(filter.bits, 'base64'));
	const size = bits.length * 8;
	if (size === 0) return () => false;
	return (word) => positions(word, filter.hashes, size, (bit) => ((bits[bit >>> 3] ?? 0) & (1 << (bit & 7))) !== 0);
}
