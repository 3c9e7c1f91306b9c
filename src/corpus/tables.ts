import { ENDS_SENTENCE, bullet, isAnnexHeading, isNumberedHeading, isSubItem, paragraphNumber } from './markers.ts';

/**
 * Tables and figures set between a report's paragraphs: a caption line (`Table 1`, `Figure II`, `Chart 3`, `Box 1`,
 * maybe with its title on the same line or the next), rows of short cells (numbers, percentages, years, a row's
 * label; aligned in columns by `pdftotext -layout`, one cell a line by `pdftotext` and by the PDF import), then maybe
 * a `Source:` or `Note:` line. They are no paragraph's text: their cells without the grid are no sentence one could
 * quote, and a search for a row's word (`police`) must not find the paragraph the table happens to follow. They are
 * left out like page furniture (not kept as context: a preamble of cells would read no better); the paragraph that
 * cites them keeps its sentence ("as shown in table 1 below"), and one the table cut mid-sentence is joined again.
 */

/**
 * `Table 1`, `Figure I`, `Chart 3.2`, `Box A.1`, then nothing, a separator, or a title in capitals; as French and
 * Spanish documents name them too (`Tableau 1 – …`, `Graphique 2`, `Encadré 1`, `Cuadro 1 – …`, `Tabla 2`,
 * `Figura 3`, `Gráfico 1`, `Recuadro 1`, `Mapa 2`), maybe with a number sign (`Tableau n° 1`, `Cuadro N.º 2`).
 */
const CAPTION =
	/^(?:Table|Figure|Chart|Graph|Map|Box|Tableau|Graphique|Encadré|Carte|Cuadro|Tabla|Figura|Gráfico|Grafico|Recuadro|Mapa)\s+(?:[Nn](?:o\.|\.?\s?[º°]|úm\.)\s*)?(?:\d{1,3}(?:\.\d{1,2})?|[IVXLC]{1,6}|[A-Z]\.\d{1,2})(?:\s*$|\s*[.:\u2013\u2014-]\s*\S|\s+[\p{Lu}\d])/u;
/** A cell that is a figure: `41`, `1,250`, `46%`, `3.5`, `2023-2024`, `(12)`, `n/a`, a dash for none. */
const FIGURE_CELL =
	/^(?:\(?[-+\u2212]?[$€£]?\d[\d,.\u00a0]*%?\)?|\d{4}[-\u2013]\d{2,4}|n\/a|\.{2,3}|…|[-\u2013\u2014])$/u;
/** A row's label and its cells fit on a short line once the layout's spaces are one. */
const MAX_ROW_LENGTH = 90;
/** A label of more words than this is a sentence, whatever figures it holds. */
const MAX_LABEL_WORDS = 8;
/** A cell of words alone (`Africa`, `Region`), one a line: short and in capitals. */
const MAX_WORD_CELL_WORDS = 4;
const MAX_WORD_CELL_LENGTH = 40;
/** A title under its caption is a short line. */
const MAX_TITLE_LENGTH = 120;
/** A table of words alone has at least this many rows under its caption. */
const MIN_WORD_ROWS = 2;
/** Fewer figures than this and the lines under a caption are not known to be a table. */
const MIN_FIGURE_CELLS = 2;
/** `Source:`, `Sources:`, `Note:`, `Notes:`, `Abbreviation:` under a table; in Spanish `Fuente:`, `Nota:`. */
const SOURCE_LINE = /^(?:Sources?|Notes?|Abbreviations?|Abréviations?|Fuentes?|Notas?|Abreviaturas?)\s*:/u;
/** A source note that wraps takes a few lines at most. */
const MAX_SOURCE_LINES = 4;

/** A caption's number sign (`n°`, `N.º`, `No.`), which says nothing of whether a title follows the number. */
const withoutNumberSign = (line: string) => line.replace(/^(\S+\s+)[Nn](?:o\.|\.?\s?[º°]|úm\.)\s*/u, '$1');
/** A caption alone on its line, without a title beside it (`Table 1`, `Tableau n° 1`). */
const captionAlone = (line: string) => /^\S+\s+\S+$/u.test(withoutNumberSign(line));

/** Whether a line, trimmed, is a caption opening a table or a figure. */
export function isCaption(line: string): boolean {
	// `Table 1.` alone is a caption; a line ending a sentence after its title is prose.
	return CAPTION.test(line) && (captionAlone(line) || !ENDS_SENTENCE.test(line));
}

/** Whether a line opens something of the text's own: a paragraph, a sub-item, a heading. */
function opensText(line: string): boolean {
	return (
		paragraphNumber(line) !== undefined ||
		bullet(line) !== undefined ||
		isSubItem(line) ||
		isNumberedHeading(line) ||
		isAnnexHeading(line) ||
		isCaption(line)
	);
}

