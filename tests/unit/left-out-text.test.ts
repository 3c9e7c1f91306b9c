import { describe, expect, it } from 'vitest';
import { leftOutText } from '../../src/corpus/left-out-text.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import type { ParsedSource } from '../../src/corpus/parsed-source.ts';

/**
 * The text taken in against the text held: what the document marks as its paragraphs (a number, a letter, a
 * preambular participle) but no paragraph holds is said, naming its line, whatever layout the parser misread. These
 * readings are made by hand, as a misread layout gives them (a report's `1.`–`2.` set aside above its `2.1`; an ExCom
 * conclusion's preamble set aside and its `(a)`, `(b)` run together), so that the check is tried on text lost.
 */
const SOURCE = [
	'Report of the Working Group',
	'',
	'1. The review of the State was held at the 9th meeting, on 8 May.',
	'',
	'2. The following recommendations will be examined by the State:',
	'',
	'2.1 Ratify the Convention on Enforced Disappearance (Chile);',
	'',
	'2.2 Limit the use of solitary confinement (Denmark).',
	'',
	'3. All recommendations reflect the position of the submitting States.',
].join('\n');

const misreadReport: ParsedSource = {
	preamble: [
		'Report of the Working Group',
		'1. The review of the State was held at the 9th meeting, on 8 May.',
		'2. The following recommendations will be examined by the State:',
	].join('\n\n'),
	paragraphs: [
		{
			number: 1,
			section: null,
			line: 7,
			ownMark: '2.1',
			text: 'Ratify the Convention on Enforced Disappearance (Chile);',
		},
		{
			number: 2,
			section: null,
			line: 9,
			ownMark: '2.2',
			text: 'Limit the use of solitary confinement (Denmark).\n3. All recommendations reflect the position of the submitting States.',
		},
	],
	problems: [],
};

describe('text the document numbers but no paragraph holds', () => {
	it('names each numbered block set aside as front matter, and a paragraph run into the one before, by line', () => {
		const said = leftOutText(SOURCE, misreadReport);
		expect(said.map((p) => p.line)).toEqual([3, 5, 11]);
		expect(said[0]?.message).toBe(
			'"1. The review of the State was held at the 9th meeting, on 8…" reads as a paragraph marked "1." but is in no paragraph, so it is neither quoted nor searched',
		);
		expect(said[2]?.message).toBe(
			'"3. All recommendations reflect the position of the submittin…" reads as paragraph 3 but is quoted as words of ¶2.2',
		);
		for (const p of said) expect(p.advice).toMatch(/compare the paragraphs it lists with the document/u);
	});

	it('names preambular paragraphs set aside, and lettered paragraphs quoted as one', () => {
		const source =
			'The Executive Committee,\n\nRecalling its Conclusion No. 107 on children at risk,\n\n' +
			'(a) Calls upon States to appoint a guardian for every child;\n(b) Requests UNHCR to report on it.\n';
		const said = leftOutText(source, {
			preamble: 'The Executive Committee,\n\nRecalling its Conclusion No. 107 on children at risk,',
			paragraphs: [
				{
					number: 1,
					section: null,
					line: 5,
					text: '(a) Calls upon States to appoint a guardian for every child;\n(b) Requests UNHCR to report on it.',
				},
			],
			problems: [],
		});
		expect(said.map((p) => [p.line, p.message])).toEqual([
			[
				3,
				'"Recalling its Conclusion No. 107 on children at risk," reads as a preambular paragraph but is in no paragraph, so it is neither quoted nor searched',
			],
			[5, '¶1 holds the paragraphs lettered (a), (b), quoted and cited as one'],
		]);
	});

	it('says nothing of a text read whole: a masthead, a lead-in, items under a paragraph’s ":"', () => {
		const text =
			'GC(86)/RES/9\nSeptember 2042\n\nThe General Conference,\n\nRecalling resolution GC(84)/RES/11,\n\n' +
			'1. Requests the Secretariat to report on:\n(a) the laboratories;\n(b) the training given.\n\n' +
			'2. Decides to remain seized of the matter.\n';
		expect(leftOutText(text, parseSource(text, ''))).toEqual([]);
	});

	it('names a recommendation number quoted as words of the one before', () => {
		const source =
			'4.2 Limit solitary confinement (Denmark);\n\n4.9 Abolish the death penalty for all crimes (France).\n';
		const said = leftOutText(source, {
			preamble: null,
			paragraphs: [
				{
					number: 7,
					section: null,
					line: 1,
					ownMark: '4.2',
					text: 'Limit solitary confinement (Denmark);\n4.9 Abolish the death penalty for all crimes (France).',
				},
			],
			problems: [],
		});
		expect(said.map((p) => [p.line, p.message])).toEqual([
			[
				3,
				'"4.9 Abolish the death penalty for all crimes (France)." reads as paragraph 4.9 but is quoted as words of ¶4.2',
			],
		]);
	});

	it('says a number the parser already named once', () => {
		const said = leftOutText(SOURCE, {
			...misreadReport,
			problems: [{ line: 11, message: '"3." after ¶4 repeats or goes back; kept as text of ¶2.2' }],
		});
		expect(said.map((p) => p.line)).toEqual([3, 5]);
	});
});
