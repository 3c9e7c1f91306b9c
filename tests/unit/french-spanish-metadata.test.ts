import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { monthNumber } from '../../src/corpus/calendar-date.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8');
const withFront = (front: string) =>
	`Conclusions de la réunion ministérielle sur la sécurité maritime\n\n${front}\n\n1. Les participants ont salué les progrès accomplis.\n`;

describe('French and Spanish dates and datelines', () => {
	it.each([
		['Paris, le 24 octobre 2025', '2025-10-24', 'Paris'],
		['le 3 mars 2025', '2025-03-03', undefined],
		['Madrid, 12 de mayo de 2025', '2025-05-12', 'Madrid'],
		['Genève, le 1er janvier 2025', '2025-01-01', 'Genève'],
		['Bruxelles, le 14 février 2024', '2024-02-14', 'Bruxelles'],
		['Bogotá, 7 de Diciembre de 2023', '2023-12-07', 'Bogotá'],
		['Abidjan, Côte d’Ivoire, 2-3 août 2022', '2022-08-03', 'Abidjan'],
		['PARIS, le 24 octobre 2025', '2025-10-24', 'Paris'],
	])('reads %s as %s, at %s', (front, date, place) => {
		const guessed = guessMetadata(withFront(front));
		expect(guessed.releaseDate).toBe(date);
		expect(guessed.place).toBe(place);
		expect(guessed.title).toBe('Conclusions de la réunion ministérielle sur la sécurité maritime');
	});

	it('names each month in the three languages, and nothing else', () => {
		expect(['janvier', 'Février', 'fevrier', 'mayo', 'setiembre', 'août', 'December'].map(monthNumber)).toEqual([
			1, 2, 2, 5, 9, 8, 12,
		]);
		expect(monthNumber('lundi')).toBe(0);
	});

	it('never takes a dateline for the title, with or without its year', () => {
		for (const dateline of ['Paris, le 24 octobre 2025', 'Paris, le 24 octobre', 'Madrid, 12 de mayo']) {
			const text = `${dateline}\n\nConclusions\n\n1. Les participants ont salué les progrès accomplis.\n`;
			expect(guessMetadata(text).title).toBeUndefined();
		}
	});

	it("reads the French chair's conclusions' date, place and title without --date", () => {
		const guessed = guessMetadata(fixture('president-conclusions-fr.txt'));
		expect(guessed).toMatchObject({ releaseDate: '2025-10-24', place: 'Paris' });
		expect(guessed.title).not.toMatch(/Paris|octobre/u);
	});

	it("reads the Spanish conclusions' date and place without --date", () => {
		const guessed = guessMetadata(fixture('conclusiones-es.txt'));
		expect(guessed).toMatchObject({
			releaseDate: '2025-05-12',
			place: 'Madrid',
			title: 'Conclusiones de la Presidencia',
		});
	});
});
