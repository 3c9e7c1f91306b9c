import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { isLayoutNoise, leftoverNoise } from '../../src/corpus/layout-noise.ts';
import { joinWrapped, wordsOf } from '../../src/corpus/unwrap.ts';
import { isEnglishText } from '../../src/corpus/text-language.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

describe("the UN's page furniture in French and Spanish, dropped as the English is", () => {
	it.each([
		'Merci de recycler',
		'*3104512*     Merci de recycler',
		'Sírvase reciclar',
		'*3104512* Sírvase reciclar',
		'♻ Please recycle',
		'Page 1 sur 2',
		'Página 3 de 12',
		'GE.31-04512 (F)    170331    180331',
	])('%j is furniture', (line) => {
		expect(isLayoutNoise(line)).toBe(true);
	});

	it('names a recycling note left inside a paragraph, in French too', () => {
		expect(leftoverNoise('les droits des femmes *3104512* Merci de recycler')).toContain('*3104512* Merci de recycler');
	});

	it.each(['csw-conclusions-fr-layout', 'csw-conclusiones-es-layout'])(
		'%s: every paragraph whole, no section or problem made of the furniture',
		(name) => {
			const { want, parsed } = parsedFixture(name);
			expectAsExpected(parsed, want);
		},
	);

	it('reads "Merci de recycler" alone on its line (pdftotext without -layout) as furniture, not a heading', () => {
		const text = [
			'1. La Commission réaffirme la Déclaration de Beijing.',
			'',
			'2. La Commission constate les progrès accomplis.',
			'GE.31-04512 (F)',
			'*3104512*',
			'Merci de recycler',
			'3. La Commission engage les gouvernements à agir.',
			'',
			'4. La Commission prie les entités de poursuivre leur collaboration.',
		].join('\n');
		const parsed = parseSource(text, 'T');
		expect(parsed.paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, null],
			[2, null],
			[3, null],
			[4, null],
		]);
	});
});

describe('a line-end hyphen in a text in another language than English', () => {
	it('joins a word the layout broke, and keeps a compound the text writes with its hyphen', () => {
		const parsed = parseSource(textOf('csw-conclusions-fr-layout'), 'T');
		const text = parsed.paragraphs.map((p) => p.text).join('\n');
		expect(text).toContain('discriminations intersectionnelles dans');
		expect(text).not.toContain('intersec-tionnelles');
		expect(text).toContain('le porte-parole des victimes de poursuivre');
	});

	it('asks the text, not the English dictionary, in French; English keeps its rules', () => {
		const french = {
			words: wordsOf('la justice'),
			otherLanguage: () => true,
			writes: () => false,
			isWord: () => false,
		};
		expect(joinWrapped('des discriminations intersec-', 'tionnelles', french)).toBe(
			'des discriminations intersectionnelles',
		);
		const written = { ...french, writes: (w: string) => w === 'porte-parole' };
		expect(joinWrapped('le porte-', 'parole', written)).toBe('le porte-parole');
		const english = { words: wordsOf('peace'), otherLanguage: () => false, writes: () => false, isWord: () => false };
		expect(joinWrapped('peace-', 'building', english)).toBe('peace-building');
	});

	it('tells English from French and Spanish by their small words', () => {
		expect(
			isEnglishText('The Commission reaffirms the Declaration and the Platform for Action of the Conference.'),
		).toBe(true);
		expect(isEnglishText('La Commission réaffirme la Déclaration et le Programme d’action de la Conférence.')).toBe(
			false,
		);
		expect(isEnglishText('La Comisión reafirma la Declaración y la Plataforma de Acción de los Estados.')).toBe(false);
	});
});
