import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * Texts that mix plain numbers with letters or decimal numbers: a UNHCR Executive Committee conclusion (an
 * unnumbered preamble, then operative paragraphs lettered (a)–(e)), an IAEA General Conference resolution (a lettered
 * preamble, then numbered operative paragraphs), a Universal Periodic Review report (¶1–6, its recommendations
 * numbered 5.1–5.6 under ¶5). Every paragraph is held on its own and cited as printed; none is lost to the front
 * matter or run into the paragraph before it.
 */
describe.each([
	['excom-conclusion-lettered-layout', 'an ExCom conclusion: preamble, then (a)–(e)'],
	['gc-resolution-lettered-preamble-copied', 'a GC resolution: preamble (a)–(c), then 1.–3.'],
	['upr-report-recommendations-layout', 'a UPR report: ¶1–5, recommendations 5.1–5.6, ¶6'],
	['excom-conclusion-lettered-pdf', 'the ExCom conclusion without blank lines'],
	['gc-resolution-lettered-preamble-pdf', 'the GC resolution without blank lines'],
	['upr-report-two-groups-layout', 'a UPR extract: ¶119 and 119.1–119.5, ¶120 and 120.1–120.2, a page break'],
	['gc-resolution-budget-sections-copied', 'a GC resolution whose preamble stands under its A. heading'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph in document order, with the mark the document gives it, and no warning', () => {
		expectAsExpected(parsed, want);
	});

	it('keeps every sentence of the document in a paragraph', () => {
		const held = parsed.paragraphs.map((p) => p.text).join(' ');
		for (const { text } of want.paragraphs) expect(held).toContain(text);
		expect(parsed.preamble ?? '').not.toMatch(/\b(?:Recalling|Noting|Acknowledging|interactive dialogue)\b/u);
	});
});

describe('the shortest texts of each kind', () => {
	const marks = (text: string) => parseSource(text, '').paragraphs.map((p) => `${paragraphMark(p)} ${p.text}`);

	it('a preamble over lettered operative paragraphs: each a paragraph, the letters cited', () => {
		expect(
			marks(
				'The Executive Committee,\n\nNoting the report of the Standing Committee,\n\n' +
					'(a) Welcomes the report;\n\n(b) Requests the High Commissioner to report on its follow-up.\n',
			),
		).toEqual([
			'preamble ¶1 Noting the report of the Standing Committee,',
			'¶(a) Welcomes the report;',
			'¶(b) Requests the High Commissioner to report on its follow-up.',
		]);
	});

	it('a paragraph after its sub-paragraphs is its own, no words of the last one', () => {
		expect(
			marks(
				'1. The review was held on 3 May.\n\n2. The following recommendations will be examined:\n\n' +
					'2.1 Ratify the Convention (Chile);\n\n2.2 Limit solitary confinement (Denmark).\n\n' +
					'3. All recommendations reflect the position of the submitting States.\n',
			),
		).toEqual([
			'¶1 The review was held on 3 May.',
			'¶2 The following recommendations will be examined:',
			'¶2.1 Ratify the Convention (Chile);',
			'¶2.2 Limit solitary confinement (Denmark).',
			'¶3 All recommendations reflect the position of the submitting States.',
		]);
	});

	it('a recommendation number further on is one too, its missing numbers said', () => {
		const parsed = parseSource(
			'4. The following recommendations will be examined:\n\n4.1 Ratify the Convention (Chile);\n\n' +
				'4.2 Limit solitary confinement (Denmark);\n\n4.6 Abolish the death penalty (France).\n\n' +
				'5. All recommendations reflect the position of the submitting States.\n',
			'',
		);
		expect(parsed.paragraphs.map((p) => paragraphMark(p))).toEqual(['¶4', '¶4.1', '¶4.2', '¶4.6', '¶5']);
		expect(parsed.paragraphs[2]?.text).toBe('Limit solitary confinement (Denmark);');
		expect(parsed.problems).toEqual([{ line: 7, message: '¶4.6 follows ¶4.2: ¶4.3–4.5 missing' }]);
	});

	it('a figure after a paragraph’s last sentence stays its text', () => {
		const parsed = parseSource(
			'1. The Council met twice.\n\n2. It adopted the budget.\n\n3. It noted the report of the Board.\n\n' +
				'4. It noted that displacement had grown in the region.\n4.1 million people were displaced in 2041.\n\n' +
				'5. It will meet again in June.\n',
			'',
		);
		expect(parsed.paragraphs.map((p) => paragraphMark(p))).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5']);
		expect(parsed.paragraphs[3]?.text).toContain('4.1 million people');
	});

	it('a decimal number that follows no paragraph of its own stays text of the paragraph above', () => {
		const parsed = parseSource(
			'1. The Council met twice.\n\n2. It adopted the budget.\n\n3. It noted the report of the Board.\n' +
				'4.3 million people were displaced in the region.\n\n4. It will meet again in June.\n',
			'',
		);
		expect(parsed.paragraphs.map((p) => paragraphMark(p))).toEqual(['¶1', '¶2', '¶3', '¶4']);
		expect(parsed.paragraphs[2]?.text).toContain('4.3 million people');
	});
});

describe('a conclusion copied without its organ’s line', () => {
	it('still reads its preamble and its lettered paragraphs apart', () => {
		const parsed = parseSource(
			'Conclusion on refugee children No. 130 (LXXX)\n\n' +
				'Recalling its Conclusion No. 107 (LVIII) on children at risk,\n\n' +
				'Noting with concern the number of children who travel alone across borders,\n\n' +
				'(a) Calls upon States to appoint a guardian for every child who travels alone;\n\n' +
				'(b) Requests UNHCR to report to the Standing Committee on the present conclusion.\n',
			'',
		);
		expect(parsed.paragraphs.map((p) => paragraphMark(p))).toEqual(['preamble ¶1', 'preamble ¶2', '¶(a)', '¶(b)']);
		expect(parsed.paragraphs[2]?.text).toBe(
			'Calls upon States to appoint a guardian for every child who travels alone;',
		);
		expect(parsed.problems).toEqual([]);
	});
});
