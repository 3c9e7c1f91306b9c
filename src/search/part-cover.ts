import { mayNameDocument, type DocumentContext } from './document-context.ts';
import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import { partSpread } from './part-spread.ts';
import type { QueryUnit } from './query-unit.ts';

/** A part found only through the curated table counts this much of one found as typed, when the text has both. */
export const TABLE_PART = 0.5;
/**
 * With word vectors to check it, a part found only through a same-sense word of the lexical resource counts this much
 * toward the order (a narrower word less), until the vectors say how close the paragraph comes (see `softCoverage`).
 */
export const SAME_SENSE_PART = 0.75;
export const NARROWER_PART = 0.25;
/**
 * A part a paragraph names only as an item of an enumeration counts this much (see `listedParts`): ¶1 of SG/2084 lists
 * the meeting's agenda, and `hunger and want as dangers` is about ¶7's "poverty and deprivation … threats", not ¶1's
 * list with "poverty" in it. At 0.5, seed dev's R@1 rose from .883 to .888 and no table's R@3 fell; at 0.25, no more.
 */
const LISTED_PART = 0.5;
/** An acronym as typed (`EU`, `NATO`, `NGOs`): its expansions are its name written out. */
const ACRONYM = /^\p{Lu}{2,6}s?$/u;

/**
 * How much of each of a query's parts a row of its matches has, toward the order of the matches (see `rank`): in the
 * reader's own words, through the curated table, through the lexical resource's words, or in its document's metadata.
 */
export class PartCover {
	/** Per unit, the reader's own words (typed, corrected or completed) and the curated table's, as masks in the text. */
	readonly #direct: Uint32Array[];
	readonly #table: Uint32Array[];
	/** Per unit, same-sense and narrower words of the lexical resource: counted only with vectors to check them. */
	readonly #related: Uint32Array[];
	readonly #narrower: Uint32Array[];
	/** Per unit, how much a part found through the curated table counts (see `TABLE_PART`). */
	readonly tableCounts: number[];
	/** Per unit, how much it weighs by its rarity (see `partSpread`). */
	readonly weights: number[];
	/** Per unit, the documents whose metadata names it ("the sixth meeting" is A/60/341), or whose text alone writes it. */
	readonly #contextDocs: Set<string>[];
	/** Whether any document is so named: most queries name none, and a row's paragraph is then not read for it. */
	readonly #named: boolean;
	/** Per paragraph read for enumerations, which parts it names only as an item of one (see `markListed`). */
	readonly #listed = new Map<number, boolean[]>();
	/** Per unit, the terms through which a paragraph has it in the reader's words or the table's. */
	readonly ownTerms: string[][];

