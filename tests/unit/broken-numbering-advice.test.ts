import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { columnEvidence } from '../../src/import/column-evidence.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');
const parsing = (name: string) => readFileSync(new URL(`../fixtures/parsing/${name}`, import.meta.url), 'utf8');

/** Imports `text` as `name` into a fresh copy of the data folder. */
async function importText(name: string, text: string, ...options: string[]) {
	const dir = seedDataCopy('numbering-');
	scratch.push(dir);
	const work = mkdtempSync(join(tmpdir(), 'numbering-file-'));
	scratch.push(work);
	const file = join(work, name);
	writeFileSync(file, text);
	return { ...(await importCli([file, ...options], dir)), dir };
}

describe('a broken numbering in a text of one column', () => {
	const text = fixture('annex-appendix-pdf.txt');

	it('is refused naming where it broke and the heading above the restart, not columns', async () => {
		// The appendix's line set as a sentence's end in small letters: no heading the import can read.
		const unread = text.replace(
			'Appendix to annex I: staffing table of the centre',
			'staffing table of the centre (appendix to annex I)',
		);
		const result = await importText('conclusions.txt', unread, '--symbol', 'Lisbon Conclusions');
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/line 35: "1\." after ¶12 repeats or goes back/u);
		expect(result.stderr).toContain(
			'numbers start again from 1 under "staffing table of the centre (appendix to annex I)", which was not read as a heading',
		);
		// The advice names both kinds of part numbered from 1 again, and what --force does where no paragraph is open.
		expect(result.stderr).toMatch(/section that numbers its own paragraphs \(`II\. Marine pollution`, `Item 4\.2`\)/u);
		expect(result.stderr).toMatch(/where no paragraph is open above it, out of the quotes\s+\(the data check names/u);
		expect(result.stderr).not.toMatch(/two columns|read out of order/u);
		expect(result.stderr).toContain('(nothing written)');
	});

	it("imports whole where the appendix's line is read as a heading: its paragraphs cited by it", async () => {
		const result = await importText('conclusions.txt', text, '--symbol', 'Lisbon Conclusions');
		expect(result.code, result.all).toBe(0);
		expect(result.all).not.toMatch(/repeats or goes back|starts again|missing|in no paragraph/u);
		expect(result.stdout).toMatch(/^appendix to annex I ¶4 .*\[Annex I — Appendix to annex I: staffing table/mu);
	});

	it('imports whole once the heading is set as the advice says', async () => {
		const mended = text.replace(
			'Appendix to annex I: staffing table of the centre',
			'Appendix A\n\nStaffing table of the centre',
		);
		const result = await importText('conclusions.txt', mended, '--symbol', 'Lisbon Conclusions');
		expect(result.code, result.all).toBe(0);
		expect(result.all).not.toMatch(/repeats or goes back|missing/u);
		expect(result.stdout).toMatch(
			/^appendix A ¶1 .*\[Appendix A — Staffing table of the centre\] The centre shall be staffed/mu,
		);
	});
});

describe('what shows columns read across', () => {
	it('paragraph numbers alternating between two runs', () => {
		expect(columnEvidence(parsing('two-column-communique-pdf.txt'))).toMatch(
			/alternate between two runs \(1, 6, 2, 7/u,
		);
	});

	it('many lines holding two runs of text side by side', () => {
		const left = 'Ministers agreed to review the measures';
		const right = 'taken under this item of the agenda';
		const page = Array.from({ length: 12 }, () => `${left}      ${right}`).join('\n');
		expect(columnEvidence(page)).toMatch(/^12 lines hold two runs of text side by side/u);
	});

	it('nothing in a text of one column, numbered from 1 again under a heading, or with a masthead in columns', () => {
		expect(columnEvidence(fixture('annex-appendix-pdf.txt'))).toBeUndefined();
		expect(columnEvidence(fixture('osce-decision-layout.txt'))).toBeUndefined();
	});
});
