import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';

/**
 * A communiqué that numbers who met and who attended, then letters its decisions under a chapeau of their own: each
 * letter is a paragraph cited as printed, not a line of the last numbered one.
 */
const COMMUNIQUE = [
	'1.  The Council of Ministers held its 12th ordinary session on 3 May 2025 in',
	'    Lakeside, under the chairmanship of the Minister of Foreign Affairs.',
	'',
	'2.  The session was attended by the Ministers of the Member States and by',
	'    representatives of partner organizations.',
	'',
	'After extensive deliberations, the Council:',
	'',
	'(a) Welcomed the report of the Executive Secretary on the state of peace',
	'    and security in the region;',
	'',
	'(b) Called upon the parties to the conflict to:',
	'',
	'    (i)  allow safe humanitarian access to all people in need;',
	'',
	'    (ii) engage in good faith in the mediation process;',
	'',
	'(c) Approved the budget for the financial year 2026;',
	'',
	'(d) Decided to remain seized of the matter.',
	'',
].join('\n');

const shape = (text: string) =>
	parseSource(text, 'Communiqué').paragraphs.map((p) => [paragraphMark(p), p.text.split('\n')[0]?.slice(0, 24)]);

describe('letters under a chapeau of their own after the last number', () => {
	it('are paragraphs cited by their letters, a letter under one that ends with ":" its item', () => {
		expect(shape(COMMUNIQUE)).toEqual([
			['¶1', 'The Council of Ministers'],
			['¶2', 'The session was attended'],
			['¶(a)', 'Welcomed the report of t'],
			['¶(b)', 'Called upon the parties '],
			['¶(c)', 'Approved the budget for '],
			['¶(d)', 'Decided to remain seized'],
		]);
		const parsed = parseSource(COMMUNIQUE, 'Communiqué');
		expect(parsed.paragraphs.find((p) => p.ownMark === '(b)')?.text).toBe(
			'Called upon the parties to the conflict to:\n(i) allow safe humanitarian access to all people in need;\n' +
				'(ii) engage in good faith in the mediation process;',
		);
	});

	it('sets the chapeau apart from the paragraph above, as a lead-in', () => {
		const parsed = parseSource(COMMUNIQUE, 'Communiqué');
		expect(parsed.paragraphs[1]?.text).toBe(
			'The session was attended by the Ministers of the Member States and by representatives of partner organizations.',
		);
		expect(parsed.preamble).toMatch(/After extensive deliberations, the Council:$/u);
	});

	it('stay items of a numbered paragraph whose own sentence leads into them', () => {
		const own = COMMUNIQUE.replace(
			'organizations.\n\nAfter extensive deliberations, the Council:',
			'organizations, and:',
		);
		expect(shape(own).map(([mark]) => mark)).toEqual(['¶1', '¶2']);
	});

	it('stay items where a number follows them (a later (a) would repeat their marks)', () => {
		const more = `${COMMUNIQUE}\n3.  The next session will be held in 2026.\n`;
		expect(shape(more).map(([mark]) => mark)).toEqual(['¶1', '¶2', '¶3']);
	});
});
