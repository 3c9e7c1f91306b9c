import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * A declaration or charter set out article by article (`Article 1`, `Article 2`…): each article's line heads the
 * section of the paragraphs under it, the first one too (it holds a figure, as front matter does), whether its text
 * follows after a blank line or right under it, with or without the article's title.
 */
const sections = (text: string) => parseSource(text, 'x').paragraphs.map((p) => [p.section, p.text]);

describe('articles as sections', () => {
	it('a declaration as pdftotext gives it, each article text right under its line', () => {
		const { want, parsed } = parsedFixture('declaration-articles-pdf');
		expectAsExpected(parsed, want);
	});

	it('a charter as pdftotext -layout gives it, each article line with its title under it', () => {
		const { want, parsed } = parsedFixture('charter-articles-layout');
		expectAsExpected(parsed, want);
	});

	it('the first article of a text whose articles stand apart after blank lines, its dateline above it', () => {
		const text = [
			'DECLARATION ON REGIONAL SECURITY',
			'',
			'Baku, 12 October 2041',
			'',
			'Article 1',
			'',
			'The Member States reaffirm their commitment to the Charter of the United Nations.',
			'',
			'Article 2',
			'',
			'The Member States condemn terrorism in all its forms.',
			'',
			'Article 3',
			'',
			'The Member States will meet again next year.',
		].join('\n');
		expect(sections(text)).toEqual([
			['Article 1', 'The Member States reaffirm their commitment to the Charter of the United Nations.'],
			['Article 2', 'The Member States condemn terrorism in all its forms.'],
			['Article 3', 'The Member States will meet again next year.'],
		]);
	});
});
