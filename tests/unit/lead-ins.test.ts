import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { introducesOnly } from '../../src/corpus/block-ends.ts';
import { isLayoutNoise } from '../../src/corpus/layout-noise.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { isNameLine, isParticipantsHeading } from '../../src/corpus/participants-list.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { expectedLayout } from '../helpers/corpus.ts';

/** What is context and what is a conclusion around bullets: lead-ins, lists of participants, a meeting's times. */

const paragraphsOf = (text: string) => parseSource(text, 'x').paragraphs.map((p) => p.text);

describe("a chair's summary page with run-in headings, bullets and a list of participants", () => {
	const want = expectedLayout('chair-summary-page');
	const page = readFileSync(new URL('../fixtures/parsing/chair-summary-page.html', import.meta.url), 'utf8');
	const parsed = parseSource(extractHtml(page).text, want.title);

	it('gives every paragraph, a lead-in that says something with its bullets as items, and no warning', () => {
		expect(parsed.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }))).toEqual(
			want.paragraphs,
		);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps the lead-in that only introduces its bullets, and the participants, as context', () => {
		expect(parsed.preamble).toContain('Participants agreed on the following:');
		expect(parsed.preamble).toContain('List of participants\n• Austria\n• Hungary');
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/Austria$|Hungary|Slovakia/u);
	});
});

describe('a lead-in', () => {
	it.each([
		['Participants agreed on the following:', true],
		['In his summing-up, the Secretary-General said that the following were the points of agreement:', true],
		['Mr. Ban Ki-moon, the Secretary-General, made the following points:', true],
		['The Council met this morning. The President made the following statement on behalf of the Council:', false],
		[
			'Participants expressed deep concern at the scale of the drought. They identified the following priorities:',
			false,
		],
		['Drought. They identified the following priorities:', false],
		['Participants agreed on the following.', false],
	])('"%s" only introduces what follows: %s', (text, only) => {
		expect(introducesOnly(text)).toBe(only);
	});

	const leadIn = 'Participants expressed deep concern at the length of the droughts. They identified the following:';

	it('that says something, before bullets that go on with its sentence, is a paragraph with them as items', () => {
		const text = [
			'-- Participants welcomed the basin commissions.',
			leadIn,
			'-- agreeing in advance how the flow is shared;',
			'-- restoring the wetlands.',
			'-- Participants will meet again next year.',
		].join('\n\n');
		expect(paragraphsOf(text)).toEqual([
			'Participants welcomed the basin commissions.',
			`${leadIn}\n-- agreeing in advance how the flow is shared;\n-- restoring the wetlands.`,
			'Participants will meet again next year.',
		]);
	});

	it('whose capitalised bullets each end with ";" but the last is a paragraph with them as items', () => {
		const text = [leadIn, '• Agreeing in advance how the flow is shared;', '• Restoring the wetlands.'].join('\n\n');
		expect(paragraphsOf(text)).toEqual([
			`${leadIn}\n• Agreeing in advance how the flow is shared;\n• Restoring the wetlands.`,
		]);
	});

	it('that says something, before bullets that are sentences of their own, is a paragraph of its own', () => {
		const text = [
			leadIn,
			'-- The basin commissions should agree in advance how the flow is shared.',
			'-- Donors should fund the restoration of wetlands.',
		].join('\n\n');
		expect(paragraphsOf(text)).toEqual([
			leadIn,
			'The basin commissions should agree in advance how the flow is shared.',
			'Donors should fund the restoration of wetlands.',
		]);
	});

	it('that only introduces its bullets is context, even before bullets that go on with its sentence', () => {
		const parsed = parseSource(
			['-- Participants met.', 'They agreed on the following:', '-- to share the flow;', '-- to meet again.'].join(
				'\n\n',
			),
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Participants met.', 'to share the flow;', 'to meet again.']);
		expect(parsed.preamble).toBe('They agreed on the following:');
	});
});

describe('numbered decisions under a lead-in, each number alone on its line', () => {
	it('are the numbered paragraphs, the lead-in the last of the preamble (an AU communiqué)', () => {
		const text = [
			'The Peace and Security Council,',
			'',
			'Recalling its previous decisions on the Lake Chad Basin,',
			'',
			'Acting under Article 7 of its Protocol, the Peace and Security Council:',
			'',
			'1.',
			'Welcomes the progress made by the Multinational Joint Task Force;',
			'',
			'2.',
			'Requests the Commission to report within ninety days;',
			'',
			'3.',
			'Decides to remain actively seized of the matter.',
			'',
		].join('\n');
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => [p.number, p.text.slice(0, 12)])).toEqual([
			[4, 'Recalling it'],
			[5, 'Acting under'],
			[1, 'Welcomes the'],
			[2, 'Requests the'],
			[3, 'Decides to r'],
		]);
		expect(parsed.problems).toEqual([]);
	});
});

