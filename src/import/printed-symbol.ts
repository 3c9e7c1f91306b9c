import { SPACED_SYMBOL } from '../corpus/layout-noise.ts';

/**
 * The symbols other organisations print on their documents, alone on a line or in a column of the masthead, as
 * the UN prints its own: each is what the document is cited by, and the import reads it as it reads a UN symbol.
 * None is a UN symbol, so no source URL is made from it (see `defaultSourceUrl`).
 */

/**
 * A symbol of parts in capitals and figures between slashes, with a figure somewhere (a series' name alone,
 * `OEA/Ser.P`, is not one document's): the Organisation of Islamic Cooperation's `OIC/CFM-50/2024/FC`,
 * `OIC/SUMMIT-15/2024/FC/FINAL`, also printed `…/FC/Final` (a part after the first may be a word with a capital: the
 * stage of the text, or its kind, accented as French writes it: `CILSS/CM/Décl.2/2025`); with the session in
 * brackets after the number, in roman numerals or figures, as governing bodies number their resolutions
 * (`IODA/GC/RES/3(XIV)`); the OSCE's dotted series, `MC.DEC/3/24`, `PC.DEC/1234`; with a revision or a corrigendum
 * as the UN writes them (`/Rev.1`).
 */
const SLASHED =
	/^(?=\S*\d)[A-Z]{2,8}(?:[.-][A-Z0-9]{1,10})*(?:\/(?:[A-Z0-9]{1,10}|\p{Lu}\p{Ll}{2,9})(?:[.-][A-Z0-9]{1,10})*)+(?:\s?\((?:[IVXLC]{1,8}|\d{1,4})\))?(?:\/(?:Rev|Corr|Add)\.\d{1,2})*$/u;
/**
 * The Organization of American States' symbol: the organ and kind, the number after a stop, and the session in
 * brackets (`AG/DEC. 110 (LIV-O/24)`, `AG/RES. 3000 (LIV-O/24)`, `CP/RES. 1250 (2456/24)`), maybe revised (`rev. 1`).
 */
const NUMBERED_KIND =
	/^[A-Z]{2,4}\/[A-Z]{2,5}\.\s?\d{1,5}(?:\s?\([A-Z0-9/-]{2,16}\))?(?:\s+(?:[Rr]ev|[Cc]orr)\.\s?\d{1,2})?$/u;
/**
 * The Council of the European Union's document number (`10234/25`, `ST 10234/25`, `10234/25 REV 1`, and as its
 * register writes it, `ST 10234 2025 INIT`): figures only,
 * so it is read only under the Council's masthead (see `COUNCIL_MASTHEAD`), never from another text's figures.
 */
const COUNCIL_NUMBER = /^(?:(?:ST\s+)?\d{4,5}\/\d{2}|ST\s+\d{4,5}\s+\d{4}\s+INIT)(?:\s+(?:REV|ADD|COR)\s+\d{1,2})*$/u;
/**
 * A symbol of an organisation's code, a space and the number over the year, as the European Council and the Council
 * of the European Union print theirs on a first page (`EUCO 12/24`, `EUCO XT 20004/18`, `SN 2345/24`, `PE-CONS
 * 12/24`, `ST 10234/1/25 REV 1`), and the European Commission's year in brackets before the number (`COM(2024) 123
 * final`, `JOIN(2024) 5 final`), as the Council of Europe's Committee of Ministers writes its documents' too
 * (`CM(2025)145-final`). The code is in capitals, so a line of words never reads as one; a page's number
 * (`PAGE 1/12`, `ANNEX 2/24`) is not a code.
 */
const CODED_NUMBER =
	/^(?!(?:PAGES?|ANNEX|ANNEXE|ANEXO|ITEM|PART|TABLE|FIGURE|NO|NR|SEITE|PAGINA|PÁGINA)\s)[A-Z]{2,8}(?:[ -][A-Z]{2,8})?\s\d{1,5}(?:\/\d{1,2})?\/(?:\d{2}|\d{4})(?:\s+(?:REV|ADD|COR|AMD)\s+\d{1,2})*(?:\s+INIT)?$|^[A-Z]{1,5}\(\d{4}\)\s?\d{1,5}(?:[\s-]final|-(?:add|rev|corr)\d{0,2})*$/u;
