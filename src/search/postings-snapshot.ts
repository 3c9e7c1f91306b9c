import { decodeSections, encodeSections, type Section } from '../cache/sections.ts';
import { Unusable } from '../cache/snapshot-file.ts';
import { CompactPostings, type Bm25, type PostingsParts } from './compact-postings.ts';

/**
 * The index's snapshot in binary (see `sections.ts`): the compact postings' typed arrays as they are, the terms and
 * the words the vocabulary learned as lists of strings. Loading it is a file read, a few string decodes and the
 * term map: no JSON to parse and no MiniSearch to rebuild, the bulk of a warm start at 30,000 paragraphs.
 */

/** A word the analyser turned into a term while indexing, in a field, and how many times: replayed on load. */
export type WordEntry = [word: string, term: string, field: string | undefined, count: number];

/** The plain values beside the sections. */
interface Meta {
	fieldIds: Record<string, number>;
	fields: string[];
	avgFieldLength: number[];
	documentCount: number;
	bm25: Bm25;
	/** Whether the short ids are the documents' own ids in order (then not stored twice), else the `ids` section. */
	idsOfDocuments: boolean;
	/** Short ids without a document (MiniSearch discarded them). */
	missingIds: number[];
}

const FIELD_NONE = -1;

/** The snapshot's body: the postings, and the words with their terms (by number) and fields. */
export function encodePostings(
	parts: PostingsParts,
	words: readonly WordEntry[],
	documentIds: readonly string[],
): Buffer {
	const termNumbers = new Map(parts.terms.map((term, number) => [term, number]));
	// A word's term is one of the index's terms; any other (none is expected) is listed apart, numbered from -1 down.
	const otherTerms: string[] = [];
	const wordTerms = new Int32Array(words.length);
	const wordFields = new Int32Array(words.length);
	const wordCounts = new Uint32Array(words.length);
	words.forEach(([, term, field, count], i) => {
		let number = termNumbers.get(term);
		if (number === undefined) {
			number = -1 - otherTerms.length;
			otherTerms.push(term);
			termNumbers.set(term, number);
		}
		wordTerms[i] = number;
		wordFields[i] = field === undefined ? FIELD_NONE : parts.fields.indexOf(field);
		if (wordFields[i] === FIELD_NONE && field !== undefined) throw new Error(`snapshot: "${field}" is not a field`);
		wordCounts[i] = count;
	});
	const idsOfDocuments = parts.ids.length === documentIds.length && parts.ids.every((id, i) => id === documentIds[i]);
	const meta: Meta = {
		fieldIds: { ...parts.fieldIds },
		fields: [...parts.fields],
		avgFieldLength: [...parts.avgFieldLength],
		documentCount: parts.documentCount,
		bm25: parts.bm25,
		idsOfDocuments,
		missingIds: parts.ids.flatMap((id, shortId) => (id === undefined ? [shortId] : [])),
	};
	const sections: Record<string, Section> = {
		terms: { kind: 'strings', data: parts.terms },
		starts: { kind: 'i32', data: parts.starts },
		docs: { kind: 'i32', data: parts.docs },
		freqs: { kind: 'u16', data: parts.freqs },
		words: { kind: 'strings', data: words.map(([word]) => word) },
		wordTerms: { kind: 'i32', data: wordTerms },
		wordFields: { kind: 'i32', data: wordFields },
		wordCounts: { kind: 'u32', data: wordCounts },
		otherTerms: { kind: 'strings', data: otherTerms },
	};
	parts.fieldLengths.forEach(
		(lengths, fieldId) => (sections[`fieldLength${fieldId}`] = { kind: 'u32', data: lengths }),
	);
	if (!idsOfDocuments) sections.ids = { kind: 'texts', data: parts.ids.map((id) => id ?? '') };
	return encodeSections(meta, sections);
}

const corrupt = (detail: string) => new Unusable('corrupt', `not an index snapshot: ${detail}`);

function isMeta(value: unknown): value is Meta {
	const meta = value as Partial<Meta> | null;
	return (
		typeof meta === 'object' &&
		meta !== null &&
		typeof meta.fieldIds === 'object' &&
		meta.fieldIds !== null &&
		Object.values(meta.fieldIds).every((id) => Number.isInteger(id) && id >= 0 && id < 64) &&
		Array.isArray(meta.fields) &&
		meta.fields.every((f) => typeof f === 'string') &&
		Array.isArray(meta.avgFieldLength) &&
		meta.avgFieldLength.every((n) => typeof n === 'number') &&
		Number.isInteger(meta.documentCount) &&
		typeof meta.bm25 === 'object' &&
		meta.bm25 !== null &&
		['k', 'b', 'd'].every((k) => typeof (meta.bm25 as unknown as Record<string, unknown>)[k] === 'number') &&
		typeof meta.idsOfDocuments === 'boolean' &&
		Array.isArray(meta.missingIds) &&
		meta.missingIds.every((n) => Number.isInteger(n))
	);
}

