import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** A run of text placed on a page, as pdf.js reports it. */
interface Run {
	text: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

interface Line {
	text: string;
	y: number;
	size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.4;
/** A gap between lines this much wider than the usual one is a paragraph break. */
const PARAGRAPH_GAP = 1.4;

/** Puts a page's runs into lines, top to bottom, a space where two runs stand apart. */
function linesOf(runs: readonly Run[]): Line[] {
	const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: { runs: Run[]; y: number; size: number }[] = [];
	for (const run of sorted) {
		const line = lines.at(-1);
		if (line && Math.abs(line.y - run.y) <= SAME_LINE * Math.max(line.size, run.size)) line.runs.push(run);
		else lines.push({ runs: [run], y: run.y, size: run.size });
	}
	return lines.map(({ runs: lineRuns, y, size }) => {
		lineRuns.sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const run of lineRuns) {
			const apart = run.x - end > 0.15 * run.size;
			if (text !== '' && apart && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
			text += run.text;
			end = run.x + run.width;
		}
		return { text: text.replace(/^\s+|\s+$/gu, ''), y, size };
	});
}

/** The usual distance between two lines of a page: the smallest that recurs (paragraph breaks are wider). */
function usualGap(lines: readonly Line[]): number {
	const counts = new Map<number, number>();
	for (let i = 1; i < lines.length; i += 1) {
		const gap = Math.round(((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)) * 2) / 2;
		if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
	}
	const gaps = [...counts.keys()].sort((a, b) => a - b);
	return gaps.find((gap) => (counts.get(gap) ?? 0) >= 2) ?? gaps[0] ?? 0;
}

/**
 * The text of a PDF with a text layer, read with Mozilla's pdf.js: one line per printed line, a blank line where
 * the space between lines says a paragraph ends, and between pages. Page furniture stays (the parser drops it), so
 * the file keeps what the PDF says. A scanned PDF without text gives an empty string.
 */
export async function extractPdf(data: Uint8Array): Promise<string> {
	const pdf = await getDocument({
		data,
		isEvalSupported: false,
		useSystemFonts: false,
		disableFontFace: true,
		verbosity: 0,
	}).promise;
	const pages: string[] = [];
	try {
		for (let number = 1; number <= pdf.numPages; number += 1) {
			const page = await pdf.getPage(number);
			const content = await page.getTextContent();
			const runs = content.items
				.filter((item): item is TextItem => 'str' in item && item.str !== '')
				.map((item) => ({
					text: item.str,
					x: item.transform[4] as number,
					y: item.transform[5] as number,
					width: item.width,
					size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height || 10,
				}));
			const lines = linesOf(runs).filter((line) => line.text !== '');
			const gap = usualGap(lines);
			const text = lines
				.map((line, i) => {
					const previous = lines[i - 1];
					const apart = previous !== undefined && gap > 0 && previous.y - line.y > PARAGRAPH_GAP * gap;
					return `${apart ? '\n' : ''}${line.text}`;
				})
				.join('\n');
			pages.push(text);
			page.cleanup();
		}
	} finally {
		await pdf.destroy();
	}
	return `${pages.join('\n\n')}\n`;
}
