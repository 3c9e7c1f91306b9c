import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { expectedLayout as expected, LAYOUT_DOCUMENTS } from '../helpers/corpus.ts';

const source = (file: string) => readFileSync(join(LAYOUT_DOCUMENTS, file), 'utf8');
const textOf = (name: string) =>
	name === 'press-release' ? extractHtml(source('press-release.html')).text : source(`${name}.txt`);

const LAYOUTS = [
	['annex-roman', 'numbered ¶1–10 under roman and lettered headings, sub-items in ¶4, a page footer between ¶5 and ¶6'],
	[
		'annex-roman-pdf',
		'the same annex as PDF text: hard-wrapped, a blank line after every line, page breaks inside ¶3 and ¶7',
	],
	['press-release-bullets', '"--" bullets after a lead-in ending with ":", a "Follow-up" heading'],
	['press-release', 'a saved press release page: navigation, header and footer around unnumbered paragraphs'],
	['numbered-extract', 'an extract starting at ¶12, "•" sub-items in ¶14, ¶15 missing'],
] as const;

describe.each(LAYOUTS)('the %s layout (%s)', (name) => {
	const want = expected(name);
	const parsed = parseSource(textOf(name), want.title);

	it("numbers the paragraphs with the document's own numbers", () => {
		expect(parsed.paragraphs.map((p) => p.number)).toEqual(want.paragraphs.map((p) => p.paragraph));
	});

	it('puts each paragraph under its headings, the outer one first, numerals included', () => {
		expect(parsed.paragraphs.map((p) => [p.number, p.section])).toEqual(
			want.paragraphs.map((p) => [p.paragraph, p.section]),
		);
	});

	it.each(want.paragraphs.map((p) => [p.paragraph, p.text] as const))('quotes ¶%i as published', (number, text) => {
		expect(parsed.paragraphs.find((p) => p.number === number)?.text).toBe(text);
	});
});

describe('numbering problems', () => {
	it('says the jump in the extract once, naming the line, and nothing in the other layouts', () => {
		const problems = Object.fromEntries(
			LAYOUTS.map(([name]) => [name, parseSource(textOf(name), expected(name).title).problems]),
		);
		expect(problems).toEqual({
			'annex-roman': [],
			'annex-roman-pdf': [],
			'press-release-bullets': [],
			'press-release': [],
			'numbered-extract': [
				{ line: 19, message: 'the numbers jump from ¶14 to ¶16 (¶15 is not in this extract)', jump: true },
			],
		});
	});

	it('reports numbers it could not read as the sequence of paragraphs', () => {
		const parsed = parseSource('Participants met.\n\n4. They agreed.\n\nThey parted.', 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining('¶2 begins with "4."') as string }]);
	});

	it('reads a repeated number as text of the paragraph before, with a warning', () => {
		const parsed = parseSource('1. One.\n\n2. Two.\n\n2. Two again.\n\n3. Three.', 'x');
		expect(parsed.paragraphs.map((p) => [p.number, p.text])).toEqual([
			[1, 'One.'],
			[2, 'Two.\n2. Two again.'],
			[3, 'Three.'],
		]);
		expect(parsed.problems).toEqual([{ line: 5, message: expect.stringContaining('repeats or goes back') as string }]);
	});
});

