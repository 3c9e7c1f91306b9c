import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * A paragraph's section names every heading it stands under, the outer first (`I. ASEAN COMMUNITY BUILDING —
 * Political-Security Community`), each as printed; a text with headings of one level keeps them as they are.
 */

describe('a Chairman’s Statement with roman headings in capitals and sub-headings under them', () => {
	it('gives each paragraph both headings, the roman one first; one right under a roman heading that one alone', () => {
		const { want, parsed } = parsedFixture('asean-chairman-sub-headings-layout');
		expectAsExpected(parsed, want);
	});
});

const sectionsOf = (text: string) => parseSource(text, 'T').paragraphs.map((p) => p.section);

describe('headings of one level', () => {
	it.each([
		[
			'plain',
			'Chair’s summary\n\nOpening\n\n1. The meeting opened.\n\nTerrorism\n\n2. Participants condemned terrorism.\n\nFurther Work\n\n3. They agreed to meet again.\n',
			['Opening', 'Terrorism', 'Further Work'],
		],
		[
			'roman',
			'I. Introduction\n\n1. The meeting opened.\n\nII. Terrorism\n\n2. Participants condemned terrorism.\n\nIII. Further work\n\n3. They agreed to meet again.\n',
			['I. Introduction', 'II. Terrorism', 'III. Further work'],
		],
		[
			'lettered',
			'A. Introduction\n\n1. The meeting opened.\n\nB. Terrorism\n\n2. Participants condemned terrorism.\n\nC. Further work\n\n3. They agreed to meet again.\n',
			['A. Introduction', 'B. Terrorism', 'C. Further work'],
		],
	])('%s: each paragraph under its own heading alone', (_kind, text, sections) => {
		expect(sectionsOf(text)).toEqual(sections);
	});
});

describe('the level of a heading', () => {
	it('reads `C.` after `B.` as a letter under the roman heading, and `IV.` as the next roman one', () => {
		const text = [
			'I. Introduction',
			'',
			'1. The meeting opened.',
			'',
			'II. Regional issues',
			'',
			'A. Sahel',
			'',
			'2. Participants discussed the Sahel.',
			'',
			'B. Great Lakes',
			'',
			'3. Participants discussed the Great Lakes.',
			'',
			'C. Horn of Africa',
			'',
			'4. Participants discussed the Horn of Africa.',
			'',
			'III. Further work',
			'',
			'5. They agreed to meet again.',
		].join('\n');
		expect(sectionsOf(text)).toEqual([
			'I. Introduction',
			'II. Regional issues — A. Sahel',
			'II. Regional issues — B. Great Lakes',
			'II. Regional issues — C. Horn of Africa',
			'III. Further work',
		]);
	});

	it('starts again from the top in an annex, named before its headings', () => {
		const text = [
			'I. Introduction',
			'',
			'1. The meeting opened.',
			'',
			'Annex',
			'',
			'A. Sahel',
			'',
			'1. Participants discussed the Sahel.',
		].join('\n');
		expect(sectionsOf(text)).toEqual(['I. Introduction', 'Annex — A. Sahel']);
	});
});

describe('unnumbered headings in capitals over headings in small letters', () => {
	it('are the outer level', () => {
		const text = [
			'CHAIRMAN’S STATEMENT OF THE 50TH ASEAN SUMMIT',
			'',
			'Kuala Lumpur, 26 October 2027',
			'',
			'ASEAN COMMUNITY BUILDING',
			'',
			'1. We met in Kuala Lumpur.',
			'',
			'Political-Security Community',
			'',
			'2. We reaffirmed our commitment to peace.',
			'',
			'EXTERNAL RELATIONS',
			'',
			'3. We reaffirmed ASEAN centrality.',
			'',
			'Dialogue partners',
			'',
			'4. We welcomed our partners.',
		].join('\n');
		expect(sectionsOf(text)).toEqual([
			'ASEAN COMMUNITY BUILDING',
			'ASEAN COMMUNITY BUILDING — Political-Security Community',
			'EXTERNAL RELATIONS',
			'EXTERNAL RELATIONS — Dialogue partners',
		]);
	});
});

describe('a section’s length', () => {
	it('names only the inner heading where both would not fit in a quote’s title', () => {
		const outer = `I. ${'REGIONAL COOPERATION ON SHARED WATER RESOURCES AND THE ENVIRONMENT '.repeat(2).trim()}`;
		const inner = `A. ${'Transboundary aquifers and the exchange of hydrological data among riparian States '.repeat(2).trim()}`;
		const text = `${outer}\n\n1. The meeting opened.\n\n${inner}\n\n2. Participants agreed to share data.\n`;
		const sections = sectionsOf(text);
		expect(sections).toEqual([outer, inner]);
		expect(`agreed conclusions ¶12 · ${sections[1] ?? ''}`.length).toBeLessThanOrEqual(256);
	});
});
