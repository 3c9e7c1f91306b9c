import { cellsOf } from './masthead.ts';

/**
 * A line among the first that looks like a symbol the import could not read as one (`S/RES/2811 (2026) Rev`,
 * `A/HRC/58/L.1*`): series letters, a slash, and more of a symbol's signs, with no word in lower case. Named to the
 * user, who can pass it with `--symbol` if it is the document's.
 */
const SYMBOL_LIKE = /^[A-Z]{1,6}(?:\.[A-Z]{1,6})*\/(?=[^\s]*\d)[A-Za-z0-9./*()\- ]{1,40}$/u;

/** A document number alone in its cell, as the Council of the European Union prints its own (`10234/25`). */
const DOCUMENT_NUMBER = /^\d{4,5}\/\d{2}$/u;

/**
 * An organisation's code in capitals, a space, then a number over a year or a year in brackets, as the European
 * Council prints its symbols (`EUCO 15/24`), with more after it the import does not read (`EUCO 15/24*`).
 */
const CODED_LIKE =
	/^[A-Z]{2,8}(?:[ -][A-Z]{2,8})?(?:\s\d{1,5}(?:\/\d{1,4})+|\(\d{4}\)\s?\d{1,5})[A-Za-z0-9./*()\- ]{0,20}$/u;
/**
 * A series and its numbers run together with a dot, as the World Health Assembly and the Executive Board number their
 * resolutions (`WHA77.5`, `EB154.R3`, which the import reads: see printed-symbol.ts), alone in a masthead's cell.
 */
const NUMBERED_SERIES_LIKE = /^[A-Z]{2,6}\d{1,4}(?:\.[A-Z]{0,2}\d{1,4})+$/u;
/**
 * A series code with a session or year in brackets and more signs after it, as the Pacific Islands Forum and the IAEA
 * number their documents (`PIFS(25)FEM.07`, `GC(68)/RES/3`).
 */
const BRACKETED_SESSION_LIKE = /^[A-Z]{2,8}\(\d{1,4}\)[A-Z0-9./-]*(?:\d|[A-Z]{2,})[A-Z0-9./()-]*$/u;
/** A page's number, `PAGE 1/12`, which looks like a coded symbol (see `CODED_LIKE`) and is none. */
const PAGE_OF = /^(?:PAGES?|P|PP|ANNEX|ANNEXE|ANEXO|SEITE|PAGINA|PÁGINA)\s/u;

/**
 * The cell of a line that looks like a symbol without being read as one (see `SYMBOL_LIKE`, `NUMBERED_SERIES_LIKE`,
 * `BRACKETED_SESSION_LIKE`, `CODED_LIKE`).
 */
export function symbolLikeIn(line: string): string | undefined {
	return cellsOf(line)
		.map((cell) => cell.replace(/^(?:United Nations|Press Release)\s+/iu, ''))
		.find(
			(cell) =>
				((SYMBOL_LIKE.test(cell) ||
					NUMBERED_SERIES_LIKE.test(cell) ||
					BRACKETED_SESSION_LIKE.test(cell) ||
					(CODED_LIKE.test(cell) && !PAGE_OF.test(cell))) &&
					!/\b\p{Ll}{2,}/u.test(cell.replace(/\sfinal\b/u, ''))) ||
				DOCUMENT_NUMBER.test(cell),
		);
}
