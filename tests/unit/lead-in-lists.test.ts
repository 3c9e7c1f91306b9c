import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * A communiqué without paragraph numbers whose paragraphs end with ":" over a list ("…and agreed to:", then the
 * items): each lead-in and its list are one paragraph, under its heading, and the closing place and date under the
 * last list are context, never words of its last item.
 */

const TITLE = 'Communiqué of the Thirty-Ninth Special Meeting of the Conference of Heads of Government';
const page = extractHtml(
	readFileSync(new URL('../fixtures/published/communique-lead-in-lists-page.html', import.meta.url), 'utf8'),
).text;

const FIREARMS =
	'Heads of Government expressed grave concern at the flow of illegal firearms into the Region and agreed to:';
const FIREARMS_ITEMS = [
	'establish a regional firearms tracing unit within the Implementation Agency for Crime and Security;',
	'harmonise national legislation on the marking and registration of firearms by December 2026; and',
	'request the support of partners in strengthening border and port security.',
];
const SEEDS =
	'Heads of Government recognised that climate shocks threaten the gains made in agricultural production and directed the Secretariat to:';
const SEEDS_ITEMS = [
	'prepare a regional strategy for climate-resilient seed and livestock varieties;',
	'expand the regional agricultural insurance facility to cover fisheries.',
];
const PARTNERS =
	"Heads of Government welcomed the renewed engagement of partners in the Region's development and expressed appreciation for the financial and technical support received from:";
const PARTNERS_ITEMS = ['Canada', 'the European Union', 'Japan', 'the United Kingdom'];
const CRIME =
	'Heads of Government reiterated that crime and violence remain a public health emergency in the Region. They welcomed the progress made in implementing the Declaration on Crime and Violence adopted in Port of Spain.';
const IMPORT_BILL =
	"Heads of Government noted that the Region's food import bill had fallen by eleven per cent since 2022, and that the target of reducing it by twenty-five per cent by 2025 had not been met. They mandated the Council for Trade and Economic Development to report on the obstacles at their next Regular Meeting.";

/** A lead-in and its items as one paragraph's text: the lead-in, then each item on its own line after its mark. */
const withItems = (leadIn: string, mark: string, items: readonly string[]) =>
	[leadIn, ...items.map((item) => `${mark} ${item}`)].join('\n');

const shape = (text: string) =>
	parseSource(text, TITLE).paragraphs.map((p) => ({ number: p.number, section: p.section, text: p.text }));

