import { decodeSections, encodeSections, type Section } from '../cache/sections.ts';
import { Unusable } from '../cache/snapshot-file.ts';
import { paragraph } from './paragraph-record.ts';
import { sharedThemeLists } from './shared-theme-lists.ts';
import type { CorpusWarning, Paragraph } from './types.ts';

/**
 * How a corpus snapshot's body is laid out (see `corpus-snapshot.ts` for when it is used): a column per paragraph
 * field (number, section, the annex and printed number of a paragraph held under a shifted one, a mark of its own
 * (`1.1`, `(a)`), where its text stands in its file's text, its search text when it differs, its themes), the few
 * texts not found as they are in their files, and the warnings.
 *
 * Where a text stands is counted in the characters (UTF-16 code units) of its file decoded as a whole, not in bytes:
 * a load decodes each file once and takes each paragraph's text as a slice of it (which V8 keeps as a reference into
 * the file's string, not a copy), rather than decoding tens of thousands of byte ranges into strings of their own
 * that the garbage collector must then copy out of the young generation.
 */

/** What loading derives from one document's text: its preamble and its paragraphs, as the corpus holds them. */
export interface DerivedDocument {
	preamble: string | null;
	paragraphs: Paragraph[];
}

/** What loading derives from the files (before the checks of the whole corpus, made again each time). */
export interface Derived {
	documents: DerivedDocument[];
	/** The numbering and missing-theme warnings, in the order loading found them. */
	warnings: CorpusWarning[];
}

/** A text not found in its file's bytes: stored in the snapshot (`literals`), numbered from -1 down. */
const literal = (i: number) => -1 - i;

/**
 * The snapshot's body. `sources` are the documents' text files as read (bytes), in the order of `derived.documents`;
 * `themeIds` every theme of the theme file, in its order.
 */
export function encodeDerived(derived: Derived, sources: readonly Buffer[], themeIds: readonly string[]): Buffer {
	const paragraphs = derived.documents.flatMap((d) => d.paragraphs);
	const count = paragraphs.length;
	const numbers = new Float64Array(count);
	const sectionOf = new Int32Array(count);
	// -1 for a paragraph the document numbers as the corpus holds it; else its annex's line (in `annexes`).
	const annexOf = new Int32Array(count).fill(-1);
	const printedNumbers = new Float64Array(count);
	const annexes: string[] = [];
	// -1 for a paragraph numbered by a whole number; else its own mark (`1.1`, `(a)`) in `ownMarks`.
	const ownMarkOf = new Int32Array(count).fill(-1);
	const ownMarks: string[] = [];
	// -1 for a mark printed once; else the part that tells a repeated one apart (`Section II`) in `markParts`.
	const markPartOf = new Int32Array(count).fill(-1);
	const markParts: string[] = [];
	const textFrom = new Int32Array(count);
	const textTo = new Int32Array(count);
	const searchTextOf = new Int32Array(count);
	const themeStarts = new Int32Array(count + 1);
	const themeNumbers: number[] = [];
	const headings: string[] = [];
	const headingNumbers = new Map<string, number>();
	const literals: string[] = [];
	const searchTexts: string[] = [];
	const themeNumberOf = new Map(themeIds.map((id, i) => [id, i]));
	let at = 0;
	derived.documents.forEach((document, d) => {
		const finder = textFinder((sources[d] ?? Buffer.alloc(0)).toString('utf8'));
		for (const p of document.paragraphs) {
			numbers[at] = p.number;
			if (p.section === null) sectionOf[at] = -1;
			else {
				let heading = headingNumbers.get(p.section);
				if (heading === undefined) headingNumbers.set(p.section, (heading = headings.push(p.section) - 1));
				sectionOf[at] = heading;
			}
			if (p.inAnnex) {
				const known = annexes.indexOf(p.inAnnex.annex);
				annexOf[at] = known >= 0 ? known : annexes.push(p.inAnnex.annex) - 1;
				printedNumbers[at] = p.inAnnex.number;
			}
			if (p.ownMark !== undefined) ownMarkOf[at] = ownMarks.push(p.ownMark) - 1;
			if (p.markPart !== undefined) markPartOf[at] = markParts.push(p.markPart) - 1;
			const found = finder(p.text);
			if (found) [textFrom[at], textTo[at]] = found;
			else textFrom[at] = literal(literals.push(p.text) - 1);
			searchTextOf[at] = p.searchText === p.text ? -1 : searchTexts.push(p.searchText) - 1;
			for (const theme of p.themes) {
				const number = themeNumberOf.get(theme);
				if (number === undefined) throw new Error(`corpus: snapshot: "${theme}" is not a theme`);
				themeNumbers.push(number);
			}
			themeStarts[at + 1] = themeNumbers.length;
			at += 1;
		}
	});
	const sections: Record<string, Section> = {
		numbers: { kind: 'f64', data: numbers },
		sectionOf: { kind: 'i32', data: sectionOf },
		annexOf: { kind: 'i32', data: annexOf },
		printedNumbers: { kind: 'f64', data: printedNumbers },
		annexes: { kind: 'texts', data: annexes },
		ownMarkOf: { kind: 'i32', data: ownMarkOf },
		ownMarks: { kind: 'texts', data: ownMarks },
		markPartOf: { kind: 'i32', data: markPartOf },
		markParts: { kind: 'texts', data: markParts },
		textFrom: { kind: 'i32', data: textFrom },
		textTo: { kind: 'i32', data: textTo },
		searchTextOf: { kind: 'i32', data: searchTextOf },
		themeStarts: { kind: 'i32', data: themeStarts },
		themeNumbers: { kind: 'i32', data: Int32Array.from(themeNumbers) },
		headings: { kind: 'texts', data: headings },
		literals: { kind: 'texts', data: literals },
		searchTexts: { kind: 'texts', data: searchTexts },
	};
	const meta = {
		documents: derived.documents.map((d) => ({ preamble: d.preamble, paragraphs: d.paragraphs.length })),
		warnings: derived.warnings,
	};
	return encodeSections(meta, sections);
}

