/**
 * Lines that open or go on with a document's text, so that the title reading stops before them: a resolution's
 * organ acting (`The General Assembly,`), a letter's first sentence (`I have the honour to transmit…`), a sentence
 * that goes on from the line above. A title never runs into any of them.
 */

/** What an organ or body is called, as the last word of its name (`Assembly`, `Council`, `Conference of the Parties`). */
const BODY_NOUN =
	'(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Group|Meeting|Parties|Tribunal|Court|Summit)';
/** A word of an organ's name: capitalised, or one of the small words between (`Economic and Social Council`). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|of|on|and|for|the|to)`;
/**
 * The line a resolution's or decision's text opens with, naming who acts, with its comma: `The General Assembly,`,
 * `The Security Council,`, `The Economic and Social Council,`, `The Commission on the Status of Women,`.
 */
const ORGAN_ACTING = new RegExp(
	String.raw`^The\s+(?:${NAME_WORD}\s+){0,8}?${BODY_NOUN}(?:\s+${NAME_WORD}){0,10},$`,
	'u',
);

/** Whether a line opens a resolution's or decision's text: the title, if any, stands above it. */
export function opensResolutionText(line: string): boolean {
	return ORGAN_ACTING.test(line.replace(/\s+/gu, ' ').trim());
}

/**
 * How the body of a letter or note verbale begins, in the first person or on instructions (`I have the honour…`,
 * `On behalf of…`, `Upon instructions from my Government…`), or a cover note's (`Delegations will find attached…`):
 * no title begins this way.
 */
const LETTER_OPENING =
	/^(?:I|We)\s+(?:have|wish|should|would|am|are|write|refer)\b|^(?:On behalf of|Upon instructions|On instructions|With reference to|In my capacity|Delegations will find)\b/u;

/** Whether a line begins a letter's text rather than its title. */
export function opensLetterText(line: string): boolean {
	return LETTER_OPENING.test(line.replace(/\s+/gu, ' ').trim());
}

/**
 * Whether a line, right under lines read as a title, shows they were the start of a sentence: it goes on in lower
 * case and ends like a sentence (`held in New York on 22 February 2010 (see annex).`). A title wrapped over lines
 * may go on in lower case, but does not end with a full stop.
 */
export function endsSentence(line: string): boolean {
	return /^\p{Ll}/u.test(line) && /[.;:]["”’)]?$/u.test(line);
}
