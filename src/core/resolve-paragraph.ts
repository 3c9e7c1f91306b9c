import { paragraphNumbers } from '../corpus/lookup.ts';
import { annexName } from '../corpus/paragraph-mark.ts';
import { TEXT_KINDS } from '../corpus/numbering.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';

export type ParagraphLookup =
	| { ok: true; paragraph: Paragraph }
	| { ok: false; reason: 'empty' | 'out-of-range' | 'needs-document' | 'not-found'; typed: string };

/** "SG/2084 ¶1–10, A/61/256 ¶12–14, 16–18": the paragraphs there are, for a reply to a number out of range. */
export function paragraphRanges(documents: readonly CorpusDocument[]): string {
	return documents.map((d) => `${d.symbol} ${paragraphNumbers(d)}`).join(', ');
}

/**
 * Reads a paragraph reference as people and Discord clients submit it: an id (`sg2084-3`, an autocomplete value),
 * a number (`3`, `¶3`: the number the corpus holds it under), a paragraph of an annex by its own number (`annex 1`,
 * `annex II ¶1`, `annex, ¶1`, as a citation names it), of a resolution's preamble (`preamble 3`) or of a resolution a
 * press release quotes (`resolution 1`), or a choice's name (`SG/2084 ¶3 · Terrorism — …`, `A/64/359 annex ¶1 · …`). The document is the given one, the one named by symbol, or the only one.
 */
export function resolveParagraph(corpus: Corpus, typed: string, document: CorpusDocument | undefined): ParagraphLookup {
	const text = typed.trim();
	// Nothing to look up: a missing option (a stale or hand-made interaction) or blank text (the console).
	if (text === '') return { ok: false, reason: 'empty', typed: text };
	const byId = corpus.paragraphById.get(text);
	if (byId && (!document || byId.document === document.slug)) return { ok: true, paragraph: byId };
	const named = corpus.documents.find((d) => text.startsWith(`${d.symbol} `));
	const rest = named ? text.slice(named.symbol.length + 1) : text;
	const inAnnex = ANNEX_REFERENCE.exec(rest);
	if (inAnnex) {
		const target = document ?? named ?? (corpus.documents.length === 1 ? corpus.documents[0] : undefined);
		if (!target) return { ok: false, reason: 'needs-document', typed: text };
		const paragraph = annexParagraph(target, inAnnex[1] ?? '', Number(inAnnex[2]));
		if (paragraph) return { ok: true, paragraph };
		// A kind of text (`declaration 2`) the document holds no part of: read on as a number, as before.
		const kind = annexName(inAnnex[1] ?? '').toLowerCase();
		const held = target.paragraphs.some((p) => p.inAnnex && annexName(p.inAnnex.annex).toLowerCase() === kind);
		if (held || !KIND_FIRST.test(rest)) return { ok: false, reason: 'out-of-range', typed: text };
	}
	// A mark of the document's own, as printed or cited: `1.1`, `¶2.3`, `(a)`, or first in a choice's name. In a
	// document that marks none so, "3.5" stays what it was: no paragraph reference.
	const own = OWN_MARK_REFERENCE.exec(rest)?.[1];
	const marked = document ?? named ?? (corpus.documents.length === 1 ? corpus.documents[0] : undefined);
	if (own !== undefined && (marked ?? corpus).paragraphs.some((p) => p.ownMark !== undefined)) {
		if (!marked) return { ok: false, reason: 'needs-document', typed: text };
		const paragraph = marked.paragraphs.find((p) => p.ownMark === own.toLowerCase());
		return paragraph ? { ok: true, paragraph } : { ok: false, reason: 'out-of-range', typed: text };
	}
	// A whole number, as typed ("3", "¶3", "3.") or first in a choice's name ("¶3 · Terrorism"): "3.5" is none.
	// (`(?:¶\s*)?`, not `¶?\s*`: two runs of blanks side by side made a long run of them cost quadratic time.)
	const number = /^(?:\S+\s+)?(?:¶\s*)?(\d+)\.?(?=$|\s)/u.exec(rest)?.[1];
	if (number === undefined) return { ok: false, reason: 'not-found', typed: text };
	const target = document ?? named ?? (corpus.documents.length === 1 ? corpus.documents[0] : undefined);
	if (!target) return { ok: false, reason: 'needs-document', typed: text };
	const paragraph = corpus.paragraphById.get(`${target.slug}-${Number(number)}`);
	return paragraph ? { ok: true, paragraph } : { ok: false, reason: 'out-of-range', typed: text };
}

/** `1.1`, `¶2.3`, `(a)`, `¶(b)`: a paragraph numbered within its section, or lettered, as the document marks it. */
const OWN_MARK_REFERENCE = /^(?:\S+\s+)?(?:¶\s*)?(\d{1,3}\.\d{1,3}|\([a-zA-Z]\))\.?(?=$|\s)/u;

/**
 * `annex 1`, `Annex II ¶1`, `annex, ¶1`, `appendix A 2`, `preamble 3`, `resolution 1`: the annex (or a resolution's
 * preamble, or a quoted resolution) as named (word and designator) and its own number.
 */
/**
 * The words that name a paragraph's place other than the body: an annex (or an attachment, an enclosure), a
 * preamble, a quoted resolution, and a text a report carries numbered from 1 again (`agreed conclusions`: see
 * numbering.ts).
 */
const PLACE_WORDS = `annex|appendix|attachment|enclosure|interpretative\\s+statement|preamble|resolution|${TEXT_KINDS}`;
/** A kind of text that names a place only where the document holds one (see `TEXT_KINDS`). */
const KIND_FIRST = new RegExp(`^(?!resolution\\b)${TEXT_KINDS}\\b`, 'iu');

/**
 * Whether typed text names a paragraph by the document's own mark (`annex 1`, `preamble 3`, `resolution 1`, `1.1`,
 * `(a)`) rather than by the number the corpus holds it under: a caller with its own reply for a plain number asks.
 */
export function namesOwnMark(text: string): boolean {
	return PLACE_WORD_FIRST.test(text) || OWN_MARK_REFERENCE.test(text);
}

const PLACE_WORD_FIRST = new RegExp(`^(?:${PLACE_WORDS})\\b`, 'iu');

// Each run of blanks is followed by what it must be followed by, so that a long run cannot be split many ways.
const ANNEX_REFERENCE = new RegExp(
	`^((?:${PLACE_WORDS})(?:\\s+(?:[IVXLC]{1,7}|[A-Z])(?=[\\s,])|\\s+\\d{1,2}(?=(?:\\s*,)?\\s*¶))?)(?:\\s*,)?(?:\\s*¶)?\\s*(\\d+)\\.?(?=$|\\s)`,
	'iu',
);

/**
 * The paragraph a document prints as `number` in the annex named `typed` (any case; `annex` alone is the document's
 * first annex that has that number). Only annexes whose numbers restart are found here: an annex that goes on with
 * the body's numbers is reached by those.
 */
function annexParagraph(document: CorpusDocument, typed: string, number: number): Paragraph | undefined {
	const wanted = annexName(typed).toLowerCase();
	const designated = wanted.includes(' ');
	return document.paragraphs.find((p) => {
		if (!p.inAnnex || p.inAnnex.number !== number) return false;
		const name = annexName(p.inAnnex.annex).toLowerCase();
		return designated ? name === wanted : name.split(' ')[0] === wanted;
	});
}