/** A sentence's end, but not a figure's decimal stop (`3.`) — cells seldom end with one. */
const endsSentence = (line: string) => ENDS_SENTENCE.test(line) && !/\d[.]$/u.test(line);

/** How many of a row's cells are figures, or undefined when the line is no row. */
function figureCells(raw: string): number | undefined {
	const line = raw.trim().replace(/\s+/gu, ' ');
	if (line.length === 0 || line.length > MAX_ROW_LENGTH || opensText(line) || endsSentence(line)) return undefined;
	const tokens = line.split(' ');
	const figures = tokens.filter((t) => FIGURE_CELL.test(t)).length;
	const words = tokens.length - figures;
	if (figures > 0) return words <= MAX_LABEL_WORDS ? figures : undefined;
	// Cells of words only: one a line (`Asia and the Pacific`), or columns that `-layout` spaces apart.
	const columns = raw.trim().split(/\s{2,}/u).length;
	const short = tokens.length <= MAX_WORD_CELL_WORDS && line.length <= MAX_WORD_CELL_LENGTH;
	return /^\p{Lu}/u.test(line) && (short || columns >= 3) ? 0 : undefined;
}

/** Whether a line under a caption is the table's title: short, not a sentence, not a row. */
function isTitle(line: string): boolean {
	return line.length <= MAX_TITLE_LENGTH && /^\p{Lu}/u.test(line) && !endsSentence(line) && !opensText(line);
}

/**
 * The lines (0-based) that the tables and figures of a text take: each caption, its title, its rows and its source
 * note, with the blank lines between them. A caption not followed by rows (holding figures, or of words alone
 * up to the text's next mark or sentence) is left to the text.
 */
export function tableLines(rawLines: readonly string[]): Set<number> {
	const found = new Set<number>();
	const next = (from: number) => {
		let j = from;
		while (j < rawLines.length && (rawLines[j] ?? '').trim() === '') j += 1;
		return j;
	};
	for (let i = 0; i < rawLines.length; i += 1) {
		const caption = (rawLines[i] ?? '').trim().replace(/\s+/gu, ' ');
		if (!isCaption(caption)) continue;
		const taken = [i];
		let j = next(i + 1);
		// The title on the caption's line or the next one, unless that line is already a row.
		const titleBeside = !captionAlone(caption);
		const candidate = (rawLines[j] ?? '').trim().replace(/\s+/gu, ' ');
		if (!titleBeside && j < rawLines.length && figureCells(rawLines[j] ?? '') === undefined && isTitle(candidate)) {
			taken.push(j);
			j = next(j + 1);
		}
		let figures = 0;
		const firstRow = taken.length;
		// The rows end with the last that holds a figure: a short line of words after it is the text's (a heading).
		let lastFigureRow: number | undefined;
		for (let cells = figureCells(rawLines[j] ?? ''); j < rawLines.length && cells !== undefined;) {
			figures += cells;
			if (cells > 0) lastFigureRow = taken.length;
			taken.push(j);
			j = next(j + 1);
			cells = figureCells(rawLines[j] ?? '');
		}
		// A table of words only (`Formation`, `Échange d'informations`, one cell a line as a saved page gives them): rows
		// enough, then the text again (a paragraph's mark, a heading, a sentence, or the end). Else a caption over
		// prose (a box) or over nothing is left to the text.
		const after = (rawLines[j] ?? '').trim();
		const wordsOnly =
			figures === 0 &&
			taken.length - firstRow >= MIN_WORD_ROWS &&
			(j >= rawLines.length || opensText(after) || endsSentence(after));
		if (!wordsOnly && (figures < MIN_FIGURE_CELLS || lastFigureRow === undefined)) continue;
		if (lastFigureRow !== undefined && lastFigureRow < taken.length - 1) {
			taken.length = lastFigureRow + 1;
			j = next((taken.at(-1) ?? i) + 1);
		}
		if (SOURCE_LINE.test((rawLines[j] ?? '').trim())) {
			// The note, and its wrapped lines up to a blank line or its closing stop.
			for (let k = j; k < rawLines.length && k < j + MAX_SOURCE_LINES; k += 1) {
				const text = (rawLines[k] ?? '').trim();
				if (text === '' || (k > j && opensText(text))) break;
				taken.push(k);
				if (endsSentence(text)) break;
			}
		}
		const [first, last] = [taken[0] ?? i, taken.at(-1) ?? i];
		for (let k = first; k <= last; k += 1) found.add(k);
		i = last;
	}
	return found;
}
