/**
 * Footnotes as published texts lay them out: under a rule at a page's foot, each opening with its mark, and marked in
 * the text by the same number or sign. The parser leaves them out of the paragraphs; the PDF import writes the rule
 * its text layer lacks.
 */

/** A footnote's mark: a number, asterisks, or a dagger or section sign. */
const MARK = String.raw`(?:\d{1,3}|\*{1,3}|[†‡§])`;

/** The rule that opens a page's footnotes. */
export const FOOTNOTE_RULE = /^_{5,}$/u;
/** The rule as the PDF import writes it above a page's footnotes. */
export const FOOTNOTE_RULE_LINE = '__________';
/** A footnote's first line: its mark and its text. */
export const FOOTNOTE_START = new RegExp(String.raw`^${MARK}\s+\S`, 'u');
/** A footnote's first line when the mark must be followed by words (not a page number or a document symbol). */
export const FOOTNOTE_START_IN_WORDS = new RegExp(String.raw`^${MARK}\s+\p{L}`, 'u');
/** A line that is only a footnote's mark. */
export const FOOTNOTE_MARK_ALONE = new RegExp(String.raw`^\s*${MARK}\s*$`, 'u');

/**
 * The OAS's footnotes: numbered `1.` under the rule, and marked `1/` in the text (`…A MULTIDIMENSIONAL APPROACH1/`,
 * `…against Terrorism.1/`). A `1.` under a rule is a paragraph's number as well (a part after a separator): it opens a
 * footnote only where the text bears its mark so (see `slashMarksOf`).
 */
export const NUMBERED_FOOTNOTE_START = /^(\d{1,3})\.\s+[\p{L}“"‘(]/u;
/**
 * Marks as the OAS sets them, a number and a slash glued to a word or its stop, one or more (`RIGHTS1/2/`,
 * `DISASTERS1/ 2/`); not a symbol's numbers (`LIV-O/24`, `78/1`).
 */
const SLASH_MARK = /(?<=[\p{L})\]’”][.,;:’”]?)(\d{1,3}\/(?:[ \t]?\d{1,3}\/)*)(?=[\s,.;:)]|$)/gmu;
const numbersOf = (slashed: string) => slashed.split(/[\s/]+/u).filter((n) => n !== '');

/** The numbers the text marks as the OAS does (`APPROACH1/`): their `N.` lines under a rule are footnotes. */
export function slashMarksOf(source: string): Set<string> {
	return new Set([...source.matchAll(SLASH_MARK)].flatMap((match) => numbersOf(match[1] ?? '')));
}

/** The number of a footnote numbered as the OAS numbers them (`1. The Republic of…`), if its mark is in the text. */
export function numberedFootnoteMark(line: string, slashMarks: ReadonlySet<string>): string | undefined {
	const mark = NUMBERED_FOOTNOTE_START.exec(line)?.[1];
	return mark !== undefined && slashMarks.has(mark) ? mark : undefined;
}

/**
 * Abbreviations that a number follows as the text's own ("Rev.1", "Add.2", "No.3", "para.4", "pp.12"): the number
 * glued to their stop is what they name, never a footnote's mark.
 */
const NUMBERING_ABBREVIATION = String.raw`\b(?:Rev|Add|Corr|Amend|Suppl|Sess|No|Nos|no|nos|para|paras|Para|Paras|art|arts|Art|Arts|vol|vols|Vol|Vols|chap|Chap|sect|Sect|p|pp)\.`;
/**
 * What may stand right before a footnote's mark glued to its word: a small letter or a closing sign, a stop; not an
 * abbreviation that numbers what it names, nor the stop inside a document symbol ("ST/SGB/2017/2/Rev.1": a word
 * with a slash is a symbol, whose digits after a stop are its own).
 */
const BEFORE_GLUED = String.raw`(?<=(?:\p{Ll}|[)\]’”])[.,;:’”]?)(?<!${NUMBERING_ABBREVIATION})(?<!/[^\s/]*\p{L}\.)`;
/** What may follow a glued mark: a space, punctuation, the line's end. */
const AFTER_GLUED = String.raw`(?=[\s,.;:)]|$)`;

/** Words that number what they name ("table 3.1", "section 2.4"): the digits after their stop are a decimal's. */
const NUMBERS_A_PART = String.raw`\b(?:[Tt]able|[Ff]igure|[Cc]hart|[Bb]ox|[Mm]ap|[Ss]ection|[Cc]hapter|[Pp]art|[Pp]aragraph|[Pp]ara\.?|[Aa]nnex|[Aa]rticle|[Rr]ule|[Rr]ecommendation|[Gg]oal|[Tt]arget|[Ii]ndicator|[Ss]tep|[Vv]ersion)s?`;

/**
 * A mark glued to the stop after a number that ends a sentence ("Ageing, 2002.1 The present report…",
 * "resolution 60/135.1 It…"): "2002.1" could be a decimal, so the mark is read as one only when a new sentence (a
 * capital after a space) follows it, the number stands in running text after a word (not at a line's start, where
 * "1.1 Participants…" numbers a paragraph, nor after a finished sentence), and no word numbers it ("figure 3.1 Older
 * persons…").
 */
