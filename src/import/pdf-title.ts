import { isKindHeading } from './document-kind.ts';
import { openPdf } from './open-pdf.ts';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** Type at least this much larger than the page's body text is display type: a masthead's, or a title's. */
const LARGER = 1.15;
/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.4;

interface Run {
	text: string;
	x: number;
	y: number;
	size: number;
}

/**
 * The lines a PDF's first page sets in type larger than its body text, largest first (lines of one size that follow
 * each other joined, as a title wrapped over two lines): where a UN document prints its masthead and its title,
 * above the organ's name and the text in body type. The import prefers the largest of them that could be a title.
 * Read with Mozilla's pdf.js, apart from the text extraction so that each stays simple; a PDF without text gives [].
 */
export async function displayLines(data: Uint8Array): Promise<string[]> {
	const pdf = await openPdf(data);
	try {
		const page = await pdf.getPage(1);
		const runs: Run[] = (await page.getTextContent()).items
			.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
			.map((item) => ({
				text: item.str,
				x: item.transform[4] as number,
				y: item.transform[5] as number,
				size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height || 10,
			}));
		page.cleanup();
		return largerThanBody(runs);
	} finally {
		await pdf.destroy();
	}
}

/** The size most of a page's characters are set in. */
function bodySize(runs: readonly Run[]): number {
	const chars = new Map<number, number>();
	for (const run of runs) {
		const size = Math.round(run.size * 2) / 2;
		chars.set(size, (chars.get(size) ?? 0) + run.text.length);
	}
	return [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

function largerThanBody(runs: readonly Run[]): string[] {
	const body = bodySize(runs);
	const lines: { runs: Run[]; y: number; size: number }[] = [];
	for (const run of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
		if (run.size < LARGER * body) continue;
		// A masthead sets pieces of one height side by side (`United Nations     A/60/341`): one line per size.
		const line = lines.find((l) => Math.abs(l.y - run.y) <= SAME_LINE * run.size && l.size === run.size);
		if (line) line.runs.push(run);
		else lines.push({ runs: [run], y: run.y, size: run.size });
	}
	const texts = lines.map((line) => ({
		text: line.runs
			.sort((a, b) => a.x - b.x)
			.map((run) => run.text.trim())
			.join(' '),
		y: line.y,
		size: line.size,
	}));
	// Lines of one size one under the other, a line's height or so apart: one title wrapped. Not a line saying what
	// kind of document it is (`Draft agreed conclusions submitted by…`), set in the title's type above it.
	const joined: { text: string; y: number; size: number }[] = [];
	for (const line of texts) {
		const last = joined.at(-1);
		if (last && last.size === line.size && last.y - line.y <= 1.6 * line.size && !isKindHeading(last.text)) {
			last.text += ` ${line.text}`;
			last.y = line.y;
		} else joined.push({ ...line });
	}
	return joined.sort((a, b) => b.size - a.size).map((line) => line.text.replace(/\s+/gu, ' ').trim());
}
