import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { NO_SYMBOL_ADVICE, symbolAdvice } from '../../src/import/symbol-advice.ts';
import { defaultSourceUrl } from '../../src/corpus/source-url.ts';
import { expectedOf, textOf } from '../helpers/parsing-fixture.ts';
import { isOrganLine } from '../../src/import/front-matter.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');
const parsing = (name: string) => readFileSync(new URL(`../fixtures/parsing/${name}`, import.meta.url), 'utf8');

describe("other organisations' documents: the title names the document, not its masthead", () => {
	it('an OSCE decision: its decision line and subject, not the organisation, council or journal line', () => {
		const guessed = guessMetadata(fixture('osce-decision-layout.txt'));
		expect(guessed).toMatchObject({
			symbol: 'MC.DEC/3/24',
			title: 'DECISION No. 3/24 ON STRENGTHENING CO-OPERATION TO COUNTER TRAFFICKING IN CULTURAL PROPERTY',
			releaseDate: '2024-12-06',
		});
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('the same decision as pdftotext gives it, without blank lines and without its organisation', () => {
		const text = [
			'MC.DEC/3/24',
			'6 December 2024',
			'Ministerial Council',
			'Malta 2024',
			'Original: ENGLISH',
			'Day 2 of the Meeting',
			'MC(31) Journal No. 2, Agenda item 7',
			'DECISION No. 3/24',
			'ON STRENGTHENING CO-OPERATION TO COUNTER TRAFFICKING',
			'IN CULTURAL PROPERTY',
			'The Ministerial Council,',
			'1. Calls on the participating States to strengthen co-operation;',
		].join('\n');
		expect(guessMetadata(text).title).toBe(
			'DECISION No. 3/24 ON STRENGTHENING CO-OPERATION TO COUNTER TRAFFICKING IN CULTURAL PROPERTY',
		);
	});

	it("keeps a host and year as a title's last line when no body's name stands above it", () => {
		const text = 'Declaration of the Ministers on the Regional Strategy\nVision 2030\n\n1. The ministers met.\n';
		expect(guessMetadata(text).title).toBe('Declaration of the Ministers on the Regional Strategy Vision 2030');
	});

	it("an OIC final communiqué: the communiqué's lines, not the organisation's name in capitals; place and date stacked", () => {
		const guessed = guessMetadata(fixture('oic-communique-layout.txt'));
		expect(guessed).toMatchObject({
			symbol: 'OIC/SUMMIT-15/2024/FC/FINAL',
			releaseDate: '2024-05-05',
			place: 'Banjul',
			meetingDates: ['2024-05-04', '2024-05-05'],
		});
		expect(guessed.title).toMatch(/^FINAL COMMUNIQUÉ OF THE 15TH SESSION OF THE ISLAMIC SUMMIT/u);
		expect(guessed.title).not.toMatch(/ORGANISATION|BANJUL/u);
	});

	it('says "unsure" when only the organisation\'s name in capitals could be the title', () => {
		const text =
			'ORGANISATION OF ISLAMIC COOPERATION\n\n\nFINAL COMMUNIQUÉ\n\nBANJUL, REPUBLIC OF THE GAMBIA\n4-5 MAY 2024\n\n1. The Summit met.\n';
		const guessed = guessMetadata(text);
		expect(guessed.title).not.toMatch(/BANJUL/u);
		expect(guessed.titleDoubt).toMatch(/name of the body that issued the document/u);
	});

	it('says "unsure" of a run that holds an agenda line', () => {
		const text = 'Thirty-First Meeting of the Ministerial Council, Agenda item 7\n\n1. Calls on the States.\n';
		expect(guessMetadata(text).titleDoubt ?? '').toMatch(/meeting, agenda or distribution line/u);
	});

	it('an OAS declaration in English: its symbol with the session, and its month-first date', () => {
		const guessed = guessMetadata(fixture('oas-declaration-layout.txt'));
		expect(guessed).toMatchObject({
			symbol: 'AG/DEC. 110 (LIV-O/24)',
			title: 'DECLARATION OF ASUNCIÓN ON INTEGRATION AND SECURITY FOR SUSTAINABLE DEVELOPMENT IN THE REGION',
			releaseDate: '2024-06-28',
		});
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it.each(['csw-conclusions-fr-layout', 'csw-conclusiones-es-layout'])(
		"a UN text in French or Spanish (%s): its title, not the organ's or commission's name",
		(name) => {
			const want = expectedOf(name);
			const guessed = guessMetadata(textOf(name));
			expect(guessed).toMatchObject({ symbol: want.symbol, title: want.title, releaseDate: want.date });
			expect(guessed.titleDoubt).toBeUndefined();
		},
	);

	it.each([
		[
			'Nations Unies\nConseil économique et social\n\nE/2025/L.12\nDistr. limitée\n3 juillet 2025\nFrançais\nOriginal : anglais\n\nSession de 2025\n\nConclusions concertées sur le financement du développement\n\n1. Le Conseil réaffirme.\n',
			'Conclusions concertées sur le financement du développement',
		],
		[
			'Naciones Unidas      E/2025/L.12\nConsejo Económico y Social      Distr. limitada\n3 de julio de 2025\nEspañol\nOriginal: inglés\n\nPeríodo de sesiones de 2025\nTema 5 del programa\nSerie de sesiones de alto nivel\n\nConclusiones convenidas sobre la financiación del desarrollo\n\n1. El Consejo reafirma.\n',
			'Conclusiones convenidas sobre la financiación del desarrollo',
		],
	])('never takes a French or Spanish masthead line for the title: %#', (text, title) => {
		const guessed = guessMetadata(text);
		expect(guessed.title).toBe(title);
		expect(guessed.place).toBeUndefined();
	});
});

/** A draft ministerial declaration of the Economic and Social Council as `pdftotext -layout` gives its French text. */
const FRENCH_DRAFT = [
	'Nations Unies                                             E/2025/L.12',
	'Conseil économique et social                              Distr. limitée',
	'                                                          3 juillet 2025',
	'                                                          Français',
	'                                                          Original : anglais',
	'Session de 2025',
	'26 juillet 2024-30 juillet 2025',
	'Point 5 a) de l’ordre du jour',
	'Débat de haut niveau',
	'',
	'',
	'          Projet de déclaration ministérielle du débat de haut niveau',
	'          sur le thème de la session',
	'',
	'1. Nous, ministres et chefs de délégation, réaffirmons nos engagements.',
	'',
].join('\n');
const SPANISH_DRAFT = [
	'Naciones Unidas                                           E/2025/L.12',
	'Consejo Económico y Social                                Distr. limitada',
	'                                                          3 de julio de 2025',
	'                                                          Español',
	'                                                          Original: inglés',
	'Período de sesiones de 2025',
	'26 de julio de 2024 a 30 de julio de 2025',
	'Tema 5 a) del programa',
	'Serie de sesiones de alto nivel',
	'',
	'',
	'          Proyecto de declaración ministerial de la serie de sesiones de alto nivel',
	'          sobre el tema del período de sesiones',
	'',
	'1. Nosotros, los ministros, reafirmamos nuestros compromisos.',
	'',
].join('\n');

describe("the UN's French and Spanish mastheads: the organ, session and agenda item are not the title", () => {
	it.each([
		[
			FRENCH_DRAFT,
			'Projet de déclaration ministérielle du débat de haut niveau sur le thème de la session',
			'2025-07-03',
		],
		[
			SPANISH_DRAFT,
			'Proyecto de declaración ministerial de la serie de sesiones de alto nivel sobre el tema del período de sesiones',
			'2025-07-03',
		],
	])('%#', (text, title, date) => {
		const guessed = guessMetadata(text);
		expect(guessed).toMatchObject({ symbol: 'E/2025/L.12', title, releaseDate: date });
		expect(guessed.titleDoubt).toBeUndefined();
	});
});

describe('a line in French or Spanish that says what kind of document it is, above the title', () => {
	const under = (kind: string, title: string) =>
		`Nations Unies      E/CN.6/2031/L.3\nConseil économique et social      Distr. limitée\n      14 mars 2031\n\n${kind}\n\n${title}\n\n1. La Commission réaffirme la Déclaration.\n`;
	it.each([
		[
			'Projet de conclusions concertées présenté par la Présidente de la Commission',
			'Accès des femmes et des filles à la justice',
		],
		[
			'Proyecto de conclusiones convenidas presentado por la Presidencia de la Comisión',
			'Acceso de las mujeres y las niñas a la justicia',
		],
		[
			'Rapport du Secrétaire général',
			'Coopération entre l’Organisation des Nations Unies et les organisations régionales',
		],
		['Informe del Secretario General', 'Cooperación entre las Naciones Unidas y las organizaciones regionales'],
	])('%s: the title is the line under it', (kind, title) => {
		expect(guessMetadata(under(kind, title)).title).toBe(title);
	});
});

describe("an organisation's or body's name, never a title", () => {
	it.each([
		['ECONOMIC COMMUNITY OF WEST AFRICAN STATES', true],
		['Southern African Development Community', true],
		['North Atlantic Treaty Organization', true],
		['ORGANISATION OF ISLAMIC COOPERATION', true],
		['Organization for Security and Co-operation in Europe', true],
		['AFRICAN UNION', true],
		['COMMISSION ON THE STATUS OF WOMEN', true],
		['Comisión de la Condición Jurídica y Social de la Mujer', true],
		['Commission de la condition de la femme', true],
		['Community of Democracies Declaration on Elections', false],
		['Cooperation between the United Nations and regional organizations', false],
		['Organization of the work of the Commission', false],
		['Conclusions concertées sur l’accès des femmes à la justice', false],
		['FINAL COMMUNIQUÉ OF THE 15TH SESSION OF THE ISLAMIC SUMMIT', false],
	])('%s → %s', (line, organ) => {
		expect(isOrganLine(line)).toBe(organ);
	});
});

describe('symbols other organisations print, read as printed', () => {
	it.each([
		['OIC/CFM-50/2024/FC', 'OIC/CFM-50/2024/FC'],
		['OIC/SUMMIT-15/2024/FC/Final', 'OIC/SUMMIT-15/2024/FC/Final'],
		['                                        OIC/CFM-50/2024/POL/Final', 'OIC/CFM-50/2024/POL/Final'],
		['OIC/Final', undefined],
		['                                        AG/RES. 3000 (LIV-O/24)', 'AG/RES. 3000 (LIV-O/24)'],
		['PC.DEC/1234/Corr.1', 'PC.DEC/1234/Corr.1'],
		['MC.DEC/3/24 6 December 2024', 'MC.DEC/3/24'],
		['AG/DEC. 110 (LIV-O/24) June 28, 2024', 'AG/DEC. 110 (LIV-O/24)'],
		['Recalling resolution A/60/1 of 16 September 2005,', undefined],
		['OEA/Ser.P', undefined],
		['CFSP/PESC 1001', undefined],
		// NATO's press release that carries a summit declaration, in its masthead beside the logo's words.
		['      NATO                                        Press Release (2025) 095', 'Press Release (2025) 095'],
		['Press Release (2025)', undefined],
		['Press Release SG/2084', 'SG/2084'],
	])('%j → %s', (line, symbol) => {
		expect(guessMetadata(`${line}\n\nDeclaration of the Ministers on the Sea\n\n1. The ministers met.\n`).symbol).toBe(
			symbol,
		);
	});

	it("reads a Council of the EU document's number under its masthead, never a previous document's", () => {
		expect(guessMetadata(parsing('council-conclusions-layout.txt')).symbol).toBe('10512/25');
		const register =
			'Council of the European Union\n(OR. en)\nST 10234 2025 INIT\n\nCouncil conclusions on the Sahel\n';
		expect(guessMetadata(register).symbol).toBe('ST 10234 2025 INIT');
		const text =
			'OUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nNo. prev. doc.:     10011/25\nSubject: Council conclusions on the Sahel\n';
		expect(guessMetadata(text).symbol).toBeUndefined();
		// Without the Council's masthead a number alone is not read, but named.
		const bare = guessMetadata('10234/25\n\nConclusions on the Sahel and West Africa\n\n1. The Council met.\n');
		expect(bare.symbol).toBeUndefined();
		expect(bare.symbolLike).toBe('10234/25');
	});

	it("reads a General Assembly resolution's title without the number its symbol carries", () => {
		// A saved page's heading prints the resolution's number before its title, as the General Assembly does.
		const text = `United Nations     A/RES/79/296\n\nGeneral Assembly\n\nThe General Assembly,\n\n1. Welcomes the progress;\n`;
		expect(guessMetadata(text, '79/296. Early warnings for all').title).toBe('Early warnings for all');
		// Another number is part of the title as printed.
		expect(guessMetadata(text, '79/12. Early warnings for all').title).toBe('79/12. Early warnings for all');
	});

	it('makes no UN source URL from them', () => {
		for (const symbol of ['10512/25', 'AG/DEC. 110 (LIV-O/24)', 'MC.DEC/3/24', 'OIC/CFM-50/2024/FC']) {
			expect(defaultSourceUrl(symbol, '2024-06-28')).toBeUndefined();
		}
	});

	it('advises passing a printed symbol as printed, and a label in words only for a document without one', () => {
		expect(NO_SYMBOL_ADVICE).toMatch(/pass it as printed: --symbol "<the symbol>"/u);
		expect(symbolAdvice('10234/25')).toContain('--symbol "10234/25"');
		expect(symbolAdvice('10234/25')).not.toMatch(/\bUN\b/u);
	});
});

describe('dates read in the forms documents print them', () => {
	it.each([
		['28 June 2024', '2024-06-28'],
		['June 28, 2024', '2024-06-28'],
		['June 27-28, 2024', '2024-06-28'],
		['June 26 to 28, 2024', '2024-06-28'],
		['27–28 June 2024', '2024-06-28'],
		['le 28 juin 2024', '2024-06-28'],
		['28 de junio de 2024', '2024-06-28'],
		['4-5 MAY 2024', '2024-05-05'],
		['Washington, D.C., June 28, 2024', '2024-06-28'],
		['June 28th, 2024', '2024-06-28'],
		['28th June 2024', '2024-06-28'],
	])('%s → %s', (line, date) => {
		const guessed = guessMetadata(`Declaration of the Ministers on the Sea\n\n${line}\n\n1. The ministers met.\n`);
		expect(guessed.releaseDate).toBe(date);
		expect(guessed.title).toBe('Declaration of the Ministers on the Sea');
	});

	it('reads a place set over its date in capitals, and never a title over a date as a place', () => {
		expect(
			guessMetadata(
				'Final Communiqué of the Summit\n\nBANJUL, REPUBLIC OF THE GAMBIA\n4-5 MAY 2024\n\n1. The Summit met.\n',
			).place,
		).toBe('Banjul');
		expect(
			guessMetadata('Declaration of the Ministers on the Sea\n\n28 June 2024\n\n1. The ministers met.\n').place,
		).toBeUndefined();
	});
});
