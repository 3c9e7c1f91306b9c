import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { citedMark, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * Text that is not the conclusions' is never quoted as a paragraph of them, and text of the document is never left
 * out silently: an OSCE decision's attachments (interpretative statements) are parts of their own; a communiqué's
 * closing place and date are context; a declaration's preamble in capitals, and an OIC communiqué's opening
 * paragraphs, are its preamble; `1.` right under a title block opens ¶1; a part of a part (`Annex to the ANNEX`)
 * heads a part; front matter that reads as sentences is named.
 */

describe.each([
	'osce-decision-attachments-pdf',
	'osce-decision-attachments-layout',
	'oas-declaration-pdf',
	'oas-declaracion-copied',
	'oic-communique-pdf',
	'chair-statement-copied',
	'report-nested-annex-pdf',
])('%s', (name) => {
	it('gives every paragraph in document order, with its mark, section and exact text, and no warning', () => {
		const { want, parsed } = parsedFixture(name);
		expectAsExpected(parsed, want);
	});
});

describe('an OSCE decision with interpretative statements attached', () => {
	const { parsed } = parsedFixture('osce-decision-attachments-pdf');
	const sixth = parsed.paragraphs.find((p) => p.number === 6 && !p.inAnnex);

	it('ends the last operative paragraph where the decision ends', () => {
		expect(sixth?.text).toBe(
			'To request the Chairpersonship to keep the implementation of this decision under review and to report on it ' +
				'to the next Ministerial Council meeting.',
		);
	});

	it("cites a delegation's words as its attachment's, named by the delegation, never as the decision's", () => {
		const words = parsed.paragraphs.filter((p) => p.text.includes('foreign media outlets'));
		expect(words).toHaveLength(1);
		const [statement] = words;
		expect(statement?.inAnnex).toEqual({ annex: 'Attachment 1', number: 1 });
		expect(statement && citedMark(statement)).toBe('attachment 1, ¶1');
		expect(statement?.section).toMatch(
			/^Attachment 1 — INTERPRETATIVE STATEMENT .* — By the delegation of the Russian Federation$/u,
		);
	});

	it('leaves the masthead each attachment page repeats out of every paragraph', () => {
		const all = parsed.paragraphs.map((p) => p.text).join('\n');
		expect(all).not.toMatch(/MC\.DEC|Original: RUSSIAN|ENGLISH|6 December 2042/u);
	});

	it('reads a statement copied without its Attachment line as a part of its own', () => {
		const copied = textOf('osce-decision-attachments-pdf')
			.split('\n')
			.filter((line) => !/^\f?(?:MC\.DEC\/4\/42|6 December 2042|Attachment \d|ENGLISH|Original: \w+)$/u.test(line))
			.join('\n');
		const read = parseSource(copied, 'Strengthening co-operation on the safety of journalists');
		expect(read.paragraphs.find((p) => p.number === 6)?.text).toMatch(/Ministerial Council meeting\.$/u);
		// Two statements, told apart: each its own part, numbered in order.
		const statements = read.paragraphs.filter((p) => p.inAnnex?.annex.startsWith('Interpretative statement'));
		expect(statements.map((p) => paragraphMark(p))).toEqual([
			'interpretative statement 1 ¶1',
			'interpretative statement 1 ¶2',
			'interpretative statement 2 ¶1',
			'interpretative statement 2 ¶2',
		]);
		expect(read.problems).toEqual([]);
	});
});

describe("a communiqué's closing place and date", () => {
	const body =
		'1. Ministers met in Apia.\n\n2. They noted progress.\n\n3. They thanked the host.\n\n4. They agreed to meet again in 2043.\n\n';
	it.each([
		['a place line, then the date', 'Banjul, Republic of The Gambia\n5 May 2042\n'],
		['Done at … then the date on its own line', 'Done at Banjul, Republic of The Gambia,\non 5 May 2042.\n'],
		['the place and date on one line', 'Banjul, Republic of The Gambia, 5 May 2042\n'],
		['in Spanish', 'Asunción, Paraguay\n27 de junio de 2042\n'],
		['Adopted in … on one line', 'Adopted in Banjul, Republic of The Gambia, on 5 May 2042.\n'],
		['the place, then on and the date, on one line', 'Banjul, Republic of The Gambia, on 5 May 2042\n'],
		[
			'with the signatories under it',
			'Done at Banjul, Republic of The Gambia,\non 5 May 2042.\n\nFor the Republic of The Gambia\nFor the Kingdom of Morocco\n',
		],
	])('are no words of the last paragraph: %s', (_, closing) => {
		const parsed = parseSource(`${body}${closing}`, 'Communiqué');
		expect(parsed.paragraphs).toHaveLength(4);
		expect(parsed.paragraphs.at(-1)?.text).toBe('They agreed to meet again in 2043.');
		expect(parsed.preamble).toContain(closing.split('\n')[0]);
	});

	it("stay the paragraph's where a sentence goes on after them", () => {
		const parsed = parseSource(
			`${body}Banjul, Republic of The Gambia\n5 May 2042\n\n5. The next meeting will be in Apia.\n`,
			'C',
		);
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
	});
});

describe("an OIC communiqué's opening paragraphs", () => {
	it('end at a line that reads as no sentence, even one not read as a heading', () => {
		const text = textOf('oic-communique-pdf').replace('WATER AND FOOD SECURITY\n\n', '');
		const parsed = parseSource(text, 'Final Communiqué of the Seventeenth Session of the Islamic Summit');
		const preamble = parsed.paragraphs.filter((p) => p.inAnnex?.annex === 'Preamble').map((p) => p.text);
		expect(preamble).toHaveLength(4);
		expect(preamble.join('\n')).not.toContain('PALESTINE');
		expect(parsed.paragraphs.filter((p) => !p.inAnnex).map((p) => p.number)).toEqual([1, 2, 3, 4]);
	});
});

describe("an OAS resolution's organ in capitals", () => {
	it('opens its preamble: RECALLING …; and BEARING IN MIND …; are preamble ¶1–2, RESOLVES: is context', () => {
		const parsed = parseSource(
			'AG/RES. 3001 (LXII-O/42)\n\nRURAL WATER COMMITTEES\n\nTHE GENERAL ASSEMBLY,\n\n' +
				'RECALLING resolution AG/RES. 2950 (LX-O/40) on water security;\n\n' +
				'BEARING IN MIND that rural communities manage most of the water points of the Hemisphere;\n\n' +
				'RESOLVES:\n\n1. To encourage member states to train rural water committees.\n\n' +
				'2. To request the General Secretariat to report on the implementation of this resolution.\n',
			'Rural water committees',
		);
		expect(parsed.paragraphs.map((p) => [p.inAnnex?.annex ?? null, p.text.slice(0, 12)])).toEqual([
			['Preamble', 'RECALLING re'],
			['Preamble', 'BEARING IN M'],
			[null, 'To encourage'],
			[null, 'To request t'],
		]);
		expect(parsed.preamble).toMatch(/THE GENERAL ASSEMBLY,\n\nRESOLVES:$/u);
	});
});

describe('a number that goes back under a heading that is no part line', () => {
	it("keeps the paragraph under it as that part's own, and says so: nothing is kept out of the quotes", () => {
		const parsed = parseSource(
			'1. The first.\n\n2. The second.\n\nAdditional standards\n\n1. At least one toilet for every school.\n',
			'T',
		);
		const back = parsed.problems.find((p) => p.message.includes('starts again'));
		expect(back?.message).toContain("read as that part's own numbering (additional standards ¶1…)");
		expect(parsed.paragraphs.at(-1)?.text).toBe('At least one toilet for every school.');
	});

	it("names the open paragraph by the document's mark when it takes the line in", () => {
		const parsed = parseSource(
			'1. Body one.\n\n2. Body two.\n\n3. Body three.\n\nAnnex\n\n1. First of the annex.\n\n2. Second of the annex ends here.\n1. Again this.\n',
			'T',
		);
		const back = parsed.problems.find((p) => p.message.includes('goes back'));
		// The annex's ¶2, held as ¶5: the document's mark, not the held number.
		expect(back?.message).toMatch(/kept as text of annex ¶2$/u);
	});
});

describe('an appendix to an annex', () => {
	it('heads a part of its own, cited by its line', () => {
		const text = textOf('report-nested-annex-pdf').replace('Annex to the ANNEX', 'Appendix to Annex I');
		const parsed = parseSource(text, 'Report on school water and sanitation');
		const last = parsed.paragraphs.at(-1);
		expect(last?.inAnnex).toEqual({ annex: 'Appendix to Annex I', number: 2 });
		expect(last && citedMark(last)).toBe('appendix to annex I, ¶2');
		expect(parsed.problems).toEqual([]);
	});
});

describe('front matter that reads as sentences', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	/** The OSCE decision of the attachment fixtures, with `text` as its text, in a data folder beside SG/2084. */
	function decisionWith(text: string) {
		const dir = seedDataCopy('docparts-');
		dirs.push(dir);
		writeFileSync(join(dir, 'documents', 'mcdec442.txt'), text);
		writeFileSync(
			join(dir, 'documents', 'mcdec442.json'),
			JSON.stringify({
				symbol: 'MC.DEC/4/42',
				title: 'Strengthening co-operation on the safety of journalists',
				shortTitle: 'Safety of journalists',
				releaseDate: '2042-12-06',
				sourceUrl: 'https://example.org/mcdec442',
			}),
		);
		const corpus = loadCorpus(dir);
		return { corpus, document: corpus.documents.find((d) => d.slug === 'mcdec442') };
	}

	it('is named in the import notes with its line, since no paragraph quotes it', async () => {
		const dir = seedDataCopy('docparts-');
		dirs.push(dir);
		const file = join(dir, 'letter.txt');
		copyFileSync(new URL('../fixtures/parsing/letter-annex-layout.txt', import.meta.url), file);
		const { code, stdout } = await importCli([file], dir);
		expect(code).toBe(0);
		expect(stdout).toMatch(
			/in no paragraph, so neither quoted nor searched: .*\(2\): line 13 "I have the honour to transmit/u,
		);
	});

	it('is not named when the text has none (a title, a date, a symbol)', () => {
		const { parsed } = parsedFixture('chair-statement-copied');
		expect(parsed.unquoted).toBeUndefined();
	});

	it('reaches an attachment paragraph by its own mark', () => {
		const { corpus, document } = decisionWith(textOf('osce-decision-attachments-pdf'));
		const found = resolveParagraph(corpus, 'attachment 2 ¶1', document);
		expect(found.ok && found.paragraph.text).toMatch(/^"In joining the consensus/u);
	});

	it('reaches a statement copied without its Attachment line by its place among the statements', () => {
		const copied = textOf('osce-decision-attachments-pdf')
			.split('\n')
			.filter((line) => !/^\f?(?:Attachment \d|ENGLISH|Original: \w+)$/u.test(line))
			.join('\n');
		const { corpus, document } = decisionWith(copied);
		const found = resolveParagraph(corpus, 'interpretative statement 2 ¶1', document);
		expect(found.ok && found.paragraph.text).toMatch(/^"In joining the consensus/u);
	});
});
