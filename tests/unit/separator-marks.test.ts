import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { isSeparator } from '../../src/corpus/separators.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * A line of separator marks only between paragraphs: the European Council's centred `°` over `° °` before the items
 * its topics do not name, `* * *`, `• • •`, `~`, `#`. It is a break between parts, never words of the paragraph
 * above, and the part after it stands under none of the headings above it.
 */
describe('European Council conclusions as pdftotext -layout gives them, `°` over `° °` before the closing items', () => {
	const { want, parsed } = parsedFixture('euco-conclusions-layout');

	it('gives every paragraph with its exact text and section, the separator in none, and no warning', () => {
		expectAsExpected(parsed, want);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toContain('°');
	});
});

const text = (separator: string) =>
	[
		'II. ENERGY',
		'',
		'1. The Council calls for the completion of the Energy Union.',
		'',
		'2. It invites the Commission to present a plan before the end of the year.',
		'',
		separator,
		'',
		'3. The Council approves the country-specific recommendations.',
		'',
		'III. MIGRATION',
		'',
		'4. The Council held a strategic debate on migration.',
	].join('\n');

describe('a line of separator marks only', () => {
	it.each(['° ° °', '°\n  °   °', '°', '* * *', '***', '—', '• • •', '~', '#', '# # #', '~ ~ ~'])(
		'"%s" between paragraphs is a break: no words of the paragraph above, and the headings above it close',
		(separator) => {
			const parsed = parseSource(text(separator), 'Conclusions');
			expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
				[1, 'II. ENERGY', 'The Council calls for the completion of the Energy Union.'],
				[2, 'II. ENERGY', 'It invites the Commission to present a plan before the end of the year.'],
				[3, null, 'The Council approves the country-specific recommendations.'],
				[4, 'III. MIGRATION', 'The Council held a strategic debate on migration.'],
			]);
			expect(parsed.problems).toEqual([]);
		},
	);

	it('keeps a mark that can be a footnote’s, a bullet or a table’s empty cell alone on its line out of separators', () => {
		for (const line of ['*', '**', '•', '-', '–', '·', '1', 'o']) expect(isSeparator(line)).toBe(false);
		for (const line of ['°', '° °', '°   °   °', '~', '#', '⁂', '* * *', '• • •']) expect(isSeparator(line)).toBe(true);
	});

	it('keeps the marks inside a sentence as its words (`1.5 °C`, `#MeToo`)', () => {
		const parsed = parseSource(
			'1. The Council recalls the goal of limiting warming to 1.5 °C.\n\n2. It welcomes the #MeToo movement.\n',
			'Conclusions',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'The Council recalls the goal of limiting warming to 1.5 °C.',
			'It welcomes the #MeToo movement.',
		]);
	});

	it('keeps the paragraphs after a separator inside an annex in that annex', () => {
		const annexed = [
			'1. The Council adopted the statement annexed to these conclusions.',
			'',
			'2. It will revert to the matter.',
			'',
			'Annex',
			'Statement on the Ocean',
			'',
			'1. We recognise the ocean as our common heritage.',
			'',
			'Maritime security',
			'',
			'2. We commit to resolve disputes peacefully.',
			'',
			'° ° °',
			'',
			'3. We will meet again next year.',
		].join('\n');
		const parsed = parseSource(annexed, 'Conclusions');
		expect(parsed.paragraphs.map((p) => p.section)).toEqual([
			null,
			null,
			'Annex — Statement on the Ocean',
			'Annex — Maritime security',
			'Annex — Statement on the Ocean',
		]);
	});
});