describe('layout rules on small texts', () => {
	it.each([
		['a wrapped line starting with a year is not a paragraph', '1. Held in\n2005. It met.\n\n2. Next.', [1, 2]],
		['"2)" numbers like "2."', '1) First.\n\n2) Second.', [1, 2]],
		['numbered lines without blank lines between them', '7. Seven.\n8. Eight.\n9. Nine.', [7, 8, 9]],
		['a number alone on its line, its text on the next', '3.\nThree.\n\n4.\nFour.', [3, 4]],
	])('%s', (_, text, numbers) => {
		expect(parseSource(text, 'x').paragraphs.map((p) => p.number)).toEqual(numbers);
	});

	it('starts the next sub-item on its own line even when the one before wraps without closing punctuation', () => {
		const text =
			'1. They agreed to work on:\n   (i) early warning;\n   (ii) joint training, including on HIV/AIDS\n   awareness; and\n' +
			'   (iii) mediation.\n\n2. Next.';
		expect(parseSource(text, 'x').paragraphs[0]?.text).toBe(
			'They agreed to work on:\n(i) early warning;\n(ii) joint training, including on HIV/AIDS awareness; and\n(iii) mediation.',
		);
	});

	it('keeps a lettered word that does not go on with the sub-items inside the wrapped line', () => {
		const text = '1. They agreed to work on:\n(a) early warning and the\n(c) clause, as agreed.\n\n2. Next.';
		expect(parseSource(text, 'x').paragraphs[0]?.text).toBe(
			'They agreed to work on:\n(a) early warning and the (c) clause, as agreed.',
		);
	});

	it('joins a hyphen at a line end only when the joined word occurs in the text', () => {
		const text = 'Peacebuilding matters.\n\nWe spoke of peace-\nbuilding and long-\nterm work.';
		expect(parseSource(text, 'x').paragraphs[1]?.text).toBe('We spoke of peacebuilding and long-term work.');
	});

	it('joins a hyphen at a line end into a dictionary word the text has nowhere else, when its first part is no word', () => {
		// "countries" and "multilateral" occur only broken across lines, as in a PDF's text.
		const text =
			'The meeting opened.\n\nMany coun-\ntries asked for multi-\nlateral help and long-\nterm peace-\nbuilding.';
		expect(parseSource(text, 'x').paragraphs[1]?.text).toBe(
			'Many countries asked for multilateral help and long-term peace-building.',
		);
	});

	it('leaves out the marks of the footnotes it has, glued to a word as a PDF gives them, and keeps other numbers', () => {
		const text =
			'1. They thanked the Office for the Coordination of Humanitarian Affairs.1 The Charter2 of the G77 holds.\n\n' +
			'2. A rise of 1.5 per cent since 2005 (resolution 61/200).2\n\n__________\n1 See A/62/1.\n2 Ibid.\n\n' +
			'3. The figure3 stays: no footnote 3.';
		expect(parseSource(text, 'x').paragraphs.map((p) => p.text)).toEqual([
			'They thanked the Office for the Coordination of Humanitarian Affairs. The Charter of the G77 holds.',
			'A rise of 1.5 per cent since 2005 (resolution 61/200).',
			'The figure3 stays: no footnote 3.',
		]);
	});

	it('keeps a hyphen at a line end where the text writes that hyphenated word elsewhere', () => {
		const text = 'A multi-lateral view.\n\nThey took a multi-\nlateral view.';
		expect(parseSource(text, 'x').paragraphs[1]?.text).toBe('They took a multi-lateral view.');
	});

	it('drops page numbers, job numbers and symbols, in any of their forms', () => {
		const text =
			'The first paragraph ends here.\n\nThe second is cut by the\n\n- 3 -\n\nPage 4\n\n05-49061 (E) 210905\n\n' +
			'A/60/341 S/2005/567\n\npage break, and goes on.';
		expect(parseSource(text, 'x').paragraphs.map((p) => p.text)).toEqual([
			'The first paragraph ends here.',
			'The second is cut by the page break, and goes on.',
		]);
	});

	it('keeps bullets inside a paragraph of an unnumbered text, and a lead-in ending with ":" out of the conclusions', () => {
		const text = 'The participants agreed as follows:\n\n• First point.\n\n• Second point:\n– a detail;\n– another.';
		const parsed = parseSource(text, 'x');
		expect(parsed.preamble).toBe('The participants agreed as follows:');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['First point.', 'Second point:\n– a detail;\n– another.']);
	});
});

/** Hard-wraps text at a width, on spaces only (never inside a word or at a non-breaking space). */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + word.length + 1 > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	return [...lines, line];
}

