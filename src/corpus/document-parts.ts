import type { Cursor } from './layout-mode.ts';
import { DAY_MONTH_YEAR, MONTH_NAME } from './calendar-date.ts';
import type { HeldDraft } from './quoted-resolution.ts';
import type { Numbering } from './numbering.ts';

/** What the parser holds when a part's line is read: the open paragraph, those finished, the section. */
interface PartContext {
	current: HeldDraft | undefined;
	paragraphs: HeldDraft[];
	section: string | null;
	numbering: Numbering;
}
/** A sentence's end (as markers.ts's `ENDS_SENTENCE`, which imports this file's `isPartHeading`). */
const FINISHED = /[.!?:;…][)"'”’»]*\s*$/u;

/**
 * The parts a document carries after its own text, each headed by a line of its own: an annex (`Annex II`), an
 * appendix (`Appendix A`), an attachment (`Attachment 1`: an OSCE decision's interpretative statements), an enclosure,
 * and a part of a part (`Annex to the ANNEX`, `Appendix to Annex I`). None of their words is the text's: they start a
 * part of their own, named by that line.
 */
const PART_WORD = String.raw`(?:Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT|Enclosure|ENCLOSURE)`;
const DESIGNATOR = String.raw`(?: (?:[IVXLC]{1,7}|\d{1,2}|[A-Z]))`;
const PART_HEADING = new RegExp(
	String.raw`^${PART_WORD}${DESIGNATOR}?(?: (?:to|TO) (?:(?:the|THE) )?${PART_WORD}${DESIGNATOR}?)?$`,
	'u',
);

/** `Annex`, `Annex II`, `Attachment 1`, `Enclosure`, `Appendix to Annex I`: the line that opens a part, alone. */
export function isPartHeading(text: string): boolean {
	return PART_HEADING.test(text);
}

/**
 * `INTERPRETATIVE STATEMENT UNDER PARAGRAPH IV.1(A) 6 OF THE RULES OF PROCEDURE…`: a delegation's statement
 * attached to a decision. Where no `Attachment` line stands above it (a text copied from a page), it opens the part.
 */
const STATEMENT_HEADING = /^(?:INTERPRETATIVE STATEMENT|Interpretative statement|Interpretative Statement)\b/u;

export function isStatementHeading(text: string): boolean {
	return STATEMENT_HEADING.test(text) && !/[.;]$/u.test(text);
}

/**
 * What a part opened by a statement's heading (no `Attachment` line above it) is called, numbered in the order they
 * come as attachments are (`Interpretative statement 2`), so that two statements' paragraphs are told apart.
 */
const STATEMENT_PART = 'Interpretative statement';

/** `By the delegation of Canada (also on behalf of …):`: who makes the statement, part of its heading. */
const STATEMENT_BY = /^(?:By|On behalf of) (?:the )?delegations? of .{2,200}:$/iu;

export function isStatementAuthor(text: string): boolean {
	return STATEMENT_BY.test(text);
}

/**
 * The masthead a document repeats at the head of each part's first page (`MC.DEC/4/42`, `6 December 2042`,
 * `ENGLISH`, `Original: RUSSIAN`): furniture around the part's line, no words of the paragraph above it.
 */
const MASTHEAD_LINE = new RegExp(
	[
		// A document symbol: `MC.DEC/4/42`, `PC.JOUR/1234`, `A/RES/78/1`.
		String.raw`[A-Z][A-Za-z]*(?:\.[A-Z]+)*(?:/[A-Za-z0-9.()-]+)+`,
		// A date: `6 December 2042`, `December 6, 2042`, `6 de diciembre de 2042`.
		DAY_MONTH_YEAR,
		String.raw`(?:${MONTH_NAME})\s+\d{1,2},\s+\d{4}`,
		// The language of this version and the original's.
		String.raw`(?:ENGLISH|FRENCH|SPANISH|RUSSIAN|GERMAN|ITALIAN|ARABIC|CHINESE)`,
		String.raw`(?:Original|ORIGINAL|Distr\.|DISTR\.)\s*:?\s*\p{L}+`,
	]
		.map((form) => `(?:${form})`)
		.join('|')
		.replace(/^/u, '^(?:')
		.concat(')$'),
	'u',
);

