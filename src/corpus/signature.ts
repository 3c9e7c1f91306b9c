import { afterBreak, startsSomething, type Cursor } from './layout-mode.ts';
import { ENDS_SENTENCE, bullet, isAnnexHeading, isSectionWordHeading, isSubItem, paragraphNumber } from './markers.ts';
import { DAY_MONTH_YEAR, MONTH_NAME } from './calendar-date.ts';
import { isMastheadLine } from './document-parts.ts';
import { attendanceAt } from './attendance.ts';

/**
 * A signature block under a document's last paragraph, as UN documents print it: `(Signed) António Guterres`, then
 * the signer's title (`Secretary-General`) and maybe the organ (`President of the Security Council`) on lines of
 * their own. It closes the text: context, never words of the paragraph above it.
 */

/** `(Signed) António Guterres`, `(Signed)` alone (the name on the next line), `(Signé) …`. */
const SIGNED = /^\((?:Signed|signed|SIGNED|Signé|signé)\)(?:\s+\S.*)?$/u;
/** The signer's name, title and organ are short lines; a longer one is text again. */
const MAX_SIGNATURE_LINE = 80;
/** Name (when `(Signed)` stands alone), title, organ. */
const MAX_LINES_AFTER_SIGNED = 3;

/**
 * A line of the block after `(Signed)`: short, unpunctuated at its end, opening nothing (a number, an annex line); a
 * wrapped title may go on in lower case (`President` / `of the Security Council`).
 */
const isSignatureLine = (text: string) =>
	text.length <= MAX_SIGNATURE_LINE &&
	/^\p{L}/u.test(text) &&
	!/[.:;!?]$/u.test(text) &&
	!startsSomething(text) &&
	!isAnnexHeading(text) &&
	!isSectionWordHeading(text);

/**
 * A declaration's closing formula, where and when it was done, on a line of its own: `Done at Apia on 26 October
 * 2024.`, `Adopted in Banjul on 5 May 2024`, `Fait à Genève, le 5 mars 2026`, `Hecho en Lima, el 12 de mayo de
 * 2025`, `Feito em São Tomé, a 18 de julho de 2025.` (a year ends it, or the languages it was done in: `…, on 22
 * May 2026, in the Spanish and English languages, both texts being equally authentic.`). Like a signature, it
 * closes the text, and signatories' lines may follow it.
 */
const DONE_AT =
	/^(?:(?:Done|Adopted|Issued)\s+(?:at|in)|Fait\s+(?:à|a)|Hecho\s+en|Dado\s+en|Feit[oa]\s+em)\s+\p{Lu}.{0,100}\b\d{4}(?:,\s+(?:in|en)\s+[^.;]{0,160}\b(?:languages?|authentic|originals?|copies|langues|idiomas)\b[^.;]{0,80})?\.?$/u;

/**
 * How many lines the signature block at cursor `i` takes (or a list of who attended: see `attendanceAt`), or 0 when
 * none opens there. It opens at a block's start or after a finished sentence, so that "(signed)" inside a sentence
 * stays the sentence's.
 */
export function signatureAt(cursors: readonly Cursor[], i: number): number {
	const first = cursors[i];
	if (!first || !(first.blockStart || afterBreak(first.previous))) return 0;
	if (DONE_AT.test(first.text)) return 1 + signatoryLines(cursors, i + 1);
	const closing = closingAt(cursors, i);
	if (closing > 0) return closing + signatoryLines(cursors, i + closing);
	return (
		signedLines((at) => cursors[at]?.text ?? '', i) ||
		signatoryPairs(cursors, i) ||
		signerOverOffices(cursors, i) ||
		attendanceAt(cursors, i)
	);
}

/** A signatory's office, on the line above the name: `President of the Republic of Kazakhstan`, `Prime Minister of …`. */
const OFFICE =
	/^(?:Acting\s+|Vice[- ])?(?:President|Prime Minister|Minister|Chair(?:man|person|woman)?|Secretary-General|King|Emir|Sultan|Head of|Crown Prince)\b[^.;:]{0,90}$/u;
