import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * The lines above a text's first paragraph that say what the document is, or which part of a longer one it is: a
 * communiqué's kind line (`FINAL COMMUNIQUÉ`) names no section, and a chapter's line over its title (`CHAPTER IV`,
 * `ENVIRONMENT AND SUSTAINABLE DEVELOPMENT`) heads every section under it, even alone of its kind in an extract.
 */
describe.each([
	['communique-kind-line-sections', 'a final communiqué: the kind line above ¶1, roman headings further on'],
	['final-document-chapter-extract', 'an extract of one chapter: its line and title over lettered sections'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph with its mark, section and exact text, and no warning', () => {
		expectAsExpected(parsed, want);
	});
});

const sectionsOf = (text: string) => parseSource(text, 'T').paragraphs.map((p) => p.section);

describe('a kind line above the first paragraph', () => {
	const communique = textOf('communique-kind-line-sections');

	it.each(['JOINT STATEMENT', 'Ministerial Declaration', 'Communiqué final', 'DECLARATION'])(
		'%j names the document, not a section',
		(kind) => {
			expect(sectionsOf(communique.replace('FINAL COMMUNIQUÉ', kind)).slice(0, 2)).toEqual([null, null]);
		},
	);

	it('a heading that names a part (`OPENING OF THE SUMMIT`) still heads ¶1–2', () => {
		const heading = 'OPENING OF THE SUMMIT';
		expect(sectionsOf(communique.replace('FINAL COMMUNIQUÉ', heading)).slice(0, 2)).toEqual([heading, heading]);
	});
});

describe('a chapter’s line', () => {
	const extract = textOf('final-document-chapter-extract');

	it('is the text’s when no title stands under it, as a sentence going on in small letters', () => {
		const cited = extract.replace('CHAPTER IV\nENVIRONMENT AND SUSTAINABLE DEVELOPMENT', 'CHAPTER IV\nof the Charter');
		expect(sectionsOf(cited)[0]).toBe('A. Climate Change');
	});

	it('closes the chapter before it: the next chapter’s sections name it alone', () => {
		const next = `${extract}\nCHAPTER V\nSOCIAL DEVELOPMENT\n\nA. Poverty Eradication\n\n604. The Heads of State or Government reaffirmed their commitment to eradicate poverty.\n`;
		expect(sectionsOf(next).at(-1)).toBe('CHAPTER V — SOCIAL DEVELOPMENT — A. Poverty Eradication');
	});
});
