import { isKindAndNumber } from './document-kind.ts';
import { isFrontMatterEnd } from './front-matter.ts';
import { DATE } from './masthead.ts';
import { goesOnFromAbove } from './title-candidate.ts';

/** A resolution's number before its title (`61/44. Cooperation…`; a body's, its session bracketed: `3 (XIV). …`). */
export const RESOLUTION_NUMBER = /^(?:\d{1,3}\/\d{1,4}|\d{1,4}\s?\((?:[IVXLC]{1,8}|\d{4})\))\.\s+/u;
/** An editorial note in brackets. */
export const BRACKETED = /^\[.*\]$/u;
/**
 * A note on which version of the text this is (`Unofficial translation – only the French text is authentic`,
 * `Advance unedited version`, `Check against delivery`, `Original: French`): said of the title, never one itself.
 */
export const VERSION_NOTE =
	/^(?:\(?(?:unofficial|provisional|informal|courtesy|non-official)\s+translation\b|advance\s+(?:unedited\s+)?(?:version|copy)\b|check\s+against\s+delivery\b|original\s*:|(?:translation|translated)\s+from\b|only\s+the\s+\p{L}+\s+(?:text|version)\s+is\s+authentic\b)/iu;
/**
 * A Security Council resolution's only title, its number and year under the masthead (`Resolution 2811 (2026)`):
 * shorter than the four words a title is otherwise asked to have.
 */
export const NUMBERED_RESOLUTION = /^Resolution\s+\d{1,5}\s*\(\d{4}\)$/iu;

/** How many lines under a title a decision's own number and subject are looked for. */
const WITHIN = 6;
/** A line that ends as a sentence or a clause does (`The Conference of the Parties,`): the text, not a title. */
const CLAUSE_END = /[.,;:]$/u;

/**
 * The subject under a decision's or resolution's number (`Decision 1/CP.28` / `Outcome of the first global
 * stocktake`): the title a decision set out in a report's addendum is cited by, rather than the report's part line
 * above it (`Part two: Action taken by the Conference of the Parties…`). A subject that goes on from the number (`ON
 * STRENGTHENING…` under `DECISION No. 3/24`) keeps it. Undefined when `lines[from]` is no such number line, or no
 * subject follows it.
 */
export function subjectUnder(lines: readonly string[], from: number): string | undefined {
	const head = lines[from] ?? '';
	if (!isKindAndNumber(head)) return undefined;
	const subject: string[] = [];
	for (const line of lines.slice(from + 1)) {
		if (line === '' || CLAUSE_END.test(line) || DATE.test(line) || isFrontMatterEnd(line)) break;
		// The subject may wrap over lines, up to the text, a blank line, or another decision's number.
		if (subject.length > 0 && !/^\p{Ll}/u.test(line) && isKindAndNumber(line)) break;
		subject.push(line);
	}
	if (subject.length === 0) return undefined;
	const text = subject.join(' ');
	return goesOnFromAbove(head, subject[0]) ? `${head} ${text}` : text;
}

/**
 * A decision's number and subject set under the title read (`title` from line `start`, over `parts` lines), where a
 * report's addendum sets out one decision: within its lines (read as one run, without blank lines between them) or a
 * few lines below it, before the text begins. Undefined when the title read itself begins with the number, or none
 * follows.
 */
export function decisionBelow(lines: readonly string[], start: number, parts: number): string | undefined {
	if (isKindAndNumber(lines[start] ?? '')) return undefined;
	for (let i = start + 1; i < Math.min(lines.length, start + parts + WITHIN); i += 1) {
		const line = lines[i] ?? '';
		if (i >= start + parts && line !== '' && (CLAUSE_END.test(line) || isFrontMatterEnd(line))) return undefined;
		const subject = subjectUnder(lines, i);
		if (subject !== undefined) return subject;
	}
	return undefined;
}

/**
 * A resolution's title without the number it is printed under when its symbol carries that number (`79/296. Early
 * warnings for all…` of A/RES/79/296, as the General Assembly prints its resolutions): the symbol cites the number,
 * the title names the subject.
 */
export function withoutOwnNumber(title: string | undefined, symbol: string | undefined): string | undefined {
	const found = /^(\d{1,3}\/\d{1,4})\.\s+(?=\S)/u.exec(title ?? '');
	if (title === undefined || !found || symbol === undefined || !symbol.endsWith(`/${found[1]}`)) return title;
	return title.slice(found[0].length);
}

/**
 * A library catalogue's statement of who is responsible, after a slash (`… : resolution / adopted by the General
 * Assembly`, as the UN Digital Library and other catalogues title a record page), and the kind of document before it:
 * the record's, not the document's title.
 */
const CATALOGUE_TAIL =
	/\s+(?::\s+(?:draft\s+)?(?:resolution|decision|declaration|agreed conclusions|conclusions|communiqu[eé]|statement)\s+)?\/\s+(?:adopted|submitted|issued|prepared|presented)\s+by\s.*$/iu;

/** A title without a catalogue's statement of responsibility (see `CATALOGUE_TAIL`). */
export const withoutCatalogueTail = (title: string | undefined): string | undefined =>
	title?.replace(CATALOGUE_TAIL, '');

/**
 * A decision's entry in a report addendum's contents: its number, its subject, dot leaders and its page (`3/CMA.6
 * Matters relating to the Adaptation Fund .......... 2`, as the UNFCCC lists the decisions an addendum sets out).
 */
const LISTED_DECISION = /^(?:Decision\s+)?\d{1,3}\/[A-Z]{2,5}\.\d{1,3}\s+(\p{Lu}.*?)\s*(?:\.\s?){3,}\s*\d{1,3}$/u;

/**
 * The subject of the one decision a report addendum's contents list (see `LISTED_DECISION`): the title it is cited
 * by, rather than the organ's or the report's line above, when the decision is set out pages further on. Undefined
 * when the contents list none or several (then the report's own title names what it holds).
 */
export function onlyDecisionListed(lines: readonly string[]): string | undefined {
	const subjects = lines.flatMap((line) => LISTED_DECISION.exec(line)?.[1] ?? []);
	return subjects.length === 1 ? subjects[0] : undefined;
}