/** A signatory's name, on the line under the office: short, a capital first (`K. Tokayev`, `Xi Jinping`). */
const SIGNER = /^\p{Lu}[\p{L}.'’ -]{1,40}$/u;

/**
 * How many lines from `i` the signatories take when the text ends with them, each an office over a name (`President
 * of the Russian Federation` / `V. Putin`), two or more, under the last paragraph's finished sentence; 0 otherwise.
 * Like a signature, they close the text: never a paragraph of their own.
 */
function signatoryPairs(cursors: readonly Cursor[], i: number): number {
	if (!ENDS_SENTENCE.test(cursors[i]?.previous ?? '')) return 0;
	let at = i;
	while (OFFICE.test(cursors[at]?.text ?? '') && SIGNER.test(cursors[at + 1]?.text ?? '')) at += 2;
	const next = cursors[at];
	const ends = next === undefined || isAnnexHeading(next.text) || isMastheadLine(next.text);
	return at - i >= 4 && ends ? at - i : 0;
}

/**
 * How many lines from `i` a signer takes when the text ends with one: a name over its offices (`Hon. Tjiuma K.
 * Nangolo` / `Minister of Agriculture, …, Republic of Namibia` / `Chair of the High-Level Ministerial Meeting`), as a
 * chair signs a summary, under the last paragraph's finished sentence; 0 otherwise. It closes the text, as a
 * signature does.
 */
function signerOverOffices(cursors: readonly Cursor[], i: number): number {
	const textAt = (at: number) => cursors[at]?.text ?? '';
	if (!ENDS_SENTENCE.test(cursors[i]?.previous ?? '') || !SIGNER.test(textAt(i)) || !OFFICE.test(textAt(i + 1)))
		return 0;
	let at = i + 2;
	while (at - i <= MAX_LINES_AFTER_SIGNED && isSignatureLine(textAt(at))) at += 1;
	const next = cursors[at];
	return next === undefined || isAnnexHeading(next.text) || isMastheadLine(next.text) ? at - i : 0;
}

/** How many lines from `i` a block opening with `(Signed)` takes (see `signatureAt`), lines read by `textAt`. */
function signedLines(textAt: (at: number) => string, i: number): number {
	const first = textAt(i);
	// `(Signed)` and a name; a longer line holds the text's own sentences after the names, which must not be lost.
	if (!SIGNED.test(first) || first.length > MAX_SIGNATURE_LINE) return 0;
	let taken = 1;
	while (taken <= MAX_LINES_AFTER_SIGNED && isSignatureLine(textAt(i + taken))) taken += 1;
	return taken;
}

/** The signatories' short lines right under a closing formula (`For the Government of …`), up to the usual few. */
function signatoryLines(cursors: readonly Cursor[], from: number): number {
	let taken = 0;
	while (taken < MAX_LINES_AFTER_SIGNED && isSignatureLine(cursors[from + taken]?.text ?? '')) taken += 1;
	return taken;
}

/** A date as a closing block sets it on its own line: `5 May 2042`, `on 5 May 2042.`, `May 5, 2042`, `le 5 mai 2042`. */
const CLOSING_DATE = new RegExp(
	String.raw`^(?:(?:on|le|el|em|a)\s+)?(?:(?:\d{1,2}\s*[-–]\s*)?${DAY_MONTH_YEAR}|(?:${MONTH_NAME})\s+\d{1,2},\s+\d{4})\.?$`,
	'u',
);
/** Whether a line is a date alone, as a closing block sets it (`5 May 2042`, `on 5 May 2042.`). */
export const isClosingDate = (text: string) => CLOSING_DATE.test(text);

/**
 * Where, on a line of its own above the date: `Banjul, Republic of The Gambia`, `Done at Banjul,` (no stop),
 * `Nuku‘alofa, Kingdom of Tonga` (the okina as the Pacific writes it: `‘` or `ʻ`; an apostrophe: `St. John's`).
 */
const PLACE_LINE = /^\p{Lu}[\p{L}'’‘ʻ.-]*(?:[ ,]+[\p{L}'’‘ʻ.()-]+){0,8},?$/u;
/** `Banjul, Republic of The Gambia, 5 May 2042`: the place and the date on one line. */
const PLACE_AND_DATE = new RegExp(
	String.raw`^\p{Lu}[\p{L}'’‘ʻ.-]*(?:[ ,]+[\p{L}'’‘ʻ.()-]+){0,8},\s+(?:(?:on|le|el|em|a)\s+)?(?:${DAY_MONTH_YEAR})\.?$`,
	'u',
);
/** A closing block is a place line or two, then the date. */
const MAX_PLACE_LINES = 2;

