import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8');
const marks = (source: string, title = '') => parseSource(source, title).paragraphs.map((p) => p.ownMark ?? p.number);

describe('a separator line between parts', () => {
	it("keeps every section of a French chair's conclusions after its `* * *` lines", () => {
		const parsed = parseSource(fixture('president-conclusions-fr.txt'), 'Conclusions du Président');
		expect(parsed.paragraphs.map((p) => p.ownMark)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '3.2']);
		expect(parsed.paragraphs.find((p) => p.ownMark === '3.2')).toMatchObject({
			section: '3. Suivi',
			text: 'La prochaine conférence se tiendra à Abidjan le 3 mars 2026.',
		});
		expect(parsed.paragraphs.some((p) => p.text.includes('*'))).toBe(false);
		expect(parsed.problems).toEqual([]);
	});

	const numbered = (separator: string) =>
		[
			'Conclusions',
			'',
			'1. Participants welcomed the progress made since the last meeting.',
			'',
			'2. They stressed the need for regional cooperation.',
			'',
			separator,
			'',
			'3. They agreed to meet again next year.',
			'',
			'4. They thanked the host country for its hospitality.',
		].join('\n');

	it.each(['* * *', '***', '* *** *', '—', '___', '_______', '- - -', '⁂', '•••', '· · ·'])(
		'reads %s as a break, not the end of the text',
		(separator) => {
			const parsed = parseSource(numbered(separator), 'Conclusions');
			expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
			expect(parsed.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/[*⁂•·—_]/u);
		},
	);

	it('reads a separator inside a block (no blank line around it) as a break too', () => {
		const text = '1. One finished sentence.\n* * *\n2. Another finished sentence.\n\n3. A third one.';
		expect(marks(text)).toEqual([1, 2, 3]);
	});

	it('still ends a press release at its `* *** *` when only its closing lines follow', () => {
		const text = [
			'1. Participants agreed on the following.',
			'',
			'2. They will meet again.',
			'',
			'* *** *',
			'',
			'For information media. Not an official record.',
			'Follow us: Facebook Twitter YouTube',
		].join('\n');
		const parsed = parseSource(text, '');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'Participants agreed on the following.',
			'They will meet again.',
		]);
	});

	it('warns of text after a separator that no paragraph takes, instead of dropping it', () => {
		const text = [
			'1. Participants welcomed the progress made since the last meeting.',
			'',
			'2. They stressed the need for regional cooperation.',
			'',
			'* * *',
			'',
			'Follow-up',
			'',
			'The Chair will report to the Council on these conclusions before the end of the year, as agreed by all.',
		].join('\n');
		const parsed = parseSource(text, '');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2]);
		expect(parsed.problems.map((p) => p.message).join('\n')).toMatch(/"The Chair will report.*is in no paragraph/u);
	});
});

describe('the end of a text', () => {
	it('reads a short conclusion after a `* * *`: only a press release’s `* *** *` may end the text', () => {
		const text = [
			'Participants welcomed the progress made since the last meeting.',
			'',
			'* * *',
			'',
			'Participants thanked the host country.',
		].join('\n');
		expect(parseSource(text, '').paragraphs.map((p) => p.text)).toEqual([
			'Participants welcomed the progress made since the last meeting.',
			'Participants thanked the host country.',
		]);
	});
});
