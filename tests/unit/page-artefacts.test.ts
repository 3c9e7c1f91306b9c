import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { isStrayMark } from '../../src/corpus/stray-marks.ts';
import { withoutSuperscriptMarks } from '../../src/corpus/superscript-marks.ts';
import { footnoteNotes } from '../../src/import/footnote-notes.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { leftOutNotes } from '../../src/import/left-out-notes.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * What a page, a scan or a word processor adds to a text that is no part of it: a scan's speck alone on its line
 * (`|`), a running head that breaks a sentence (an OCR'd press release's `- 2 -  Press Release SG/SM/5127`, a volume's
 * name after its label, a symbol no UN list knows), and footnote marks in superscript figures (`IGAD¹`) with their
 * footnotes. None is quoted, none is a paragraph of its own, and the import names what it left out.
 */
describe.each([
	['press-release-ocr-scan', 'an OCR’d press release: stray marks, a page head inside a hyphenated word'],
	['communique-superscript-marks', 'a communiqué with superscript footnote marks and footnotes'],
	['general-conference-resolution-pdf', 'a resolution whose second page’s head copies the masthead'],
	['ministerial-decision-coded-symbol-layout', 'a decision whose symbol, alone, heads the second page'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph with its mark, section and exact text, and no warning', () => {
		expectAsExpected(parsed, want);
	});
});

describe('a stray mark alone on its line', () => {
	it.each(['|', "'", '.', ',', '¦', '| |', '"', '/'])('%j is a speck, no text', (line) => {
		expect(isStrayMark(`                 ${line}`)).toBe(true);
	});

	it.each(['—', '*', '**', '†', '•', '-', '…', '...', '[…]', '>', '#', '°', 'a', '1', '(a)'])(
		'%j means something (a separator, bullet, footnote mark, ellipsis, e-mail quote, word): not a speck',
		(line) => {
			expect(isStrayMark(line)).toBe(false);
		},
	);

	it('a UN page’s continuation mark (/...) at its foot is no part of the sentence it breaks', () => {
		const text = [
			'1. Reaffirms the principles of the Charter;',
			'',
			'2. Requests the Secretary-General to establish a situation centre, and to ensure its effective',
			'                                                                    /...',
			'',
			'functioning on a twenty-four-hour basis;',
			'',
			'3. Decides to include the item in its agenda.',
		].join('\n');
		expect(parseSource(text, 'T').paragraphs.map((p) => p.text)).toEqual([
			'Reaffirms the principles of the Charter;',
			'Requests the Secretary-General to establish a situation centre, and to ensure its effective functioning on a twenty-four-hour basis;',
			'Decides to include the item in its agenda.',
		]);
		expect(isStrayMark('/…')).toBe(true);
	});

	it('is no paragraph: the paragraphs after it keep their numbers', () => {
		const text = 'Participants met.\n\n|\n\nThey agreed.\n\n.\n\nThey parted.\n';
		expect(parseSource(text, 'T').paragraphs.map((p) => [p.number, p.text])).toEqual([
			[1, 'Participants met.'],
			[2, 'They agreed.'],
			[3, 'They parted.'],
		]);
	});

	it('is named by the import with its line, as is the page head it left out', () => {
		expect(leftOutNotes(textOf('press-release-ocr-scan'))).toEqual([
			'left out of the paragraphs as running heads or feet (2): line 31 "- 2 - Press Release SG/SM/5127"; ' +
				'line 32 "22 October 1993"',
			'left out of the paragraphs as stray marks of a scan or page, alone on their lines with no word (2): ' +
				'line 20 "|"; line 26 "\'"',
		]);
		expect(leftOutNotes('Participants met.\n\nThey agreed.\n')).toEqual([]);
	});
});