/**
 * How many lines a communiqué's closing block takes at cursor `i` (`Banjul, Republic of The Gambia`, then `5 May
 * 2042`; `Done at Banjul, Republic of The Gambia` / `on 5 May 2042`; or both on one line), or 0. Only where nothing of
 * the text follows it (the end, an annex's or attachment's line, the next page's masthead), so that a sentence's
 * place and date inside the text stay its own. Like a signature, it closes the text: never words of the last
 * paragraph.
 */
function closingAt(cursors: readonly Cursor[], i: number): number {
	// Nothing of the text after it: the end, maybe after the signatories' short lines, or an annex's line.
	const endsText = (at: number) => {
		const next = cursors[at + signatoryLines(cursors, at)];
		return next === undefined || isAnnexHeading(next.text) || isMastheadLine(next.text);
	};
	// Under the last paragraph, whose sentence it follows, or in a block of its own under a list's last item (names
	// end with no stop: `• the United Kingdom`): never the masthead's place and date above the text.
	if (
		!ENDS_SENTENCE.test(cursors[i]?.previous ?? '') &&
		!(cursors[i]?.blockStart === true && underListItem(cursors, i))
	)
		return 0;
	const first = cursors[i]?.text ?? '';
	if (PLACE_AND_DATE.test(first) && first.length <= MAX_SIGNATURE_LINE && endsText(i + 1)) return 1;
	for (let places = 1; places <= MAX_PLACE_LINES; places += 1) {
		const date = cursors[i + places];
		if (date === undefined || !CLOSING_DATE.test(date.text)) {
			const place = cursors[i + places - 1]?.text ?? '';
			if (!PLACE_LINE.test(place) || place.length > MAX_SIGNATURE_LINE || startsSomething(place)) return 0;
			continue;
		}
		const lines = cursors.slice(i, i + places).map((c) => c.text);
		const placeLike = lines.every((t) => PLACE_LINE.test(t) && t.length <= MAX_SIGNATURE_LINE && !startsSomething(t));
		return placeLike && endsText(i + places + 1) ? places + 1 : 0;
	}
	return 0;
}

/** Whether the block above line `i` ends with a list's item (a bullet, a sub-item, a number; maybe wrapped). */
function underListItem(cursors: readonly Cursor[], i: number): boolean {
	let at = i - 1;
	const isItem = (text: string) => bullet(text) !== undefined || isSubItem(text) || paragraphNumber(text) !== undefined;
	while (at > 0 && cursors[at]?.blockStart !== true && !isItem(cursors[at]?.text ?? '')) at -= 1;
	return at >= 0 && isItem(cursors[at]?.text ?? '');
}

/**
 * How many of the lines from `i` a signature block takes (`(Signed) Kofi A. Annan`, or `(Signed)` alone, then the
 * signer's short lines), or 0: for reading a front matter's lines, where a letter's signature stands above its annex.
 */
export function signatureLinesAt(lines: readonly string[], i: number): number {
	return signedLines((at) => lines[at] ?? '', i);
}