/**
 * Symbols of other bodies' series, each in its own form: the European Parliament's texts adopted (`P10_TA(2024)0015`,
 * `P9_TA-PROV(2024)0371`); IMO's documents and resolutions, the organ apart from its session (`MSC 102/24/Add.1`,
 * `MEPC 80/17`, `A 33/Res.1187`) or before it (`MSC.474(102)`, `A.1187(33)`); FAO's reports (`CL 175/REP`,
 * `C 2023/REP`); the African Union's decisions (`Assembly/AU/Dec.870(XXXVII)`, `EX.CL/Dec.1234(XLIV)`); the Council
 * of Europe's Committee of Ministers' declarations, by their day (`Decl(14/05/2025)`), recommendations, resolutions
 * and decisions (`CM/Rec(2022)13`, `CM/Res(2024)2`, `CM/Del/Dec(2025)1530/2.3`); NATO's press releases, which carry
 * its summit declarations, by their year and number (`Press Release (2025) 095`); the World Health Assembly's and
 * WHO Executive Board's resolutions (`WHA78.5`, `EB156.R3`).
 */
const SERIES_SYMBOLS = [
	/^P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4}$/u,
	new RegExp(`^(?!(?:PAGES?|ANNEX|ITEM|PART|TABLE|FIGURE|NO|NR)\\s)${SPACED_SYMBOL}$`, 'u'),
	/^[A-Z]{1,5}\.\d{1,5}\(\d{1,3}\)$/u,
	/^(?:Assembly|EX\.CL|PSC)(?:\/[A-Z]{2,4})*\/(?:Dec|Decl|Res)\.\s?\d{1,5}(?:\s?\([IVXLC]{1,8}\))?(?:\s?Rev\.\s?\d)?$/u,
	/^(?:Decl\(\d{2}\/\d{2}\/\d{4}\)|CM\/(?:Rec|Res|Del\/Dec)\(\d{4}\)\d{1,4}(?:\/\d{1,2}(?:\.\d{1,2})*)?)$/u,
	/^Press Release \(\d{4}\) \d{1,4}$/u,
	/^(?:WHA\d{2}\.\d{1,2}|EB\d{2,3}\.R\d{1,2})$/u,
];

/**
 * The label a page's masthead sets before its number (`Press release No. PR/2025/014`, `Ref.: SG/SM/1234`), opening
 * its cell: no part of the symbol, taken away as a masthead's other pieces are (see `symbolIn`). Not a kind's number
 * (`DECISION No. 3/24`), which is its title's.
 */
export const NUMBER_LABEL =
	/^\s*(?:(?:press|news|media)\s+release\s+)?(?:No|Ref|Reference|N[º°])\.?\s*:?\s+(?=\S*\d)/iu;

/** The lines that show a Council of the European Union document: its name, its `(OR. en)`, its Secretariat. */
const COUNCIL_MASTHEAD =
	/^(?:Council of the European Union|\(OR\.\s*[a-z]{2}(?:\s*,\s*[a-z]{2})*\))$|General Secretariat of the Council/u;

/** Whether the first lines of a text show the Council of the European Union's masthead (see `COUNCIL_MASTHEAD`). */
export function underCouncilMasthead(cells: readonly string[]): boolean {
	return cells.some((cell) => COUNCIL_MASTHEAD.test(cell));
}

/**
 * Whether a masthead cell is another organisation's printed symbol (see `SLASHED`, `NUMBERED_KIND`, `CODED_NUMBER`,
 * `SERIES_SYMBOLS`), or, under the
 * Council of the European Union's masthead, its document number. A field's value (`No. prev. doc.:  9876/25`) is
 * not: the caller gives only cells that stand alone.
 */
export function isPrintedSymbol(cell: string, councilMasthead: boolean): boolean {
	return (
		SLASHED.test(cell) ||
		NUMBERED_KIND.test(cell) ||
		CODED_NUMBER.test(cell) ||
		SERIES_SYMBOLS.some((symbol) => symbol.test(cell)) ||
		(councilMasthead && COUNCIL_NUMBER.test(cell))
	);
}
