import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { textOf } from '../helpers/parsing-fixture.ts';

/**
 * An OSCE decision with its attachments, imported from a PDF as its pages are printed: each line of the `-layout`
 * fixture drawn where it stands (the masthead in the right column), each page after a form feed on a page of its
 * own. The statements are the attachments' paragraphs, never words of the decision's last one.
 */
async function pagesPdf(text: string): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.Helvetica);
	for (const page of text.split('\f')) {
		const sheet = pdf.addPage([595, 842]);
		let y = 780;
		for (const line of page.split('\n')) {
			const indent = /^ */u.exec(line)?.[0].length ?? 0;
			// WinAnsi has no curly quotes beyond these; the fixture holds none it cannot draw.
			if (line.trim() !== '') sheet.drawText(line.trim(), { x: 50 + indent * 5, y, size: 9, font });
			y -= 12;
		}
	}
	return pdf.save();
}

describe('an OSCE decision with attachments, from its PDF', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	it("holds each delegation's statement as its attachment's paragraphs", async () => {
		const dir = seedDataCopy('docparts-pdf-');
		dirs.push(dir);
		const file = join(dir, 'mc-dec-4-42.pdf');
		writeFileSync(file, await pagesPdf(textOf('osce-decision-attachments-layout')));
		const { code, all } = await importCli(
			[file, '--symbol', 'MC.DEC/4/42', '--title', 'Strengthening co-operation on the safety of journalists'],
			dir,
		);
		expect(code, all).toBe(0);
		const document = loadCorpus(dir).documents.find((d) => d.symbol === 'MC.DEC/4/42');
		const sixth = document?.paragraphs.find((p) => p.number === 6);
		expect(sixth?.text).toMatch(/to the next Ministerial Council meeting\.$/u);
		const statements = document?.paragraphs.filter((p) => p.inAnnex?.annex.startsWith('Attachment')) ?? [];
		expect(statements.map((p) => paragraphMark(p))).toEqual([
			'attachment 1 ¶1',
			'attachment 1 ¶2',
			'attachment 2 ¶1',
			'attachment 2 ¶2',
		]);
		expect(statements[0]?.text).toContain('foreign media outlets');
		expect(statements[2]?.section).toMatch(/By the delegation of Canada/u);
	});
});
