import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';

const page = (name: string) =>
	extractHtml(readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8')).text;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8');

describe('a table under its caption, in English, French or Spanish', () => {
	it("leaves a Spanish page's `Cuadro 1 – …` and its rows out of ¶4", () => {
		const parsed = parseSource(page('conclusiones-es.html'), 'Conclusiones de la Presidencia');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
		expect(parsed.paragraphs[3]?.text).toBe(
			'Expresaron su preocupación por el aumento del número de personas desplazadas en la región, según se indica a continuación.',
		);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Cuadro|Centroamérica|Caribe|Fuente/u);
		expect(parsed.problems).toEqual([]);
	});

	it('leaves the table out of a Spanish text, where it follows the paragraph with no blank line', () => {
		const parsed = parseSource(fixture('conclusiones-es.txt'), 'Conclusiones de la Presidencia');
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Cuadro|Subregión|Centroamérica|Fuente/u);
	});

	it("never makes a French page's `Tableau 1 – …` a section", () => {
		const parsed = parseSource(page('president-conclusions-fr.html'), 'Conclusions du Président');
		expect(parsed.paragraphs.map((p) => [p.ownMark, p.section])).toEqual([
			['1.1', '1. Coopération régionale'],
			['1.2', '1. Coopération régionale'],
			['1.3', '1. Coopération régionale'],
			['2.1', '2. Renforcement des capacités'],
			['2.2', '2. Renforcement des capacités'],
			['3.1', '3. Suivi'],
			['3.2', '3. Suivi'],
		]);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Tableau|Zone [ADE]/u);
		expect(parsed.problems).toEqual([]);
	});

	const between = (caption: string, rows: string[]) =>
		[
			'1. Participants reviewed the figures of the year.',
			'',
			'2. They noted the trends set out below.',
			'',
			caption,
			...rows,
			'',
			'3. They agreed to review them again next year.',
		].join('\n');

	it.each([
		'Table 1 – Incidents by zone',
		'Tableau 1 – Incidents signalés par zone',
		'Tableau 2 : Incidents',
		'Cuadro 1 – Incidentes por zona',
		'Tabla 3. Incidentes',
		'Figura 2 – Incidentes por zona',
		'Gráfico 1 – Incidentes',
		'Graphique 4 – Incidents',
		'Figure 1 – Incidents',
		'Tableau n° 1',
		'Cuadro N.º 2 – Incidentes por zona',
	])('leaves %s and its rows out of the paragraphs', (caption) => {
		const parsed = parseSource(between(caption, ['Zone A 12 9', 'Zone D 7 11']), '');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, null, 'Participants reviewed the figures of the year.'],
			[2, null, 'They noted the trends set out below.'],
			[3, null, 'They agreed to review them again next year.'],
		]);
	});

	it('leaves out a table of words alone, one cell a line, up to the next paragraph', () => {
		const parsed = parseSource(between('Tableau 2 – Priorités', ['', 'Formation', '', "Échange d'informations"]), '');
		expect(parsed.paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, null],
			[2, null],
			[3, null],
		]);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Priorités|Formation|Échange/u);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps a sentence that only names a table (`Tableau 1 montre…`)', () => {
		const text = '1. Le tableau suit.\n\n2. Tableau 1 montre que les incidents ont diminué de moitié.\n';
		expect(parseSource(text, '').paragraphs.map((p) => p.text)).toContain(
			'Tableau 1 montre que les incidents ont diminué de moitié.',
		);
	});
});
