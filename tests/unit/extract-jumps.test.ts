import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphNumbers } from '../../src/corpus/lookup.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { allThemes, dataNotes, dataProblems } from '../../src/import/data-check.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { textOf } from '../helpers/parsing-fixture.ts';

/**
 * An extract prints only the paragraphs it quotes, under their numbers in the whole document: `4.`, `9.`, `12.`,
 * `15.` (no two in sequence), or `4.`, `5.`, `9.`, `12.`. It keeps those numbers (it is not numbered again from 1,
 * with `4.` left in its text), and the data check says that its numbers jump, without failing on it.
 */

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SOME_IN_SEQUENCE = [
	'Conclusions (extract)',
	'',
	'4. Participants welcomed the progress made in early warning.',
	'',
	'5. They agreed to meet again in Nairobi.',
	'',
	'9. They called for more funding for preparedness.',
	'',
	'12. They thanked the host country.',
].join('\n');

describe('an extract whose numbers jump', () => {
	it.each([
		['no two numbers in sequence (4, 9, 12, 15)', textOf('conclusions-extract-jumps'), [4, 9, 12, 15]],
		['some in sequence (4, 5, 9, 12)', SOME_IN_SEQUENCE, [4, 5, 9, 12]],
	])('%s: keeps the printed numbers, its text without them', (_name, text, numbers) => {
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual(numbers);
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/^\d/u);
		// Each jump is said, as a jump, not as a paragraph the parser lost.
		expect(parsed.problems.length).toBe(numbers.filter((n, i) => i > 0 && n !== (numbers[i - 1] ?? 0) + 1).length);
		for (const problem of parsed.problems) {
			expect(problem).toMatchObject({
				jump: true,
				message: expect.stringMatching(/^the numbers jump from ¶\d+ to ¶\d+ \(/u) as string,
			});
		}
	});

	it('in the corpus: cited and reached by its own numbers; the data check says the jumps and passes', async () => {
		const dir = seedDataCopy('extract-jumps-');
		scratch.push(dir);
		writeFileSync(join(dir, 'documents', 'drr.txt'), textOf('conclusions-extract-jumps'));
		writeFileSync(
			join(dir, 'documents', 'drr.json'),
			JSON.stringify({ symbol: 'XYZ/FIX/2043/2', title: 'Conclusions', releaseDate: '2043-03-03' }),
		);
		const corpus = loadCorpus(dir);
		const drr = corpus.documentBySlug.get('drr')!;
		expect(paragraphNumbers(drr)).toBe('¶4, 9, 12, 15');
		expect(resolveParagraph(corpus, '9', drr)).toMatchObject({ ok: true, paragraph: { id: 'drr-9' } });
		expect(resolveParagraph(corpus, '1', drr)).toMatchObject({ ok: false, reason: 'out-of-range' });
		expect(dataProblems(corpus, allThemes(dir))).toEqual([]);
		expect(dataNotes(corpus).map((note) => note.replace(/^.*\//u, ''))).toEqual([
			'drr.txt line 9: the numbers jump from ¶4 to ¶9 (¶5–8 are not in this extract)',
			'drr.txt line 11: the numbers jump from ¶9 to ¶12 (¶10–11 are not in this extract)',
			'drr.txt line 13: the numbers jump from ¶12 to ¶15 (¶13–14 are not in this extract)',
		]);
		const check = await importCli(['--check'], dir);
		expect(check.code).toBe(0);
		expect(check.stdout).toContain('drr.txt line 9: the numbers jump from ¶4 to ¶9');
		// Counted in words, not "document(s)": the seed's and this one.
		expect(check.stdout).toContain('data check passed: 2 documents, ');
	});

	it('the import writes it without --force, saying the jumps among its notes', async () => {
		const dir = seedDataCopy('extract-jumps-import-');
		scratch.push(dir);
		const file = join(dir, 'extract.txt');
		writeFileSync(file, textOf('conclusions-extract-jumps'));
		const imported = await importCli([file, '--date', '2043-03-03'], dir);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain('line 9: the numbers jump from ¶4 to ¶9 (¶5–8 are not in this extract)');
		expect(imported.stdout).toMatch(/^¶4 Participants stressed/mu);
		expect(imported.stdout).toContain('No problem found.');
	});
});

/**
 * A first paragraph whose next printed number skips one or two (`1.`, then `3.`, `4.`): the numbers in sequence
 * started the text, and `1.` was left out of every paragraph, neither quoted nor searched. It is the first paragraph,
 * and the number skipped is said as missing; an extract starting past ¶1 likewise keeps its first paragraph.
 */
describe('a first paragraph whose next number skips', () => {
	it.each([
		['a document from ¶1 (1, 3, 4)', [1, 3, 4], /^¶3 follows ¶1: ¶2 missing$/u],
		['an extract (7, 9, 10)', [7, 9, 10], /^the numbers jump from ¶7 to ¶9 \(/u],
	])('%s: is read as the first paragraph, the skip said', (_name, numbers, said) => {
		const text = [
			'Final communiqué',
			'',
			...numbers.flatMap((n) => [`${n}. The Council considered item ${n} of its agenda.`, '']),
		].join('\n');
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual(numbers);
		expect(parsed.paragraphs[0]?.text).toBe(`The Council considered item ${numbers[0]} of its agenda.`);
		expect(parsed.problems.map((p) => p.message)).toEqual([expect.stringMatching(said) as string]);
	});

	it('a number further back is not taken in (1, then 9, 10)', () => {
		const parsed = parseSource(
			['Report', '', '1. Background of the report.', '', '9. The Council met.', '', '10. It adjourned.', ''].join('\n'),
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([9, 10]);
	});
});
