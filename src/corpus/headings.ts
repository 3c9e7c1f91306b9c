import { lastLineOfBlock, overItems } from './block-ends.ts';
import { ENDS_CLAUSE, headingBeforeNumber, withWrappedHeadingsApart } from './wrapped-headings.ts';
import {
	afterBreak,
	detectMode,
	isSectionHeading,
	numberAt,
	startsSomething,
	type Cursor,
	type Mode,
} from './layout-mode.ts';
import {
	ENDS_SENTENCE,
	articleWord,
	bullet,
	isAnnexHeading,
	isNumberedHeading,
	isPlainHeading,
	isItemHeading,
	isSectionWordHeading,
	letterMark,
	paragraphNumber,
	type BracketKind,
} from './markers.ts';

/** What the parser knows when it asks whether a line heads a section. */
export interface HeadingContext {
	cursors: readonly Cursor[];
	mode: Mode;
	/** The text of the paragraph still open, if any. */
	open: string | undefined;
	/** The body has begun (a paragraph, or a numbered text's front matter): an `Annex` line now heads the annex. */
	afterBody: boolean;
	/** A dateline opened the text (so a short line before the first paragraph is no title). */
	hasDateline: boolean;
	/** The line stands right under a heading in capitals, in small letters: it starts a line as a block would. */
	underCapitals?: boolean;
	/** The text's title was set aside before the body (so the body's first line is not the title). */
	titleSetAside?: boolean;
	/** How many paragraphs the parser has finished. */
	finished?: number;
}

/**
 * Whether line `i` heads a section: an annex line after the body, `Section 2`, a numbered or lettered heading
 * (`II. Follow-up`, `2. Regional cooperation` over paragraphs `2.1`…), or a plain short line between paragraphs.
 */
export function headingAt(cursor: Cursor, i: number, known: HeadingContext): boolean {
	const { cursors, mode, open } = known;
	const next = cursors[i + 1];
	const atLineStart = cursor.blockStart || afterBreak(cursor.previous) || known.underCapitals === true;
	// `2. Regional cooperation` heads the section whose paragraphs are numbered `2.1`, `2.2`.
	if (mode.kind === 'decimal' && isSectionHeading(cursor.text)) return atLineStart;
	if (isAnnexHeading(cursor.text) && known.afterBody && atLineStart) return true;
	// `1. General questions` over `Item 1.5`: the theme a meeting's decisions are grouped under, no paragraph.
	if (next !== undefined && isItemHeading(next.text) && atLineStart && isNumberedTheme(cursor.text)) return true;
	// `Section 2` alone on its line heads its section wherever it stands (before the first paragraph too), unless a
	// sentence goes on after it in lower case ("…as set out in" / "Section 2" / "of the bulletin").
	if (isSectionWordHeading(cursor.text) && atLineStart) return next === undefined || !/^\p{Ll}/u.test(next.text);
	// `Article 1` alone on its line, where `Article 2` heads another: an article's heading, the first one too (though
	// it holds a figure, as front matter does), its text right under it or after a blank line.
	if (atLineStart && isInArticleSeries(cursors, i)) return next === undefined || !/^\p{Ll}/u.test(next.text);
	// `CHAPTER III` over its title heads its chapter even alone of its kind, as an extract of one chapter prints it (a
	// chapter's line right over `A. …` has no title: the report's front matter, as before).
	if (atLineStart && /^(?:Chapter|CHAPTER|Part|PART)$/u.test(articleWord(cursor.text) ?? '') && next !== undefined)
		return /^\p{Lu}/u.test(next.text) && isPlainHeading(next.text) && !isNumberedHeading(next.text);
	// A numbered heading after a title line (no closing stop) is known by what follows it.
	const beforeMark = next !== undefined && (numberAt(next) !== undefined || isNumberedHeading(next.text));
	if (isNumberedHeading(cursor.text) && (atLineStart || beforeMark)) return true;
	if (!atLineStart) return false;
	// Before the first conclusion, a plain short line is a title, unless a dateline has opened the text.
	// Lettered conclusions: a heading may stand right above their lead-in (`Conclusions`, then "…the following:").
	// Numbered or unnumbered paragraphs under plain headings: the heading right above the first is their first one.
	if (open === undefined && !known.hasDateline && known.underCapitals !== true)
		return (
			(mode.kind === 'lettered' &&
				isPlainHeading(cursor.text) &&
				(headsLeadIn(cursors, i) || firstOverMarks(cursors, i, mode.by))) ||
			((mode.kind === 'numbered' || mode.kind === 'plain') &&
				known.finished === 0 &&
				firstOfHeadings(cursors, i, known.titleSetAside === true, mode.kind === 'numbered'))
		);
	if (open !== undefined && !ENDS_SENTENCE.test(open)) return false;
	if (mode.kind === 'numbered' && cursor.blockStart && headingBeforeNumber(cursors, i) !== undefined) return true;
	if (!isPlainHeading(cursor.text) && !isLabelledHeading(cursor.text) && !isLongHeadingBlock(cursors, i)) return false;
	// A sentence cut by a page break is not a heading: the next block goes on with it in lower case.
	if (next !== undefined && /^\p{Ll}/u.test(next.text)) return false;
	// A one-line block, or a line the next paragraph starts right after.
	return next === undefined || next.blockStart || startsNextLine(next);
}