/**
 * Reads a body written by `encodePostings` against the documents it must index: the postings (checked to fit
 * together and to have one short id per document) and the words. Anything else is `Unusable` (corrupt).
 */
export function decodePostings(
	body: Buffer,
	documentIds: readonly string[],
): { postings: CompactPostings; words: SnapshotWords } {
	const sections = decodeSections(body);
	const meta = sections.meta;
	if (!isMeta(meta)) throw corrupt('unreadable values');
	const fieldCount = Math.max(0, ...Object.values(meta.fieldIds)) + 1;
	const ids: (string | undefined)[] = meta.idsOfDocuments ? [...documentIds] : sections.texts('ids');
	for (const shortId of meta.missingIds) if (shortId >= 0 && shortId < ids.length) ids[shortId] = undefined;
	if (meta.documentCount !== documentIds.length || ids.filter((id) => id !== undefined).length !== documentIds.length)
		throw corrupt(`${meta.documentCount} documents, ${documentIds.length} expected`);
	const terms = sections.strings('terms');
	let postings: CompactPostings;
	try {
		postings = new CompactPostings({
			terms,
			starts: sections.i32('starts'),
			docs: sections.i32('docs'),
			freqs: sections.u16('freqs'),
			fieldIds: meta.fieldIds,
			fields: meta.fields,
			fieldLengths: Array.from({ length: fieldCount }, (_, fieldId) => sections.u32(`fieldLength${fieldId}`)),
			avgFieldLength: meta.avgFieldLength,
			documentCount: meta.documentCount,
			ids,
			bm25: meta.bm25,
		});
	} catch (error) {
		if (error instanceof Unusable) throw error;
		throw corrupt(error instanceof Error ? error.message : String(error));
	}
	const words = new SnapshotWords(
		sections.strings('words'),
		terms,
		sections.strings('otherTerms'),
		meta.fields,
		sections.i32('wordTerms'),
		sections.i32('wordFields'),
		sections.u32('wordCounts'),
	);
	return { postings, words };
}

/** A snapshot's words, read in place from its columns: a replay need not make an array per word. */
export class SnapshotWords {
	constructor(
		private readonly forms: readonly string[],
		private readonly terms: readonly string[],
		private readonly otherTerms: readonly string[],
		private readonly fields: readonly string[],
		private readonly wordTerms: Int32Array,
		private readonly wordFields: Int32Array,
		private readonly wordCounts: Uint32Array,
	) {
		if (wordTerms.length !== forms.length || wordFields.length !== forms.length || wordCounts.length !== forms.length)
			throw corrupt('the words do not fit together');
		// Checked once here, so that a replay cannot stop half-way.
		for (let i = 0; i < forms.length; i += 1) {
			const number = wordTerms[i] ?? 0;
			const fieldNumber = wordFields[i] ?? FIELD_NONE;
			const known = number >= 0 ? number < terms.length : -1 - number < otherTerms.length;
			if (!known || fieldNumber < FIELD_NONE || fieldNumber >= fields.length || (wordCounts[i] ?? 0) < 1)
				throw corrupt(`the word "${forms[i]}" is not (word, term, field, count)`);
		}
	}

	get length(): number {
		return this.forms.length;
	}

	/** Calls `visit` with each word, its term, its field and its count, in the order they were recorded. */
	forEach(visit: (word: string, term: string, field: string | undefined, count: number) => void): void {
		this.forEvery(1, visit);
	}

	/** Like `forEach`, for every `step`-th word only (the first, the `step + 1`-th, …): a sample spread over the list. */
	forEvery(step: number, visit: (word: string, term: string, field: string | undefined, count: number) => void): void {
		const { forms, terms, otherTerms, fields, wordTerms, wordFields, wordCounts } = this;
		for (let i = 0; i < forms.length; i += Math.max(1, step)) {
			const number = wordTerms[i] as number;
			const fieldNumber = wordFields[i] as number;
			visit(
				forms[i] as string,
				(number >= 0 ? terms[number] : otherTerms[-1 - number]) as string,
				fieldNumber === FIELD_NONE ? undefined : fields[fieldNumber],
				wordCounts[i] as number,
			);
		}
	}

	/** The words as (word, term, field, count) entries. */
	entries(): WordEntry[] {
		const entries: WordEntry[] = [];
		this.forEach((word, term, field, count) => entries.push([word, term, field, count]));
		return entries;
	}
}
