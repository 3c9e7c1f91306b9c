import { DAY_ORDINAL, MONTH_NAME } from '../corpus/calendar-date.ts';
import { NAME_SIGNS, STATE_ABBREVIATION, WEEKDAY } from './masthead.ts';

/** A capitalised word of a place's name: `Hague`, `Tomé`, `Port-au-Prince`, `St.`, `Nuku‘alofa`. */
const WORD = String.raw`\p{Lu}[${NAME_SIGNS}-]*\.?`;
/** The small words inside a place's name: `Port of Spain`, `Rio de Janeiro`, `Dar es Salaam`. */
const JOIN = String.raw`(?:of|de|da|do|dos|das|du|del|la|el|es|al|upon)`;
/** A place's name, captured: capitalised words and the small words between them, with an abbreviated state. */
const NAME = String.raw`(${WORD}(?:\s+(?:${JOIN}\s+)?${WORD})*(?:,\s+${STATE_ABBREVIATION})?)`;
/**
 * A country after a city (`Apia, Samoa`; `Trinidad and Tobago`), which the city's name goes without, as datelines
 * give it.
 */
const COUNTRY = String.raw`(?:,\s+(?:the\s+)?${WORD}(?:\s+(?:(?:${JOIN}|and)\s+)?${WORD}){0,3})?`;
/** A date or a range's first day, ahead: `25 June 2025`, `21–26 October`, `from 4 to 5 March`, `le 3 mars`. */
const DATE_AHEAD = String.raw`(?:(?:on|from|le|du|del?|a|em)\s+)?\d{1,2}${DAY_ORDINAL}(?:\s*(?:[-–—]|to|and|au|al|a|et|y|e)\s*\d{1,2}${DAY_ORDINAL})?\s+(?:de\s+)?(?:${MONTH_NAME})\b`;
/** What a meeting's name ends with, before the place and date a subtitle sets after a comma. */
const GATHERING = String.raw`(?:Meeting|Summit|Conference|Session|Forum|Assembly|Council|Dialogue|Round\s?Table|Retreat|Congress|Symposium)`;
/**
 * A place a sentence of the front matter names with a date: `… the North Atlantic Council in The Hague on 25 June
 * 2025`, `… in Washington, D.C. 10 July 2024`, `in Apia, Samoa, 21–26 October 2024`; or set after a dash or a bar
 * (`Ministerial Meeting — Port of Spain, 4–5 March 2026`), or after the meeting's name and a comma, as a summit's
 * subtitle sets it (`Commonwealth Heads of Government Meeting, Apia, Samoa, 21–26 October 2024`).
 */
const PLACE_PHRASES = [
	new RegExp(String.raw`\bin\s+${NAME}${COUNTRY}(?:,?\s+)${DATE_AHEAD}`, 'gu'),
	new RegExp(String.raw`(?:^|\s[—–|·]\s)${NAME}${COUNTRY},\s+${DATE_AHEAD}`, 'gu'),
	new RegExp(String.raw`\b${GATHERING},\s+${NAME}${COUNTRY},\s+${DATE_AHEAD}`, 'gu'),
];
/**
 * Words that start a name-like run but name a time, not a place (`in March 2024`, `in June, 4 July…`, a page's date
 * field `Saturday, 17 August 2024`).
 */
const NOT_PLACE = new RegExp(String.raw`^(?:${MONTH_NAME}|${WEEKDAY}|The|This|That|Its|Their|Our)$`, 'u');

/**
 * The place the front matter names with the date, in a phrasing rather than a dateline (see `PLACE_PHRASES`), when it
 * names one place only; undefined when it names none or several (which of them is the document's is not said).
 *
 * @param blocks - the front matter's blocks, each with its lines joined (a subtitle may be wrapped)
 */
export function placeInPhrasing(blocks: readonly string[]): string | undefined {
	const places = new Set<string>();
	for (const block of blocks) {
		const text = block.replace(/\s+/gu, ' ').trim();
		for (const pattern of PLACE_PHRASES) {
			for (const match of text.matchAll(pattern)) {
				const name = match[1] ?? '';
				if (!NOT_PLACE.test(name)) places.add(name);
			}
		}
	}
	return places.size === 1 ? [...places][0] : undefined;
}
