import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { paragraphNumbers } from '../../src/corpus/lookup.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extract } from '../../src/import/extract-file.ts';
import { paragraphCitation } from '../../src/render/citation.ts';
import { paragraphChoice } from '../../src/render/choices.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * Paragraphs a document marks in brackets as its own numbering, with no lead-in above them: `(1)`, `(2)` (a
 * Visegrad statement), `(a)`, `(b)` lettered again under each roman heading (a chair's summary). Each is a paragraph
 * of its own, shown, cited and reached by its printed mark; `(a)` items under a lead-in stay items.
 */
const marksOf = (text: string) =>
	parseSource(text, 'x').paragraphs.map((p) => [p.ownMark, p.section, p.text.split('\n').length]);

describe('paragraphs marked in brackets as the text numbers them', () => {
	it("a chair's summary lettered again under each roman heading (pdftotext -layout): one paragraph a letter", () => {
		const { want, parsed } = parsedFixture('chair-summary-lettered-sections-layout');
		expectAsExpected(parsed, want);
	});

	it('a joint statement numbered (1)–(5) (pdftotext): one paragraph a number, its (a), (b) items kept in it', () => {
		const { want, parsed } = parsedFixture('v4-statement-pdf');
		expectAsExpected(parsed, want);
	});

	it("a chair's summary saved by Word as a filtered web page, its list numbers in spans of their own", async () => {
		const page = await extract(
			fileURLToPath(new URL('../fixtures/published/chair-summary-lettered-word.htm', import.meta.url)),
		);
		const parsed = parseSource(page.text, page.heading ?? '');
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.section])).toEqual([
			['section I ¶(a)', 'I. Opening session'],
			['section I ¶(b)', 'I. Opening session'],
			['section II ¶(a)', 'II. Water, climate and security'],
			['section II ¶(b)', 'II. Water, climate and security'],
			['¶(c)', 'II. Water, climate and security'],
			['section III ¶(a)', 'III. The way forward'],
		]);
		expect(parsed.paragraphs[1]?.text).toBe(
			'The Executive Secretary of the Niger Basin Authority underlined that shared aquifers call for shared rules, and that data on groundwater remain scarce.',
		);
		expect(parsed.problems).toEqual([]);
	});

	it('letters that go on from one section to the next, (c) under II after (b) under I', () => {
		const text = [
			'I. Opening',
			'',
			'(a) The meeting was opened by the Chair.',
			'',
			'(b) The Secretary-General addressed the meeting.',
			'',
			'II. Conclusions',
			'',
			'(c) Participants agreed to meet again.',
			'',
			'(d) They thanked the host.',
		].join('\n');
		expect(marksOf(text)).toEqual([
			['(a)', 'I. Opening', 1],
			['(b)', 'I. Opening', 1],
			['(c)', 'II. Conclusions', 1],
			['(d)', 'II. Conclusions', 1],
		]);
	});

	it('names the first section too when the headings are plain lines and no dateline stands above them', () => {
		const text = [
			'Opening of the meeting',
			'',
			'(a) The meeting was opened by the Chair.',
			'',
			'(b) The Secretary-General addressed the meeting.',
			'',
			'The way forward',
			'',
			'(a) Participants agreed to meet again.',
		].join('\n');
		expect(marksOf(text)).toEqual([
			['(a)', 'Opening of the meeting', 1],
			['(b)', 'Opening of the meeting', 1],
			['(a)', 'The way forward', 1],
		]);
	});

	it('says an opening sentence above the first heading, which no paragraph quotes', () => {
		const text =
			"Chair's Summary\n\nThe Ministerial Meeting took place in New York on 26 September 2041 under the " +
			'chairmanship of Finland.\n\nI. Opening\n\n(a) The meeting was opened by the Chair.\n\n' +
			'(b) The Secretary-General addressed the meeting.\n';
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => p.ownMark)).toEqual(['(a)', '(b)']);
		expect(parsed.unquoted).toMatchObject([{ line: 3 }]);
	});

	it('leaves (a), (b) items of the paragraph above when a lead-in or a sentence that goes on stands over them', () => {
		const underLeadIn =
			'I. Follow-up\n\nThe Council met on 3 May.\n\nIt agreed on two steps:\n\n(a) A mission to the region;\n\n' +
			'(b) A report in June.\n\nIt will meet again in July.\n';
		expect(marksOf(underLeadIn).map(([mark]) => mark)).toEqual([undefined, undefined, undefined]);
		const underSentence =
			'The Council met on 3 May and decided to\n\n(a) send a mission to the region;\n\n(b) report in June.\n\n' +
			'It will meet again in July.\n';
		expect(marksOf(underSentence).map(([mark]) => mark)).not.toContain('(a)');
	});
});