describe('a running head that copies the first page’s masthead', () => {
	const resolution = textOf('general-conference-resolution-pdf');
	const head = '40 C/Resolutions – Records of the General Conference';

	it('is named by the import as a running head', () => {
		expect(leftOutNotes(resolution)).toEqual([
			`left out of the paragraphs as running heads or feet (1): line 20 "${head}"`,
		]);
	});

	it('is the text’s when the words beside the name go on with a sentence, or the first page prints them', () => {
		for (const line of [
			'Records of the General Conference and to report',
			'Revision of the Records of the General Conference',
		]) {
			const { paragraphs } = parseSource(resolution.replace(head, line), 'T');
			expect(paragraphs.find((p) => p.number === 4)?.text).toContain(line);
		}
	});

	it('is said, naming the paragraph, when it copies nothing but stands alone inside the sentence the page breaks', () => {
		const other = resolution.replace(head, 'UNESCO General Conference, 40th session');
		const { paragraphs, problems } = parseSource(other, 'T');
		expect(paragraphs.find((p) => p.number === 4)?.text).toContain(
			'agencies UNESCO General Conference, 40th session and',
		);
		expect(problems.map((p) => p.message)).toEqual([
			`¶4 takes in "UNESCO General Conference, 40th session", which stands alone at its page's top, inside a ` +
				'sentence the page breaks, as a running head does: if it is no part of the paragraph, take it out of the text',
		]);
		// The paragraph going on at the page's top is the text's, said nowhere.
		const goesOn = resolution.replace(`${head}\n\n`, '');
		expect(parseSource(goesOn, 'T').problems).toEqual([]);
	});

	it('is furniture only at a page’s edge: the same line inside a page is the text’s', () => {
		const inside = resolution.replace(`\f${head}\n`, '\f').replace('3.   Adopts', `${head}\n\n3.   Adopts`);
		expect(inside).toContain(`${head}\n\n3.`);
		expect(parseSource(inside, 'T').paragraphs.find((p) => p.number === 2)?.text).toMatch(/Conference$/u);
	});
});

describe('footnote marks in superscript figures', () => {
	it.each([
		['the revised Treaty of ECCAS¹ and the reform', 'the revised Treaty of ECCAS and the reform'],
		['the Luanda Roadmap² and the Nairobi process', 'the Luanda Roadmap and the Nairobi process'],
		['of the Agreement.⁴ It decided', 'of the Agreement. It decided'],
		['the Plan 2042–2046³ and', 'the Plan 2042–2046 and'],
		['more than 300 000 km² of rangeland', 'more than 300 000 km² of rangeland'],
		['a volume of 40 m³ a day', 'a volume of 40 m³ a day'],
	])('%j reads %j where the text has footnote ³', (line, read) => {
		expect(withoutSuperscriptMarks(line, new Set(['³']))).toBe(read);
	});

	it('after a figure, stay where the text has no such footnote (a power: 10⁶)', () => {
		expect(withoutSuperscriptMarks('some 10⁶ tonnes', new Set(['¹']))).toBe('some 10⁶ tonnes');
	});

	it('have their footnotes left out and named by the import, a wrapped one whole', () => {
		const [note] = footnoteNotes(textOf('communique-superscript-marks'));
		expect(note).toMatch(/^left out of the paragraphs as footnotes \(4\): line 19 "¹ Adopted by the Assembly/u);
		expect(note).toContain('line 21 "² Document IGAD/DRS/2041/3."');
	});

	it('are left out of the title read from the text', () => {
		const text = 'DECLARATION ON OCEAN HEALTH¹\nValletta, 12 March 2042\n\n1. We met.\n\n¹ Adopted by acclamation.\n';
		expect(guessMetadata(text).title).toBe('DECLARATION ON OCEAN HEALTH');
	});

	it('open a footnote only on a line set apart: the last paragraph does not take it in', () => {
		const text = '1. The Conference met in Kinshasa.\n\n2. It will meet again in 2043.\n\n¹ Adopted in Libreville.\n';
		const { paragraphs, problems } = parseSource(text, 'T');
		expect(paragraphs.map((p) => p.text)).toEqual(['The Conference met in Kinshasa.', 'It will meet again in 2043.']);
		expect(problems).toEqual([]);
	});
});
