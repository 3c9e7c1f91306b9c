import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/**
 * Page furniture in words and pages that break paragraphs, as PDF text gives them (form feeds between pages): the
 * rules the ASEAN statement's fixture showed, each on a page layout of its own.
 */

const paragraphsOf = (text: string) =>
	parseSource(text, 'T').paragraphs.map((p) => ({ number: p.number, section: p.section, text: p.text }));

/** Pages joined by form feeds, as `pdftotext` writes them. */
const pages = (...texts: string[]) => texts.join('\f');

describe('a running head or foot in words', () => {
	it('is furniture when it stands at the top of most pages, its page number changing', () => {
		const text = pages(
			'1. The Forum met in Vienna and agreed on the following.\n\n2. Members welcomed the report and asked the',
			'Report of the Forum on Cooperation, page 2\n\nsecretariat to publish it.\n\n3. Members agreed to meet',
			'Report of the Forum on Cooperation, page 3\n\nagain next year.\n\n4. The Forum closed its session.',
			'Report of the Forum on Cooperation, page 4\n\n5. Members thanked the host.',
		);
		expect(paragraphsOf(text).map((p) => p.text)).toEqual([
			'The Forum met in Vienna and agreed on the following.',
			'Members welcomed the report and asked the secretariat to publish it.',
			'Members agreed to meet again next year.',
			'The Forum closed its session.',
			'Members thanked the host.',
		]);
	});

	it('is furniture at the foot of most pages too, and never heads the section below it', () => {
		const foot = 'Secretariat of the Forum, Vienna';
		const text = pages(
			`I. Opening\n\n1. The Forum met in Vienna and agreed to act.\n\n${foot}`,
			`II. Follow-up\n\n2. Members welcomed the report.\n\n${foot}`,
			`3. Members agreed to meet again.\n\n${foot}`,
		);
		expect(paragraphsOf(text)).toEqual([
			{ number: 1, section: 'I. Opening', text: 'The Forum met in Vienna and agreed to act.' },
			{ number: 2, section: 'II. Follow-up', text: 'Members welcomed the report.' },
			{ number: 3, section: 'II. Follow-up', text: 'Members agreed to meet again.' },
		]);
	});

	it('is not a heading that opens two pages of five, nor a line of a text too short to tell', () => {
		const text = pages(
			'1. The Forum met in Vienna.',
			'Regional cooperation\n\n2. Members welcomed the report.',
			'3. Members agreed to meet again.',
			'Regional cooperation\n\n4. The Forum closed its session.',
			'5. Members thanked the host.',
		);
		expect(paragraphsOf(text).map((p) => p.section)).toEqual([
			null,
			'Regional cooperation',
			'Regional cooperation',
			'Regional cooperation',
			'Regional cooperation',
		]);
		// Two pages of three: a text this short says too little, and the line heads its section.
		const short = pages('1. Met.', 'Summary of the meeting\n\n2. Agreed.', 'Summary of the meeting\n\n3. Closed.');
		expect(paragraphsOf(short).map((p) => p.section)).toEqual([
			null,
			'Summary of the meeting',
			'Summary of the meeting',
		]);
	});
});

describe('a page that breaks a paragraph where a sentence ends', () => {
	it('goes on with the paragraph on its line; a number on the next page still starts one', () => {
		const text = pages(
			'1. The Forum met in Vienna. It agreed to act.\n\n\n3',
			'The Forum asked its secretariat to report.\n\n2. Members welcomed the report.\n\n\n4',
			'3. Members agreed to meet again.',
		);
		expect(paragraphsOf(text).map((p) => p.text)).toEqual([
			'The Forum met in Vienna. It agreed to act. The Forum asked its secretariat to report.',
			'Members welcomed the report.',
			'Members agreed to meet again.',
		]);
	});
});

describe('a roman or lettered heading whose mark stands on a line of its own', () => {
	it('is one heading with its title, the sub-heading under it another, the mark in no paragraph', () => {
		const text = [
			'1.',
			'',
			'The Forum met in Vienna.',
			'',
			'II.',
			'',
			'POLITICAL-SECURITY COMMUNITY',
			'',
			'A.',
			'',
			'Regional security architecture',
			'',
			'2.',
			'',
			'Members welcomed the report.',
		].join('\n');
		expect(paragraphsOf(text)).toEqual([
			{ number: 1, section: null, text: 'The Forum met in Vienna.' },
			{
				number: 2,
				section: 'II. POLITICAL-SECURITY COMMUNITY — A. Regional security architecture',
				text: 'Members welcomed the report.',
			},
		]);
	});
});