export function isMastheadLine(text: string): boolean {
	return MASTHEAD_LINE.test(text.trim());
}

/** How many masthead lines a part's page sets above its part line, at most. */
const MAX_MASTHEAD = 5;

/**
 * How many lines from `i` are the masthead a part's page repeats right above its part line (`MC.DEC/4/42`, `6
 * December 2042`, then `Attachment 1`): 0 when line `i` opens no such run.
 */
export function mastheadBeforePart(cursors: readonly Cursor[], i: number): number {
	for (let n = 0; n < MAX_MASTHEAD; n += 1) {
		const line = cursors[i + n];
		if (line === undefined) return 0;
		if (n > 0 && (isPartHeading(line.text) || isStatementHeading(line.text))) return n;
		if (!isMastheadLine(line.text)) return 0;
	}
	return 0;
}

/**
 * A part whose text has no numbers (an attachment's statement): each block that follows a finished sentence is a
 * paragraph of the part, held after the numbers already held and marked with its place in the part (`attachment 1
 * ¶2`), as a preamble's are.
 */
export class UnnumberedPart {
	/** The part's line (`Attachment 1`), while its text is read; undefined outside such a part. */
	name: string | undefined;
	/** Paragraphs of the part so far. */
	count = 0;
	/** A part's line was read and no line of its text yet: whether it numbers its paragraphs is not known. */
	#pending = false;
	/** Lines of a part's masthead still to leave out. */
	#mastheadLeft = 0;
	/** How many parts a statement's heading opened. */
	#statements = 0;

	/** The name of the next part a statement's heading opens: `Interpretative statement 1`, `… 2`. */
	statementName(): string {
		this.#statements += 1;
		return `${STATEMENT_PART} ${this.#statements}`;
	}

	/**
	 * Whether line `i` is the masthead a part's page repeats around its part line (`MC.DEC/4/42`, `6 December 2042`
	 * above `Attachment 1`; `Original: RUSSIAN` under it), left out as page furniture. `heading` is the heading just
	 * read; `afterText` whether the text's paragraphs have begun.
	 */
	isMasthead(
		cursors: readonly Cursor[],
		i: number,
		heading: readonly string[] | undefined,
		afterText: boolean,
	): boolean {
		const text = cursors[i]?.text ?? '';
		if (this.#mastheadLeft > 0 || (heading?.length === 1 && isPartHeading(heading[0] ?? '') && isMastheadLine(text))) {
			this.#mastheadLeft = Math.max(0, this.#mastheadLeft - 1);
			return true;
		}
		if (!afterText || heading !== undefined) return false;
		this.#mastheadLeft = Math.max(0, mastheadBeforePart(cursors, i) - 1);
		return mastheadBeforePart(cursors, i) > 0;
	}

	/**
	 * A line of the open part's text: each block after a finished sentence opens a paragraph of the part, held after
	 * every number held so far; other lines go on with the open one (`append`). Returns the paragraph now open.
	 */
	take(cursor: Cursor, known: PartContext, append: (text: string) => string): HeldDraft {
		const { current, paragraphs } = known;
		if (current && !(cursor.blockStart && FINISHED.test(current.text))) {
			current.text = append(current.text);
			return current;
		}
		if (current) paragraphs.push(current);
		const number = Math.max(0, ...paragraphs.map((p) => p.number)) + 1;
		known.numbering.started(number);
		this.count += 1;
		const inAnnex = { annex: this.name ?? '', number: this.count };
		return { number, section: known.section, line: cursor.line, text: cursor.text, inAnnex };
	}

	enter(name: string): void {
		this.name = name;
		this.count = 0;
		this.#pending = true;
	}

	/** The part's first line of text is read: a number there makes it a numbered part, read as an annex is. */
	firstLine(numbered: boolean): void {
		if (this.#pending && numbered) this.name = undefined;
		this.#pending = false;
	}

	/** Whether the part's text is being read (its first line was read without a number). */
	get open(): boolean {
		return this.name !== undefined && !this.#pending;
	}

	get pending(): boolean {
		return this.name !== undefined && this.#pending;
	}
}
