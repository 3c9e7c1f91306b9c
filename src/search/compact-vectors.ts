/**
 * The compact word-vectors file (read by `WordVectors`) from the embeddings package's data: the `keep` most frequent
 * plain lower-case words (punctuation, numbers and capitalised names are no reader's paraphrase).
 *
 * The file: "EMB1", then u32 little-endian count, dimensions and the byte length of the word list; the words sorted
 * by UTF-8 bytes and joined by "\n"; u32 offset of each word in that list; u32 frequency rank of each word; then one
 * int8 vector per word (unit length, scaled by 127), in sorted order.
 */
export interface WinkEmbeddings {
	dimensions: number;
	/** Every word, most frequent first. */
	words: string[];
	/** Each word's vector (the package appends its norm and index after the dimensions). */
	vectors: Record<string, number[]>;
}

export function compactVectors(data: WinkEmbeddings, keep: number): Buffer {
	const dims = data.dimensions;
	const ranked = data.words
		.map((word, rank) => ({ word, rank }))
		.filter((w) => /^\p{Ll}[\p{Ll}'-]*$/u.test(w.word) && data.vectors[w.word] !== undefined)
		.slice(0, keep)
		.sort((a, b) => Buffer.compare(Buffer.from(a.word), Buffer.from(b.word)));
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
	return Buffer.concat([header, blob, offsets, ranks, vectors]);
}
