import { isPartHeading } from './document-parts.ts';
import { ordinalWord } from './number-words.ts';

/**
 * The marks at the start of a line that give a published text its structure: paragraph numbers, bullets,
 * sub-items and numbered headings. Each reader returns what it found, or undefined.
 */

/** `12. The meeting…`, `2) Participants…`, or `12.` alone on its line (PDF text often puts the number apart). */
const PARAGRAPH_NUMBER = /^(\d{1,4})[.)](?:\s+|$)/u;
/**
 * `1- We affirm…`, `2 - We demand…`: a number and a dash, as translations from Arabic number paragraphs. Words follow
 * it (`10 - 15 per cent` is a range, not a paragraph).
 */
const DASH_NUMBER = /^(\d{1,3}) ?[-–](?=\s)\s+(?=[\p{L}"“‘«])/u;
/** `First: We affirm…`, `SECOND: …`, `Thirdly – …`: an ordinal as a paragraph's label, the number it stands for. */
const ORDINALS = Array.from({ length: 20 }, (_, i) => ordinalWord(i + 1) ?? '');
const ORDINAL_LABEL = new RegExp(
	String.raw`^(${ORDINALS.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|')})(?:ly|LY)?\s?[:–-]\s+(?=[\p{Lu}"“‘«])`,
	'u',
);
/**
 * `-- `, `• `, `– `, `— `, `- `, `* `, `▪ `, and the hollow ones `◦ `, `▫ `, `○ `: a bullet and the space after it; and
 * the ones Word sets from Wingdings (`■ `, `❑ `, `❖ `, `➢ `, `✓ `), which it saves as symbol-font characters
 * (symbol-font-bullets.ts) or a PDF's text layer gives as they are drawn.
 * (`o `, the hollow bullet as `pdftotext` renders it, becomes `◦ ` where lines of them form a list: source-lines.ts.)
 */
const BULLET = /^(--|[•·▪▫◦○‣●■❑❖➢✓–—*-])\s+(?=\S)/u;
/**
 * `(a) `, `(iv) `, `(1) `, `a) `, `iv) `, and `a. `, `iv. ` as the OAS and browsers' lettered lists mark them: an item
 * inside a paragraph. After a mark with a stop the item's words begin (a letter or a quote): `p. 12` is a page's
 * reference, not an item. A capital's (`A. `) is a heading's mark.
 */
const SUB_ITEM =
	/^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s+(?=\S)|(?:[a-z]|[ivxlc]{1,6})\)\s+(?=\S)|(?:[a-z]|[ivxlc]{1,6})\.\s+(?=[\p{L}"“‘«(]))/u;
/**
 * The organ's line: "The General Assembly,", "The Economic and Social Council,", "The Peace and Security Council of
 * the African Union (AU),", alone on its line.
 */
const CHAPEAU = /^The (?:\p{Lu}[\p{L}'’-]*)(?: (?:\p{Lu}[\p{L}'’-]*|and|of|on|for|the)){0,7}(?: \(\p{Lu}{2,8}\))?,$/u;

/** Whether a line is the organ's line that opens a resolution's preamble (`The Executive Committee,`). */
export function isPreambleChapeau(text: string): boolean {
	return CHAPEAU.test(text.trim());
}

/** `I. Introduction`, `A. Terrorism`: a roman or lettered heading; an agenda item's (`Item 3: …`, `Agenda item 2. …`). */
const NUMBERED_HEADING = /^(?:(?:[IVXLC]{1,7}|[A-Z])\.|(?:Agenda\s+)?[Ii]tem\s+\d{1,3}(?:\.\d{1,2})?[:.])\s+\S/u;

/** Closing punctuation of a sentence or of a list item; a line ending otherwise goes on in the next one. */
export const ENDS_SENTENCE = /[.!?:;…][)"'”’»]*\s*$/u;

export interface NumberMark {
	number: number;
	/** The line without its number. */
	rest: string;
}

/** `1 ADOPTS …`, `5 ALSO REQUESTS …` (IMO's, no stop): a number before a verb in capitals ending in S, not `2 UN …`. */
const CAPITAL_VERB_NUMBER = /^(\d{1,3})\s+(?=(?:(?:ALSO|FURTHER|STRONGLY|FINALLY)\s+)?\p{Lu}{3,}S\b(?!['’]))/u;

export function paragraphNumber(line: string): NumberMark | undefined {
	const match = PARAGRAPH_NUMBER.exec(line) ?? DASH_NUMBER.exec(line) ?? CAPITAL_VERB_NUMBER.exec(line);
	if (match) return { number: Number(match[1]), rest: line.slice(match[0].length) };
	const ordinal = ORDINAL_LABEL.exec(line);
	if (!ordinal?.[1]) return undefined;
	return { number: ORDINALS.indexOf(ordinal[1].toLowerCase()) + 1, rest: line.slice(ordinal[0].length) };
}

/** `1.1 Participants…`, `2.3. The Chair…`: a paragraph numbered within its section (the section is `2.`). */
const DECIMAL_NUMBER = /^(\d{1,3})\.(\d{1,3})\.?(?:\s+|$)/u;

export interface DecimalMark {
	/** The section's number (`2` in `2.3`). */
	section: number;
	/** The paragraph's number within it (`3` in `2.3`). */
	item: number;
	/** As printed, without a closing stop: `2.3`. */
	mark: string;
	rest: string;
}

export function decimalNumber(line: string): DecimalMark | undefined {
	const match = DECIMAL_NUMBER.exec(line);
	if (!match) return undefined;
	const [section, item] = [Number(match[1]), Number(match[2])];
	return { section, item, mark: `${section}.${item}`, rest: line.slice(match[0].length) };
}

/** `(a) Predictable…`: a letter in brackets, the mark of a paragraph in a text lettered only. */
const LETTER_MARK = /^\(([a-z])\)\s+(?=\S)/u;
/** `(1) The Ministers…`: a number in brackets, the mark of a paragraph in a text numbered so only (a V4 statement). */
const BRACKETED_NUMBER = /^\((\d{1,2})\)\s+(?=\S)/u;

/** What marks the paragraphs of a text marked in brackets only: letters (`(a)`) or numbers (`(1)`). */
export type BracketKind = 'letter' | 'number';

export interface LetterMark {
	/** The letter or number inside the brackets: `a`, `1`. */
	letter: string;
	/** As printed: `(a)`, `(1)`. */
	mark: string;
	rest: string;
}

export function letterMark(line: string, kind: BracketKind = 'letter'): LetterMark | undefined {
	const match = (kind === 'letter' ? LETTER_MARK : BRACKETED_NUMBER).exec(line);
	if (!match?.[1]) return undefined;
	return { letter: match[1], mark: `(${match[1]})`, rest: line.slice(match[0].length) };
}

export interface BulletMark {
	marker: string;
	rest: string;
}

export function bullet(line: string): BulletMark | undefined {
	const match = BULLET.exec(line);
	if (!match?.[1]) return undefined;
	return { marker: match[1], rest: line.slice(match[0].length) };
}

export function isSubItem(line: string): boolean {
	return SUB_ITEM.test(line);
}

/** The label of a sub-item (`(iii) …` → `iii`, `b) …` and `b. …` → `b`), or undefined when the line does not start one. */
export function subItemLabel(line: string): string | undefined {
	const match = /^\(?([a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})[).]\s/u.exec(line);
	return match && isSubItem(line) ? match[1] : undefined;
}

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** The labels that may follow one: `(i)` is either a letter after `(h)` or a roman one, so both successors count. */
function successors(label: string): string[] {
	const next: string[] = [];
	if (/^\d+$/u.test(label)) next.push(String(Number(label) + 1));
	const roman = ROMAN.indexOf(label);
	if (roman > 0 && roman + 1 < ROMAN.length) next.push(ROMAN[roman + 1] as string);
	if (/^[a-z]$/u.test(label)) next.push(label === 'z' ? 'aa' : String.fromCharCode(label.charCodeAt(0) + 1));
	// Past `(z)`, the UN doubles the letter: `(aa)`, `(bb)`…
	if (/^([a-z])\1$/u.test(label) && label !== 'zz') next.push(String.fromCharCode(label.charCodeAt(0) + 1).repeat(2));
	return next;
}

/**
 * Whether a line goes on with the sub-items a paragraph already has: `(iii)` after a `(ii)` line, or `b)` after `a)`
 * and the `i)`, `ii)` under it (back to the outer level). Such a line starts an item of its own even when the line
 * before it does not end like a sentence (`(ii) … awareness; and` wraps; items without closing punctuation). A label
 * given to an item since is no next one.
 */
export function continuesSubItems(paragraph: string, line: string): boolean {
	const label = subItemLabel(line);
	if (label === undefined) return false;
	const labels = paragraph.split('\n').flatMap((l) => subItemLabel(l) ?? []);
	// The innermost level first: the last item, then the items that enclose it, back to one given this label.
	for (let i = labels.length - 1; i >= 0 && labels[i] !== label; i -= 1) {
		if (successors(labels[i] ?? '').includes(label)) return true;
	}
	return false;
}

/**
 * `Annex`, `Annex II`, `ANNEX 2`, `Appendix A`, `Attachment 1`, `Appendix to Annex I`: the line that opens an annex or
 * another part of its kind, alone on its line (see document-parts.ts).
 */
export function isAnnexHeading(text: string): boolean {
	return isPartHeading(text);
}

/**
 * `Section 2`, `SECTION 12`: the line that opens a numbered section of a bulletin or instrument, alone on its line, its
 * title on the next (`Scope of application`), its paragraphs numbered within it (`2.1`, `2.2`). Or `Item 4.2`: an
 * item of a meeting's decisions (the Council of Europe's Committee of Ministers), its title on the next line, its
 * decisions numbered from 1 under it. (A UN masthead's `Agenda item 3` is none: its title is the agenda's.)
 */
const SECTION_WORD_HEADING = /^(?:(?:Section|SECTION) \d{1,3}|(?:Item|ITEM) \d{1,3}(?:\.\d{1,3}){0,2})$/u;

/** `Item 4.2`: an item's line (see above), whose title may be as long as an annex's. */
export const isItemHeading = (text: string) => /^(?:Item|ITEM) \d/u.test(text) && isSectionWordHeading(text);

export function isSectionWordHeading(text: string): boolean {
	return SECTION_WORD_HEADING.test(text);
}

/**
 * `Article 1`, `ARTICLE 12`, `Chapter II`, `Part 3`: the line that heads an article (or a chapter, a part) of a
 * declaration set out article by article, alone on its line, the article's text (or its title) under it.
 */
const ARTICLE_HEADING =
	/^(Article|ARTICLE|Artículo|ARTÍCULO|Chapter|CHAPTER|Part|PART|Principle|PRINCIPLE)\s+(?:\d{1,3}|[IVXLC]{1,6})$/u;

/** The word of an article's heading (`Article` in `Article 2`), or undefined for another line. */
export function articleWord(text: string): string | undefined {
	return ARTICLE_HEADING.exec(text.trim())?.[1];
}

/** Headings are short and do not end like a sentence (a lettered sentence `A. Smith said so.` is not one). */
const MAX_HEADING_LENGTH = 160;

export function isNumberedHeading(text: string): boolean {
	return NUMBERED_HEADING.test(text) && text.length <= MAX_HEADING_LENGTH && !/[.;,]$/u.test(text);
}

/** A plain heading is one short line without closing punctuation, starting like a title (`Further Work`). */
const MAX_PLAIN_HEADING_LENGTH = 80;
const MAX_PLAIN_HEADING_WORDS = 10;

export function isPlainHeading(text: string): boolean {
	return (
		text.length <= MAX_PLAIN_HEADING_LENGTH &&
		text.split(' ').length <= MAX_PLAIN_HEADING_WORDS &&
		/^[\p{Lu}\d]/u.test(text) &&
		!/[.:;,!?…)"”’]$/u.test(text) &&
		// A line ending on "the" or "of" stops mid-sentence.
		!/\s(?:a|an|and|by|for|in|of|on|or|the|to|with)$/iu.test(text) &&
		paragraphNumber(text) === undefined &&
		bullet(text) === undefined
	);
}

/**
 * Whether `previous` closes the item before `mark`'s: it ends with `;` (`…as it appears in CM(2024)77;`), or it is
 * that whole item, numbered one before and closed by a stop (`1. took note of the report.`).
 */
export const nextItem = (previous: string, mark: NumberMark) =>
	/;$/u.test(previous) || (paragraphNumber(previous)?.number === mark.number - 1 && /\.$/u.test(previous));