describe('a paragraph ending with ":" over a list, in a communiqué without numbers', () => {
	it('keeps each lead-in with its list as one paragraph under its heading on a saved page', () => {
		expect(shape(page)).toEqual([
			{
				number: 1,
				section: null,
				text: 'The Thirty-Ninth Special Meeting of the Conference of Heads of Government of the Regional Community was held in Kingstown, Saint Vincent and the Grenadines, on 13 and 14 March 2026. The Chair of the Conference presided.',
			},
			{ number: 2, section: 'SECURITY', text: CRIME },
			{ number: 3, section: 'SECURITY', text: withItems(FIREARMS, '•', FIREARMS_ITEMS) },
			{ number: 4, section: 'FOOD SECURITY', text: IMPORT_BILL },
			{ number: 5, section: 'FOOD SECURITY', text: withItems(SEEDS, '•', SEEDS_ITEMS) },
			{ number: 6, section: 'EXTERNAL RELATIONS', text: withItems(PARTNERS, '•', PARTNERS_ITEMS) },
		]);
	});

	it('keeps them so in the plain-text copy, its first heading included', () => {
		const { want, parsed } = parsedFixture('communique-lead-in-lists-copied');
		expectAsExpected(parsed, want);
		expect(shape(textOf('communique-lead-in-lists-copied')).map((p) => p.text)).toEqual([
			CRIME,
			withItems(FIREARMS, '-', FIREARMS_ITEMS),
			withItems(SEEDS, '-', SEEDS_ITEMS),
			withItems(PARTNERS, '-', PARTNERS_ITEMS),
		]);
	});

	it.each([
		['the saved page', page],
		['the plain-text copy', textOf('communique-lead-in-lists-copied')],
	])('leaves the closing place and date under the short items as context, and drops nothing (%s)', (_, text) => {
		const parsed = parseSource(text, TITLE);
		expect(parsed.problems).toEqual([]);
		expect(parsed.paragraphs.at(-1)?.text.endsWith('the United Kingdom')).toBe(true);
		expect(parsed.preamble?.endsWith('Kingstown, Saint Vincent and the Grenadines\n14 March 2026')).toBe(true);
		// Every line of the text is in a paragraph or in the context, where the import shows it.
		const kept = [parsed.preamble ?? '', ...parsed.paragraphs.map((p) => `${p.section ?? ''}\n${p.text}`)].join('\n');
		const lines = text
			.split('\n')
			.map((line) => line.replace(/^(?:[•-] )/u, '').trim())
			.filter((line) => line !== '' && line.toUpperCase() !== TITLE.toUpperCase());
		expect(lines.filter((line) => !kept.includes(line))).toEqual([]);
	});

	it('reads a page with a single such paragraph, its list last, as one paragraph too', () => {
		const text = [
			'Kingstown, Saint Vincent and the Grenadines, 14 March 2026',
			'HAITI',
			'Heads of Government welcomed the installation of the Transitional Presidential Council in Haiti.',
			'CLIMATE CHANGE',
			'Heads of Government underscored that the climate crisis remains the greatest threat to the Region and agreed to:\n- mobilise climate finance for adaptation and loss and damage;\n- accelerate the transition to renewable energy in the Region;\n- strengthen early warning systems for hurricanes.',
			'Kingstown, Saint Vincent and the Grenadines\n14 March 2026',
		].join('\n\n');
		const parsed = parseSource(`${text}\n`, 'Communiqué');
		expect(parsed.paragraphs.map((p) => [p.section, p.text.split('\n')])).toEqual([
			['HAITI', ['Heads of Government welcomed the installation of the Transitional Presidential Council in Haiti.']],
			[
				'CLIMATE CHANGE',
				[
					'Heads of Government underscored that the climate crisis remains the greatest threat to the Region and agreed to:',
					'- mobilise climate finance for adaptation and loss and damage;',
					'- accelerate the transition to renewable energy in the Region;',
					'- strengthen early warning systems for hurricanes.',
				],
			],
		]);
		expect(parsed.problems).toEqual([]);
	});

	it("reads an ordered list the browser numbers (`<ol>`) as the lead-in's items, not as the text's numbering", () => {
		const ordered = extractHtml(
			readFileSync(new URL('../fixtures/published/communique-lead-in-lists-page.html', import.meta.url), 'utf8')
				.replaceAll('<ul>\n<li>', '<ol>\n<li>')
				.replace(/<\/li>\n<\/ul>/gu, '</li>\n</ol>'),
		).text;
		expect(ordered).toContain('\n\n1. Canada\n\n2. the European Union');
		const parsed = parseSource(ordered, TITLE);
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text.split('\n').at(-1)])).toEqual([
			[
				1,
				null,
				'The Thirty-Ninth Special Meeting of the Conference of Heads of Government of the Regional Community was held in Kingstown, Saint Vincent and the Grenadines, on 13 and 14 March 2026. The Chair of the Conference presided.',
			],
			[2, 'SECURITY', CRIME],
			[3, 'SECURITY', `3. ${FIREARMS_ITEMS[2] ?? ''}`],
			[4, 'FOOD SECURITY', IMPORT_BILL],
			[5, 'FOOD SECURITY', `2. ${SEEDS_ITEMS[1] ?? ''}`],
			[6, 'EXTERNAL RELATIONS', '4. the United Kingdom'],
		]);
		expect(parsed.paragraphs[2]?.text).toBe(
			[FIREARMS, ...FIREARMS_ITEMS.map((item, k) => `${k + 1}. ${item}`)].join('\n'),
		);
		expect(parsed.problems).toEqual([]);
		expect(parsed.preamble?.endsWith('Kingstown, Saint Vincent and the Grenadines\n14 March 2026')).toBe(true);
	});
});

describe('a Chair’s summary of unnumbered paragraphs closing with its numbered priorities', () => {
	const summary = [
		'Chair’s Summary: Ministerial Segment of the Lakeside Water Dialogue',
		'',
		'Introduction',
		'',
		'The Ministerial Segment of the Lakeside Water Dialogue was held on 3 and 4 March 2041 under the chairmanship of the host.',
		'',
		'Participants met against the background of more frequent and severe droughts and floods in the basin.',
		'',
		'Finance',
		'',
		'There was broad agreement that current levels of investment in water infrastructure fall well short of what is required.',
		'',
		'Way forward',
		'',
		'The Chair identified the following priorities for follow-up:',
		'',
		'1. Data and early warning. Countries will work to close gaps in hydrological monitoring.',
		'',
		'2. Finance. The Chair will convene a round table with finance ministers before the end of 2041.',
		'',
		'The Chair thanked all participants for their constructive engagement.',
		'',
	].join('\n');

	it('keeps every paragraph, the priorities as lines of the lead-in’s, not the two numbers alone', () => {
		const parsed = parseSource(summary, 'Chair’s Summary');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text.split(' ').slice(0, 3).join(' ')])).toEqual([
			[1, 'Introduction', 'The Ministerial Segment'],
			[2, 'Introduction', 'Participants met against'],
			[3, 'Finance', 'There was broad'],
			[4, 'Way forward', 'The Chair identified'],
			[5, 'Way forward', 'The Chair thanked'],
		]);
		expect(parsed.paragraphs[3]?.text.split('\n')).toEqual([
			'The Chair identified the following priorities for follow-up:',
			'1. Data and early warning. Countries will work to close gaps in hydrological monitoring.',
			'2. Finance. The Chair will convene a round table with finance ministers before the end of 2041.',
		]);
	});

	it('stays numbered where its numbers outnumber the prose above them: a communiqué’s conclusions', () => {
		const numbered = summary.replace(
			'The Chair thanked',
			'3. Participants agreed to meet again in 2042.\n\n4. They welcomed the offer of the host.\n\nThe Chair thanked',
		);
		const withFewerProse = numbered.replace(/Participants met against[^\n]*\n\n/u, '');
		const parsed = parseSource(withFewerProse, 'Chair’s Summary');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
	});
});