describe('paragraphs marked in brackets, in the corpus', () => {
	const dir = seedDataCopy('bracket-marks-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const add = (slug: string, fixture: string, symbol: string, date: string) => {
		writeFileSync(join(dir, 'documents', `${slug}.txt`), textOf(fixture));
		writeFileSync(
			join(dir, 'documents', `${slug}.json`),
			JSON.stringify({ symbol, title: fixture, shortTitle: fixture, releaseDate: date }),
		);
	};
	add('mediation', 'chair-summary-lettered-sections-layout', 'FIX/MED/2041', '2041-09-25');
	add('visegrad', 'v4-statement-pdf', 'FIX/V4/2041', '2041-02-27');
	const corpus = loadCorpus(dir, { only: ['mediation', 'visegrad'] });
	const mediation = corpus.documentBySlug.get('mediation')!;
	const visegrad = corpus.documentBySlug.get('visegrad')!;

	it.each([
		['(b)', 'mediation-2'],
		['II (b)', 'mediation-4'],
		['II(a)', 'mediation-3'],
		['section III ¶(b)', 'mediation-7'],
		['ii (c)', 'mediation-5'],
		['4', 'mediation-4'],
	])('`%s` reaches %s', (typed, id) => {
		expect(resolveParagraph(corpus, typed, mediation)).toMatchObject({ ok: true, paragraph: { id } });
	});

	it('reads each autocomplete choice back to its own paragraph, though its letter repeats', () => {
		for (const p of mediation.paragraphs) {
			const typed = paragraphChoice(corpus, p).name;
			expect(resolveParagraph(corpus, typed, undefined)).toMatchObject({ ok: true, paragraph: { id: p.id } });
		}
	});

	it('a letter printed in several sections, typed alone, quotes the first and names the others as they are asked for', () => {
		expect(resolveParagraph(corpus, '(a)', mediation)).toMatchObject({
			ok: true,
			paragraph: { id: 'mediation-1' },
			note: { kind: 'part', others: 'II (a), III (a)', next: 'II (a)' },
		});
		// A letter only one section prints needs no note.
		const single = resolveParagraph(corpus, '(c)', mediation);
		expect(single).toMatchObject({ ok: true, paragraph: { id: 'mediation-5' } });
		expect(single).not.toHaveProperty('note');
	});

	it('a letter a section does not print is out of range', () => {
		expect(resolveParagraph(corpus, 'III (c)', mediation)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});

	it('names the paragraphs by the marks printed, with the section where a letter repeats', () => {
		expect(paragraphNumbers(mediation)).toBe('¶I (a)–(b), II (a)–(c), III (a)–(b)');
		expect(paragraphNumbers(visegrad)).toBe('¶(1)–(5)');
		expect(paragraphCitation(mediation, corpus.paragraphById.get('mediation-4')!)).toBe(
			'FIX/MED/2041 (25 September 2041), section II, ¶(b)',
		);
		// A letter only one section prints keeps its citation.
		expect(paragraphCitation(mediation, corpus.paragraphById.get('mediation-5')!)).toBe(
			'FIX/MED/2041 (25 September 2041), ¶(c)',
		);
	});

	it.each([
		['(2)', 'visegrad-2'],
		['¶(5)', 'visegrad-5'],
		['2', 'visegrad-2'],
	])('`%s` reaches %s in a text numbered in brackets', (typed, id) => {
		expect(resolveParagraph(corpus, typed, visegrad)).toMatchObject({ ok: true, paragraph: { id } });
	});
});
