import { PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';
import { footnoteNotes } from '../../src/import/footnote-notes.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/** An OAS resolution: footnotes numbered `1.` under the rule at a page's foot, marked `1/` in the text. */
const NAME = 'oas-resolution-footnotes-layout';

/**
 * An OAS resolution's two pages as its PDF prints them: body text at 12 pt with the marks `1/` typed on the line, the
 * footnote `1.` in 9 pt at the first page's foot (the rule is drawn, not text), `- 2 -` atop the second page.
 */
async function oasResolutionPdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const line = (page: PDFPage, text: string, x: number, y: number, size = 12) =>
		page.drawText(text, { x, y, size, font });
	const first = pdf.addPage([612, 792]);
	line(first, 'AG/RES. 3014 (LIV-O/24)', 430, 740);
	line(first, 'STRENGTHENING COOPERATION TO PREVENT AND RESPOND TO NATURAL DISASTERS1/', 90, 700);
	line(first, '(Adopted at the third plenary session, held on June 27, 2024)', 150, 680);
	line(first, 'THE GENERAL ASSEMBLY,', 72, 640);
	line(first, 'RESOLVES:', 72, 610);
	line(first, '1.      To reaffirm the importance of regional cooperation in disaster risk management.', 72, 580);
	line(
		first,
		'2.      To urge member states to include disaster risk reduction in their national development',
		72,
		550,
	);
	line(first, 'plans.', 72, 536);
	line(
		first,
		'1. The Government of the Republic of Nicaragua does not join the consensus on this resolution, as it',
		72,
		110,
		9,
	);
	line(first, 'considers that its content goes beyond the mandates of the Organization.', 80, 100, 9);
	const second = pdf.addPage([612, 792]);
	line(second, '- 2 -', 290, 740);
	line(
		second,
		'3.      To request the General Secretariat to carry out the activities mentioned in this resolution.',
		72,
		700,
	);
	return pdf.save();
}

describe('footnotes numbered as the OAS numbers them', () => {
	it('are no text of the paragraph the page breaks, and their `N/` marks are left out of the quotes', () => {
		const { want, parsed } = parsedFixture(NAME);
		expectAsExpected(parsed, want);
		const quoted = parsed.paragraphs.map((p) => p.text).join('\n');
		expect(quoted).not.toMatch(/Nicaragua|United States joins|Argentina|\d\//u);
	});

	it('are known without the rule too, by their place at the page foot and the marks (`pdftotext` text)', () => {
		const { want, parsed } = parsedFixture('oas-resolution-footnotes-pdf');
		expectAsExpected(parsed, want);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Nicaragua|United States joins|\d\//u);
	});

	it('are known in a PDF, whose text layer has no rule', async () => {
		const text = await extractPdf(await oasResolutionPdf());
		const { paragraphs, problems } = parseSource(text, 'x');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'To reaffirm the importance of regional cooperation in disaster risk management.',
			'To urge member states to include disaster risk reduction in their national development plans.',
			'To request the General Secretariat to carry out the activities mentioned in this resolution.',
		]);
		expect(problems).toEqual([]);
		expect(guessMetadata(text).title).toBe('STRENGTHENING COOPERATION TO PREVENT AND RESPOND TO NATURAL DISASTERS');
	});

	it('leave the title without their marks, and are named in the import notes', () => {
		const text = textOf(NAME);
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'AG/RES. 3014 (LIV-O/24)',
			title: 'STRENGTHENING COOPERATION TO PREVENT AND RESPOND TO NATURAL DISASTERS',
			releaseDate: '2024-06-27',
		});
		expect(footnoteNotes(text)).toEqual([
			'left out of the paragraphs as footnotes (3): line 30 "1. The Government of the Republic of Nicaragua does not join…"; ' +
				'line 32 "2. The United States joins the consensus on this resolution …"; ' +
				'line 34 "3. The Delegation of Argentina recalls that early warning da…"',
		]);
	});

	it('is read so only where the text marks that number with a slash: a `1.` after a rule is otherwise a number', () => {
		const lines = [
			'Chair statement',
			'',
			'1. The Ministers met in Lima.',
			'',
			'2. They agreed to meet again in 2026, as the plan of action 1/ foresees.',
			'',
			'__________',
			'1. The Ministers adopted the annexed plan.',
			'',
		];
		// `1/` set apart from its word is no mark: the `1.` under the rule stays text, and the import says so.
		const parsed = parseSource(lines.join('\n'), 'Chair statement');
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).toContain('The Ministers adopted the annexed plan.');
		expect(parsed.problems).toEqual([{ line: 8, message: '"1." after ¶2 repeats or goes back; kept as text of ¶2' }]);
		// A mark glued to its word is one, but only for its own number: a `2.` under the rule is no footnote of `1/`.
		lines[4] = '2. They agreed to meet again in 2026.1/';
		lines[7] = '2. The Ministers adopted the annexed plan.';
		expect(
			parseSource(lines.join('\n'), 'Chair statement')
				.paragraphs.map((p) => p.text)
				.join('\n'),
		).toContain('The Ministers adopted the annexed plan.');
	});
});