/**
 * Where each paragraph's text stands in its file's text (the file's bytes decoded as UTF-8, as the parser read them),
 * searched from the end of the previous one (paragraphs come in file order): [start, end) in UTF-16 code units, or
 * undefined when the text is not there as it is (joined lines).
 */
function textFinder(file: string): (text: string) => [number, number] | undefined {
	let from = 0;
	return (text) => {
		if (text.length === 0) return undefined;
		const start = file.indexOf(text, from);
		if (start < 0) return undefined;
		from = start + text.length;
		return [start, from];
	};
}

const corrupt = (detail: string) => new Unusable('corrupt', `not a corpus snapshot: ${detail}`);

interface Meta {
	documents: { preamble: string | null; paragraphs: number }[];
	warnings: CorpusWarning[];
}

function isMeta(value: unknown): value is Meta {
	const meta = value as Partial<Meta> | null;
	return (
		typeof meta === 'object' &&
		meta !== null &&
		Array.isArray(meta.documents) &&
		meta.documents.every(
			(d) =>
				typeof d === 'object' &&
				d !== null &&
				(d.preamble === null || typeof d.preamble === 'string') &&
				Number.isInteger(d.paragraphs) &&
				d.paragraphs >= 0,
		) &&
		Array.isArray(meta.warnings) &&
		meta.warnings.every((w) => typeof w === 'object' && w !== null && typeof w.message === 'string')
	);
}

/**
 * Reads a body written by `encodeDerived` for these sources (of the documents named `slugs`) and themes; anything else
 * is `Unusable` (corrupt).
 */
export function decodeDerived(
	body: Buffer,
	slugs: readonly string[],
	sources: readonly Buffer[],
	themeIds: readonly string[],
): Derived {
	const sections = decodeSections(body);
	const meta = sections.meta;
	if (!isMeta(meta) || meta.documents.length !== sources.length) throw corrupt('unreadable values');
	const numbers = sections.f64('numbers');
	const sectionOf = sections.i32('sectionOf');
	const annexOf = sections.i32('annexOf');
	const printedNumbers = sections.f64('printedNumbers');
	const annexes = sections.texts('annexes');
	const ownMarkOf = sections.i32('ownMarkOf');
	const ownMarks = sections.texts('ownMarks');
	const markPartOf = sections.i32('markPartOf');
	const markParts = sections.texts('markParts');
	const textFrom = sections.i32('textFrom');
	const textTo = sections.i32('textTo');
	const searchTextOf = sections.i32('searchTextOf');
	const themeStarts = sections.i32('themeStarts');
	const themeNumbers = sections.i32('themeNumbers');
	const headings = sections.texts('headings');
	const literals = sections.texts('literals');
	const searchTexts = sections.texts('searchTexts');
	const count = meta.documents.reduce((sum, d) => sum + d.paragraphs, 0);
	const columns = [numbers, sectionOf, annexOf, printedNumbers, ownMarkOf, markPartOf, textFrom, textTo, searchTextOf];
	if (columns.some((c) => c.length !== count) || themeStarts.length !== count + 1)
		throw corrupt('the paragraphs do not fit together');
	// Paragraphs with the same themes share one list (see `shared-theme-lists.ts`).
	const themesAt = sharedThemeLists(themeStarts, themeNumbers, themeIds, corrupt);
	let at = 0;
	const documents = meta.documents.map((d, i): DerivedDocument => {
		// Decoded once: each paragraph's text is a slice of it (see the top of this file).
		const file = d.paragraphs > 0 ? (sources[i] as Buffer).toString('utf8') : '';
		const slug = slugs[i] as string;
		const paragraphs: Paragraph[] = [];
		for (let n = 0; n < d.paragraphs; n += 1, at += 1) {
			const from = textFrom[at] ?? 0;
			const to = textTo[at] ?? 0;
			if (from >= 0 && (to < from || to > file.length)) throw corrupt('a text outside its file');
			const text = from >= 0 ? file.slice(from, to) : literals[literal(from)];
			const search = searchTextOf[at] ?? -1;
			const searchText = search < 0 ? text : searchTexts[search];
			const heading = sectionOf[at] ?? -1;
			const section = heading < 0 ? null : headings[heading];
			const number = numbers[at] as number;
			if (text === undefined || searchText === undefined || section === undefined || !Number.isFinite(number))
				throw corrupt('a paragraph out of range');
			const annexAt = annexOf[at] ?? -1;
			const annex = annexAt < 0 ? undefined : annexes[annexAt];
			const printed = printedNumbers[at] as number;
			if (annexAt >= 0 && (annex === undefined || !Number.isInteger(printed))) throw corrupt('an annex out of range');
			const inAnnex = annex === undefined ? undefined : { annex, number: printed };
			const markAt = ownMarkOf[at] ?? -1;
			const ownMark = markAt < 0 ? undefined : ownMarks[markAt];
			if (markAt >= 0 && ownMark === undefined) throw corrupt('a mark out of range');
			const partAt = markPartOf[at] ?? -1;
			const markPart = partAt < 0 ? undefined : markParts[partAt];
			if (partAt >= 0 && markPart === undefined) throw corrupt('a mark out of range');
			paragraphs.push(paragraph(slug, number, section, text, searchText, themesAt(at), at, inAnnex, ownMark, markPart));
		}
		return { preamble: d.preamble, paragraphs };
	});
	return { documents, warnings: meta.warnings };
}
