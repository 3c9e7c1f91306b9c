import { dataText, indexLines, keptSynsets } from './wordnet-kept.ts';

/** How WordNet's files are read: index lines scanned, data lines fetched by their byte offset. */

/** WordNet's parts of speech, as its file names spell them, with the letter its pointers use. */
export const PARTS = [
	['noun', 'n'],
	['verb', 'v'],
	['adj', 'a'],
	['adv', 'r'],
] as const;

/** One synset as the reduction needs it. */
export interface Synset {
	/** Lemmas as written, underscores for spaces. */
	lemmas: string[];
	/** Pointers: symbol, target offset, target part of speech letter, source and target word numbers (0 = all). */
	pointers: { symbol: string; offset: string; part: string; source: number; target: number }[];
	/** The lexicographer file it comes from (its broad kind: 15 is places, `noun.location`). */
	lexFile: number;
}

/**
 * Calls `visit` for each lemma line of an index file: the lemma, its synset offsets (most frequent sense first) and
 * how many of its senses were seen in WordNet's sense-tagged texts (`tagsense_cnt`: how common the lemma is in this
 * part of speech).
 */
export function forEachIndexLine(
	dictDir: string,
	file: string,
	wanted: (lemma: string) => boolean,
	visit: (lemma: string, offsets: string[], tagged: number) => void,
): void {
	const { lemmas, line } = indexLines(dictDir, file);
	lemmas.forEach((lemma, i) => {
		// Most lemmas are ruled out before their line is split.
		if (!wanted(lemma)) return;
		const fields = line(i).trimEnd().split(' ');
		const pointerCount = Number(fields[3]);
		const senseCount = Number(fields[2]);
		const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount);
		visit(lemma, offsets, Number(fields[5 + pointerCount]) || 0);
	});
}

/** Random access to WordNet's data files by synset offset. */
export class DataFiles {
	/** Shared by every reader of the folder while WordNet is kept (see wordnet-kept.ts). */
	readonly #cache: Map<string, Synset | undefined>;

	constructor(readonly dictDir: string) {
		this.#cache = keptSynsets(dictDir);
	}

	read(id: string): Synset | undefined {
		if (this.#cache.has(id)) return this.#cache.get(id);
		const part = PARTS.find(([, letter]) => letter === id[0] || (id[0] === 's' && letter === 'a'));
		const synset = part ? this.#parse(this.#line(part[0], Number.parseInt(id.slice(1), 10))) : undefined;
		this.#cache.set(id, synset);
		return synset;
	}

	#line(file: string, offset: number): string {
		const text = dataText(this.dictDir, file);
		if (!(offset >= 0 && offset < text.length)) return '';
		const end = text.indexOf('\n', offset);
		return text.slice(offset, end < 0 ? text.length : end);
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
		return { lemmas, pointers, lexFile: Number.parseInt(fields[1] ?? '', 10) };
	}
}
