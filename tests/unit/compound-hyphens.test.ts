import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/** An agreed-conclusions text in French as a PDF viewer copies it: lines wrapped where the page wrapped them. */
const FRENCH = [
	'1.    La Commission de la condition de la femme, à sa soixante-',
	'neuvième session, réaffirme la Déclaration et le Programme d’action de Beijing, qui porte sur',
	'l’égalité des genres, ainsi que les textes issus de la vingt-',
	'troisième session extraordinaire de l’Assemblée générale et du vingt-',
	'et-unième anniversaire de la Conférence.',
	'',
	'2.    La Commission salue le travail du porte-',
	'parole des organisations de femmes, c’est-',
	'à-dire de celles qui défendent les droits des femmes rurales et des filles, et l’',
	'Arc-',
	'en-ciel des associations de la société civile.',
	'',
	'3.    La Commission engage les gouvernements à tenir compte des discriminations intersec-',
	'tionnelles, à agir seule-',
	'ment avec les partenaires et à pour-',
	'suivre la coopération régionale dans les domaines où elle est nécessaire.',
].join('\n');

describe('a line-end hyphen in a compound, in a text not in English', () => {
	const text = parseSource(FRENCH, 'T')
		.paragraphs.map((p) => p.text)
		.join('\n');

	it('keeps the hyphen of a compound numeral (soixante-neuvième, vingt-troisième, vingt-et-unième)', () => {
		expect(text).toContain('à sa soixante-neuvième session');
		expect(text).toContain('de la vingt-troisième session');
		expect(text).toContain('du vingt-et-unième anniversaire');
	});

	it('keeps it where the first part is a word the text writes on its own, or the word goes on with a hyphen', () => {
		expect(text).toContain('du porte-parole des');
		expect(text).toContain('c’est-à-dire de celles');
		expect(text).toContain('Arc-en-ciel des associations');
	});

	it('still joins a word the layout broke: a half-word, a small word, an ending that makes a word', () => {
		expect(text).toContain('discriminations intersectionnelles, à agir seulement avec');
		expect(text).toContain('et à poursuivre la coopération');
	});
});
