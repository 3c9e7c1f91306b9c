import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'unreadable-pdf-'));
const dataDir = seedDataCopy('unreadable-pdf-data-');
afterAll(() => {
	for (const dir of [scratch, dataDir]) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import on a .pdf that pdf.js cannot open', () => {
	it.each([
		['a text file named .pdf', 'These are the conclusions, saved as text.\n'],
		['a PDF cut off after its header', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog'],
		['an empty file', ''],
	])('%s: one line naming the file, exit 1, nothing written', async (_, content) => {
		const file = join(scratch, 'conclusions.pdf');
		writeFileSync(file, content);
		const { code, stdout, stderr } = await importCli([file], dataDir);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(new RegExp(`^import: ${file} is not a readable PDF: [^\\n]+\\n$`));
		expect(existsSync(join(dataDir, 'documents', 'conclusions.txt'))).toBe(false);
	});
});