/**
 * A plain heading of its own block, right above a paragraph's block: one opening with its number in a numbered
 * text, else one of sentences (a capital first, a finished sentence last: a page's `<p>` under its bold heading).
 */
function headsParagraphBlock(cursors: readonly Cursor[], i: number, numbered: boolean): boolean {
	const [line, next] = [cursors[i], cursors[i + 1]];
	if (line === undefined || !line.blockStart || !isPlainHeading(line.text) || next?.blockStart !== true) return false;
	if (numbered) return paragraphNumber(next.text) !== undefined;
	return (
		/^[\p{Lu}"“‘]/u.test(next.text) &&
		!isPlainHeading(next.text) &&
		(ENDS_SENTENCE.test(lastLineOfBlock(cursors, i + 1)) || overItems(cursors, i + 1))
	);
}

/**
 * A line that names only the document's kind (`FINAL COMMUNIQUÉ`, `Joint Statement`, `Ministerial Declaration`,
 * `Communiqué final`): the document's own line under its masthead, never a part of it, though it stands right above
 * the first paragraph as a section's heading does. (`Conclusions` or `Summary` may head a part, and stay headings.)
 */
const KIND_LINE =
	/^(?:(?:final|joint|ministerial|leaders['’]?|chair(?:man|person)?['’]s|presidential|press)\s+)*(?:communiqu[ée]|d[ée]claration|declaraci[óo]n|declara[çc][ãa]o|comunicado|statement)(?:\s+(?:final|finale|conjointe?|conjunto|conjunta))?$/iu;

/**
 * Whether line `i`, before the first paragraph, is the first of the plain headings the text sets over its
 * paragraphs (a saved summit page: `Preamble` over ¶1–3, `Commitments` over ¶4…; a communiqué's `HAITI` over its
 * first unnumbered paragraphs, `CLIMATE CHANGE` over the next): a short line of its own, without figures (a date, a
 * year: front matter), right above the first paragraph, neither the title (the body's first line when the title was
 * not set aside, or a line naming the document's kind: `KIND_LINE`) nor alone of its kind (the text has such a heading between its paragraphs further on, so that a
 * subtitle above a text without headings does not name a section).
 */
function firstOfHeadings(cursors: readonly Cursor[], i: number, titleSetAside: boolean, numbered: boolean): boolean {
	const text = cursors[i]?.text ?? '';
	if (
		(i === 0 && !titleSetAside) ||
		(/\d/u.test(text) && !isLabelledHeading(text)) ||
		KIND_LINE.test(text) ||
		!headsParagraphBlock(cursors, i, numbered)
	) {
		return false;
	}
	// Further on, between paragraphs: after one that ends its sentence (the first paragraph may be one line).
	for (let j = i + 2; j < cursors.length; j += 1) {
		if (headsParagraphBlock(cursors, j, numbered) && ENDS_SENTENCE.test(cursors[j - 1]?.text ?? '')) return true;
	}
	return false;
}

/**
 * A heading that names a part of a meeting or a text by a word and its number, then its title: `Session 1:
 * Conventional arms control and confidence- and security-building measures in the OSCE area`, `Panel 2 – Financing`,
 * `Working session II. Cyber security`. Its label says it is a heading, however long its title (a plain heading is
 * known by being short).
 */
const LABELLED_HEADING = new RegExp(
	String.raw`^(?:(?:Opening|Closing|Plenary|Working|Special|Thematic|Parallel|High-level|Interactive)\s+)?` +
		String.raw`(?:Session|Panel|Segment|Round\s?table|Part|Chapter|Theme|Topic|Cluster|Pillar|Module|Day|Track|Workshop)` +
		String.raw`\s+(?:\d{1,2}|[IVXLC]{1,6}|[A-Z])\s*[:.–—-]\s+\p{Lu}`,
	'iu',
);

/** Whether a line is a labelled heading (see `LABELLED_HEADING`): as short as a numbered one, and no sentence. */
export function isLabelledHeading(text: string): boolean {
	return LABELLED_HEADING.test(text) && text.length <= MAX_LABELLED_HEADING && !/[.;,]$/u.test(text);
}
/** A labelled heading is at most as long as a roman one (`isNumberedHeading`). */
const MAX_LABELLED_HEADING = 160;

/** A heading set alone in a block may be longer than a plain heading (`isPlainHeading`), up to a roman one's length. */
const MAX_HEADING_BLOCK = 160;

/**
 * Whether line `i` is a block of one line that reads as a heading however long (a page's `<h3>` or bold line, as
 * `Early warning, conflict prevention, crisis management, conflict resolution and post-conflict rehabilitation`):
 * a capital first, no stop, comma or figure last, no sentence inside, and a block after it that opens a sentence or a
 * mark. (The parser asks only between finished paragraphs.)
 */
function isLongHeadingBlock(cursors: readonly Cursor[], i: number): boolean {
	const [line, next] = [cursors[i], cursors[i + 1]];
	if (line === undefined || !line.blockStart || (next !== undefined && !next.blockStart)) return false;
	const { text } = line;
	return (
		text.length <= MAX_HEADING_BLOCK &&
		/^\p{Lu}/u.test(text) &&
		!ENDS_CLAUSE.test(text) &&
		!/[.!?;:]\s+\p{Lu}/u.test(text) &&
		!startsSomething(text) &&
		(next === undefined || !/^\p{Ll}/u.test(next.text))
	);
}

/** Whether line `i` heads an article (`Article 1`) and another line heads one with the same word (`Article 2`). */
function isInArticleSeries(cursors: readonly Cursor[], i: number): boolean {
	const word = articleWord(cursors[i]?.text ?? '');
	return word !== undefined && cursors.some((c, j) => j !== i && c.blockStart && articleWord(c.text) === word);
}

/**
 * Whether line `i` is the first of the plain headings over a text marked in brackets (`Opening of the meeting`, then
 * `(a)`…; `The way forward`, then `(a)` again): its own block right above the first mark, and another such heading
 * right above a mark further on, so that a subtitle above a text without headings names no section.
 */
function firstOverMarks(cursors: readonly Cursor[], i: number, by: BracketKind): boolean {
	const over = (j: number) =>
		cursors[j]?.blockStart === true &&
		isPlainHeading(cursors[j]?.text ?? '') &&
		cursors[j + 1]?.blockStart === true &&
		letterMark(cursors[j + 1]?.text ?? '', by) !== undefined;
	return over(i) && cursors.some((_, j) => j > i + 1 && over(j));
}

/** Whether the line after `i` is a lead-in ending with ":" and the one after it opens lettered conclusions. */
function headsLeadIn(cursors: readonly Cursor[], i: number): boolean {
	const leadIn = cursors[i + 1];
	const first = cursors[i + 2];
	return (
		leadIn?.blockStart === true &&
		/:$/u.test(leadIn.text) &&
		first !== undefined &&
		letterMark(first.text) !== undefined
	);
}

/** A line the next paragraph starts on: a bullet or a paragraph number. */
const startsNextLine = (next: Cursor) => bullet(next.text) !== undefined || paragraphNumber(next.text) !== undefined;

/**
 * The cursors and layout a text is read with: a heading that hard-wrapped text runs on before a paragraph's number is
 * set apart, in a numbered text only (see `withWrappedHeadingsApart`).
 */
export function layoutOf(read: readonly Cursor[]): { cursors: readonly Cursor[]; mode: Mode } {
	const apart = withWrappedHeadingsApart(read);
	const apartMode = detectMode(apart);
	return apartMode.kind === 'numbered'
		? { cursors: apart, mode: apartMode }
		: { cursors: read, mode: detectMode(read) };
}

/** `1. General questions`, `10. Administration and Logistics`: a short numbered line that ends no sentence. */
const isNumberedTheme = (text: string) =>
	paragraphNumber(text) !== undefined && text.length <= 80 && !ENDS_SENTENCE.test(text);
