import { renameSync, writeFileSync, readFileSync } from 'node:fs';

/**
 * Run as a child process (see `embeddings.ts`): converts the word-embeddings package's JSON (hundreds of megabytes,
 * about a gigabyte once parsed) into the compact file search reads, so the big parse never sits in the bot's heap.
 * Arguments: the package's JSON file, the file to write, how many of the most frequent words to keep.
 *
 * The file: "EMB1", then u32 little-endian count, dimensions and the byte length of the word list; the words sorted
 * and joined by "\n"; u32 offset of each word in that list; u32 frequency rank of each word; then one int8 vector per
 * word (unit length, scaled by 127), in sorted order. Written to a temporary name and renamed, so a reader never sees
 * half a file.
 */
interface WinkEmbeddings {
	dimensions: number;
	words: string[];
	vectors: Record<string, number[]>;
}

const [source, target, keepArg] = process.argv.slice(2);
if (source === undefined || target === undefined) throw new Error('usage: embeddings-convert <json> <target> [keep]');
const keep = Number(keepArg ?? 150_000);
const data = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
const dims = data.dimensions;
// Only plain lower-case words: punctuation, numbers and names with capitals are no reader's paraphrase.
const ranked = data.words
	.map((word, rank) => ({ word, rank }))
	.filter((w) => /^\p{Ll}[\p{Ll}'-]*$/u.test(w.word) && data.vectors[w.word] !== undefined)
	.slice(0, keep);
// Sorted by UTF-8 bytes, the order the reader's binary search compares in.
ranked.sort((a, b) => Buffer.compare(Buffer.from(a.word), Buffer.from(b.word)));
const blob = Buffer.from(ranked.map((w) => w.word).join('\n'), 'utf8');
const header = Buffer.alloc(16);
header.write('EMB1', 0, 'latin1');
header.writeUInt32LE(ranked.length, 4);
header.writeUInt32LE(dims, 8);
header.writeUInt32LE(blob.length, 12);
const offsets = Buffer.alloc(ranked.length * 4);
const ranks = Buffer.alloc(ranked.length * 4);
const vectors = Buffer.alloc(ranked.length * dims);
let offset = 0;
ranked.forEach((w, i) => {
	offsets.writeUInt32LE(offset, i * 4);
	offset += Buffer.byteLength(w.word, 'utf8') + 1;
	ranks.writeUInt32LE(w.rank, i * 4);
	const v = (data.vectors[w.word] ?? []).slice(0, dims);
	const norm = Math.hypot(...v) || 1;
	for (let d = 0; d < dims; d += 1) vectors.writeInt8(Math.round(((v[d] ?? 0) / norm) * 127), i * dims + d);
});
const temporary = `${target}.${process.pid}.tmp`;
writeFileSync(temporary, Buffer.concat([header, blob, offsets, ranks, vectors]));
renameSync(temporary, target);