	constructor(
		readonly matches: MatchSet,
		rows: ArrayLike<number>,
		readonly units: readonly QueryUnit[],
		readonly columns: ParagraphColumns,
		textField: number,
		context: DocumentContext | undefined,
		withRelated: boolean,
	) {
		const mask = (terms: string[]) => matches.layout.mask(terms, textField);
		const typed = units.map((u) => [...u.literal.flat(), ...u.typos.map((t) => t.term), ...u.completions]);
		this.#direct = typed.map(mask);
		this.#table = units.map((u) => mask(u.expansions.flat()));
		this.ownTerms = units.map((u, at) => [...(typed[at] ?? []), ...u.expansions.flat()]);
		this.#related = units.map((u) => mask(withRelated ? u.related.flat() : []));
		this.#narrower = units.map((u) => mask(withRelated ? u.narrower.flat() : []));
		// Where the text has the reader's own word, a paragraph with it comes before one with only the table's meaning
		// ("drugs" before "organized crime"); where it does not ("kids"), the meaning is the reader's word. An acronym's
		// name written out ("European Union" for `EU`) is the same thing, not a meaning of it: it counts whole.
		this.tableCounts = this.#direct.map((direct, unit) => {
			if (ACRONYM.test(units[unit]?.typed ?? '')) return 1;
			for (let i = 0; i < rows.length; i += 1) if (matches.intersects(rows[i] ?? 0, direct)) return TABLE_PART;
			return 1;
		});
		const named = units.map((u) => namedBy(u, context));
		const total = columns.paragraphs.length;
		const spread = partSpread(
			units,
			matches,
			columns,
			this.#direct,
			total,
			named.map((docs) => docs.length > 0),
		);
		const { weights, namedInText } = spread;
		this.weights = weights;
		this.#contextDocs = units.map(
			(u, at) =>
				new Set([
					...u.literal.flatMap((group) => context?.naming(group) ?? []),
					...(namedInText[at] ?? []),
					...onlyWhere(named[at] ?? [], spread.writtenIn[at], context),
				]),
		);
		this.#named = this.#contextDocs.some((docs) => docs.size > 0);
	}

	/** Whether a part is named by the metadata of the paragraph's document (see `#contextDocs`). */
	inDocument(docId: number, unit: number): boolean {
		return this.#named && (this.#contextDocs[unit]?.has(this.columns.paragraphs[docId]?.document ?? '') ?? false);
	}

	/** How much of one part a row has in the reader's own words (typed, corrected, completed, or the table's). */
	found(row: number, docId: number, unit: number): number {
		if (this.matches.intersects(row, this.#direct[unit] as Uint32Array)) return 1;
		if (this.matches.intersects(row, this.#table[unit] as Uint32Array)) return this.tableCounts[unit] ?? 1;
		return this.inDocument(docId, unit) ? 1 : 0;
	}

	/** As `found`, less for a part the paragraph only lists (see `markListed`). */
	part(row: number, docId: number, unit: number): number {
		const found = this.found(row, docId, unit);
		return found > 0 && this.#listed.get(docId)?.[unit] ? found * LISTED_PART : found;
	}

	/** How much a part the row does not have in the reader's words counts through the lexical resource's words. */
	linked(row: number, unit: number): number {
		if (this.matches.intersects(row, this.#related[unit] as Uint32Array)) return SAME_SENSE_PART;
		return this.matches.intersects(row, this.#narrower[unit] as Uint32Array) ? NARROWER_PART : 0;
	}

	/** A row's count of parts toward the order, each by its weight. */
	cover(row: number, docId: number): number {
		let cover = 0;
		for (let unit = 0; unit < this.units.length; unit += 1) {
			const part = this.part(row, docId, unit);
			cover += (part > 0 ? part : this.linked(row, unit)) * (this.weights[unit] ?? 1);
		}
		return cover;
	}

	/** Records which parts a paragraph names only as items of an enumeration (see `listedParts`). */
	markListed(docId: number, parts: boolean[]): void {
		this.#listed.set(docId, parts);
	}
}

/**
 * The documents a unit names by a name their title, symbol or publisher gives them (see `documentContext`): "what did CHOGM say
 * about climate" asks for the climate paragraph of the CHOGM communiqué, which need not write "CHOGM" itself; every
 * paragraph of that document has the part, as its title would lend it. An acronym or a name with a digit, as typed
 * or in lower case ("chogm").
 */
function namedBy(unit: QueryUnit, context: DocumentContext | undefined): readonly string[] {
	if (!context || !mayNameDocument(unit.typed)) return [];
	return unit.literal.flatMap((group) => (group.length === 1 ? context.named(group[0] ?? '') : []));
}

/**
 * The named documents (see `namedBy`), when no other document's matched paragraphs write the name (`writtenIn`) and
 * some document is left out: the UN of "Meeting between UN and Regional Organizations" is what every document of the
 * corpus speaks of, not whose words are asked for.
 */
function onlyWhere(
	named: readonly string[],
	writtenIn: ReadonlySet<string> | undefined,
	context: DocumentContext | undefined,
): readonly string[] {
	if (named.length === 0 || named.length >= (context?.size ?? 0)) return [];
	return [...(writtenIn ?? [])].every((document) => named.includes(document)) ? named : [];
}