describe('the same press release, hard-wrapped', () => {
	const want = expected('press-release');
	const release = want.paragraphs.flatMap((p, i) =>
		p.section && want.paragraphs[i - 1]?.section !== p.section ? [p.section, p.text] : [p.text],
	);

	it('gives the same paragraphs when blank lines separate the paragraphs', () => {
		const text = release.map((block) => wrap(block, 80).join('\n')).join('\n\n');
		const parsed = parseSource(text, want.title);
		expect(parsed.paragraphs.map(({ number, section, text: t }) => ({ paragraph: number, section, text: t }))).toEqual(
			want.paragraphs,
		);
	});

	it('ends a paragraph at a line whose next word would have fitted, when nothing else marks it', () => {
		const text = [
			...wrap('The first conclusion was agreed by every participant after a long discussion of the text.', 40),
			...wrap('The second conclusion followed, in the same spirit.', 40),
		].join('\n');
		expect(parseSource(text, 'x').paragraphs.map((p) => p.text)).toEqual([
			'The first conclusion was agreed by every participant after a long discussion of the text.',
			'The second conclusion followed, in the same spirit.',
		]);
	});
});

describe('more layouts of the same kinds', () => {
	it('reads bullets on consecutive lines, one of them wrapped, and a heading between bullets', () => {
		const text =
			'NEW YORK, 2 March (UN Headquarters) -- The meeting ended.\n\nThe Chair summed up the points of agreement:\n' +
			'• Participants agreed on A.\n• Participants agreed on B, which\ncontinued on a wrapped line.\n\nFollow-up\n\n' +
			'• They will meet again.\n\n* *** *\n';
		const parsed = parseSource(text, 'T');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, null, 'Participants agreed on A.'],
			[2, null, 'Participants agreed on B, which continued on a wrapped line.'],
			[3, 'Follow-up', 'They will meet again.'],
		]);
		expect(parsed.preamble).toMatch(/The Chair summed up the points of agreement:$/);
	});

	it('reads en-dash bullets, "2)" numbers with "(i)" items, and a tab after the number', () => {
		const texts = [
			'NEW YORK, 2 March -- Summary:\n\n– First point.\n\n– Second point.',
			'1) The first.\n\n2) The second, namely:\n(i) one;\n(ii) two.',
			'1.\tThe first.\n\n2.\tthe second starts in lower case.',
		];
		expect(texts.map((text) => parseSource(text, 'T').paragraphs.map((p) => p.text))).toEqual([
			['First point.', 'Second point.'],
			['The first.', 'The second, namely:\n(i) one;\n(ii) two.'],
			['The first.', 'the second starts in lower case.'],
		]);
	});

	it('reads sub-items in blocks of their own, a wrapped roman heading, and a page break inside a paragraph', () => {
		const text =
			'A/60/341\n\nAnnex\n\nI. Introduction\n\n1. The meeting was held in New York under the chairmanship\nof the ' +
			'Secretary-General.\n\n2. Participants agreed that the committee would:\n\n(a) Follow up on the conclusions;\n\n' +
			'(b) Report to the next meeting.\n\n05-49061 (E)    210905\n*0549061*\n\nA/60/341\n\nII. Terrorism and the rule ' +
			'of law in the\nmodern world\n\n3. Participants agreed that the Security\n\nPage 3\n\nCouncil should act.\n';
		expect(parseSource(text, 'T').paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, 'I. Introduction', 'The meeting was held in New York under the chairmanship of the Secretary-General.'],
			[
				2,
				'I. Introduction',
				'Participants agreed that the committee would:\n(a) Follow up on the conclusions;\n(b) Report to the next meeting.',
			],
			[
				3,
				'II. Terrorism and the rule of law in the modern world',
				'Participants agreed that the Security Council should act.',
			],
		]);
	});
});

describe('the bullet press release as PDF text', () => {
	const want = expected('press-release-bullets');
	const blocks = source('press-release-bullets.txt')
		.split(/\n\s*\n/u)
		.filter((block) => block.trim() !== '');

	it.each([
		['a blank line after every line', '\n\n', '\n\n'],
		['no blank line at all', '\n', '\n'],
	])('gives the same bullets and sections, hard-wrapped with %s', (_, lineBreak, blockBreak) => {
		const text = blocks
			.map((block) =>
				block
					.split('\n')
					.flatMap((line) => wrap(line, 80))
					.join(lineBreak),
			)
			.join(blockBreak);
		const parsed = parseSource(text, want.title);
		expect(parsed.paragraphs.map(({ number, section, text: t }) => ({ paragraph: number, section, text: t }))).toEqual(
			want.paragraphs,
		);
	});
});