describe('a text of plain blocks', () => {
	it("keeps a statement's chapeau after its first paragraph as context, and numbers the others in order", () => {
		const parsed = parseSource(
			[
				'The Council this morning adopted a presidential statement on shared rivers.',
				'Reading out the text, the President, Ana Ferreira (Portugal), made the following statement on behalf of the Council:',
				'“The Security Council welcomes the agreement.\n“The Security Council requests a report.”',
				'The representative of Hungary welcomed the statement.',
			].join('\n\n'),
			'x',
		);
		expect(parsed.paragraphs.map((p) => [p.number, p.text])).toEqual([
			[1, 'The Council this morning adopted a presidential statement on shared rivers.'],
			[2, 'The Security Council welcomes the agreement.'],
			[3, 'The Security Council requests a report.'],
			[4, 'The representative of Hungary welcomed the statement.'],
		]);
		expect(parsed.preamble).toMatch(/on behalf of the Council:$/u);
	});

	it('keeps a block that says something before its closing ":" as a paragraph', () => {
		const block = 'The Council expressed concern at the drought. It stressed the following:';
		expect(paragraphsOf(`The Council met.\n\n${block}\n\nThe basin commissions should meet.`)).toEqual([
			'The Council met.',
			block,
			'The basin commissions should meet.',
		]);
	});
});

describe('a list of participants', () => {
	it.each([
		['List of participants', true],
		['Participants', true],
		['Participants:', true],
		['Annex: List of participants', true],
		['Annex II — List of participating organizations', true],
		['Final list of participants', true],
		['Attendance', true],
		['Participants agreed', false],
		['Follow-up', false],
	])('"%s" heads one: %s', (line, heads) => {
		expect(isParticipantsHeading(line)).toBe(heads);
	});

	it.each([
		['Angola', true],
		['• International Maritime Organization', true],
		['Mr. Ali Khan, Minister for the Environment (Fiji)', true],
		['Angola, Fiji, Norway and Portugal.', true],
		['Acme Shipping Ltd.', true],
		['Participants agreed to meet again in 2032.', false],
		['Portugal will host the next meeting.', false],
		['Angola, Fiji and Norway agreed to cooperate.', false],
		['Participants agreed on trade', false],
		['They identified the following priorities:', false],
	])('"%s" is a line of names: %s', (line, names) => {
		expect(isNameLine(line)).toBe(names);
	});

	it('is context, bulleted or one name a line without blank lines, and the text after it is read as before', () => {
		for (const list of ['List of participants\n\n• Angola\n\n• Fiji', 'Participants\nAngola\nFiji\nNorway']) {
			const parsed = parseSource(
				`The Chair opened the meeting.\n\nThe Chair closed the meeting.\n\n${list}\n\nFollow-up\n\nThe next meeting will be held in Lisbon.`,
				'x',
			);
			expect(parsed.paragraphs.map((p) => [p.section, p.text])).toEqual([
				[null, 'The Chair opened the meeting.'],
				[null, 'The Chair closed the meeting.'],
				['Follow-up', 'The next meeting will be held in Lisbon.'],
			]);
			expect(parsed.preamble).toContain('Angola');
		}
	});

	it('is not read under a heading that names no list, nor where sentences follow the heading', () => {
		expect(paragraphsOf('-- Participants met.\n\nFollow-up\n\n-- Angola\n\n-- Fiji')).toEqual([
			'Participants met.',
			'Angola',
			'Fiji',
		]);
		expect(
			paragraphsOf(
				'-- The Chair opened.\n\nParticipants\n\n-- Participants agreed to meet again.\n\n-- They thanked Fiji.',
			),
		).toEqual(['The Chair opened.', 'Participants agreed to meet again.', 'They thanked Fiji.']);
	});
});

describe("a meeting's times", () => {
	it.each([
		['The meeting began at 10:05 a.m. and ended at 1:12 p.m.', true],
		['The meeting rose at 6.05 p.m.', true],
		['The meeting was called to order at 3 p.m.', true],
		['The meeting was suspended at 11.40 a.m. and resumed at 12 noon.', true],
		['The meeting began with a minute of silence.', false],
		['The meeting began at 10 a.m. The Council adopted the statement.', false],
	])('"%s" is furniture: %s', (line, furniture) => {
		expect(isLayoutNoise(line)).toBe(furniture);
	});
});