const afterNumberStop = (mark: string) =>
	String.raw`(?<=(?:\p{L}[,;]?\s|/)\d{1,4}\.)(?<!${NUMBERS_A_PART}\s\d{1,4}\.)${mark}(?=\s+[\p{Lu}“"‘(])`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * A mark glued to the year of a date ("of 20 February 20241", "in March 20173", "on May 3, 20192"): a month's name
 * before the year says where the year ends, so the digits after its four are no part of it. A year alone ("2030
 * Agenda", "20241 cases") has no such clue.
 */
const afterDateYear = (mark: string) =>
	String.raw`(?<=\b${MONTH}\s+(?:\d{1,2},\s+)?(?:1[89]|2\d)\d{2})${mark}${AFTER_GLUED}`;
/**
 * A mark glued to the semicolon that ends a clause on a number ("the report of the Board for 2023–2024;1"): figures
 * never follow a semicolon unspaced, as they follow a comma or a stop in a number ("1,000", "1.5").
 */
const afterSemicolon = (mark: string) => String.raw`(?<=\p{N};)${mark}(?=\s|$)`;

/**
 * A footnote's mark (`3`, `*`, `†`) glued to a word of a text (lines joined with line ends), as a PDF's text layer
 * gives a superscript. What must follow it also keeps "*" from matching the start of "**".
 */
export function gluedMark(mark: string): RegExp {
	const escaped = mark.replace(/\*/gu, String.raw`\*`);
	return new RegExp(
		`${BEFORE_GLUED}${escaped}${AFTER_GLUED}|${afterNumberStop(escaped)}|${afterDateYear(escaped)}|${afterSemicolon(escaped)}`,
		'mu',
	);
}

/**
 * A paragraph's text without the marks of the footnotes the text has: a number or sign glued to the word or
 * punctuation before it ("Affairs.1", "Charter2", "report*"), as a PDF's text layer gives a superscript, or with the
 * OAS's slash ("Terrorism.1/"), and that a footnote of the text bears. A capital or a digit before the number keeps
 * it ("G77", "CO2", "1.5"), as do a space or a symbol's slash ("61/200"); so does the stop after a number, unless a
 * new sentence follows the mark ("2002.1 The…").
 */
export function withoutFootnoteMarks(text: string, marks: ReadonlySet<string>): string {
	if (marks.size === 0) return text;
	return text
		.replace(
			new RegExp(
				`${BEFORE_GLUED}${MARK}${AFTER_GLUED}|${afterNumberStop(MARK)}|${afterDateYear(String.raw`\d{1,3}`)}|${afterSemicolon(MARK)}`,
				'gu',
			),
			(mark) => (marks.has(mark) ? '' : mark),
		)
		.replace(SLASH_MARK, (slashed: string) => (numbersOf(slashed).every((n) => marks.has(n)) ? '' : slashed));
}

/**
 * A paragraph's last line without the footnote mark that `pdftotext -layout` sets apart at its end after a space
 * (`…at the end of 2024. 12`: after a sentence's stop) or glues to a year's stop (`…of 2024.12`), when the mark is one
 * of the page's footnotes (`marks`). A number after a word that numbers it (`see table 2024.12`) stays, as does one
 * with no stop before it (`Chapter 12`).
 */
export function withoutSpacedEndMark(line: string, marks: ReadonlySet<string>): string {
	const match = new RegExp(
		String.raw`(?:(?<=[\p{L}\p{N})\]’”][.;:!?][’”)]?)\s+|(?<=\p{L}[,;]?\s\d{4}\.)(?<!${NUMBERS_A_PART}\s\d{4}\.))(${MARK})$`,
		'u',
	).exec(line);
	if (!match?.[1] || !marks.has(match[1])) return line;
	return line.slice(0, match.index).trimEnd();
}

/**
 * A mark `pdftotext -layout` sets apart after a document symbol, as it prints a raised number that follows one
 * (`its resolution 53/144 1 of 9 December 1998`, `… 53/144 1,`). A text seldom sets a number right after a symbol,
 * but may (`resolution 53/144 2 times`, a table's row of figures), so it is read as a mark only where its page has
 * that footnote (`marks`).
 */
export const SPACED_MARK_AFTER_SYMBOL = String.raw`(?<=(?:^|\s)(?:[A-Z][A-Z0-9.]*/)*\d{1,4}/\d{1,4}(?:/[A-Za-z0-9.]+)*)[ \t]+(${MARK})(?=[ \t]+[\p{Ll}(]|[,;:.](?:\s|$)|[ \t]*$)`;

/** A line without the marks set apart after a symbol (see `SPACED_MARK_AFTER_SYMBOL`) that its page's footnotes bear. */
export function withoutSpacedSymbolMarks(line: string, marks: ReadonlySet<string>): string {
	if (marks.size === 0) return line;
	return line.replace(new RegExp(SPACED_MARK_AFTER_SYMBOL, 'gu'), (spaced, mark: string) =>
		marks.has(mark) ? '' : spaced,
	);
}
