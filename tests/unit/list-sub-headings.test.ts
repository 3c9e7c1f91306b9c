import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { withItemLevels } from '../../src/render/item-levels.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * Agreed conclusions of the Commission on the Status of Women: the last paragraph leads into lettered items grouped
 * under sub-headings. A sub-heading is a line of that paragraph, naming the items after it.
 */

describe.each(['csw-agreed-conclusions-layout', 'csw-agreed-conclusions-pdf'])('%s', (name) => {
	it('keeps each sub-heading as a line of the paragraph, above its items, and loses no item', () => {
		const { want, parsed } = parsedFixture(name);
		expectAsExpected(parsed, want);
	});

	it('quotes the items of every group at the same level, the sub-headings flush', () => {
		const { parsed } = parsedFixture(name);
		const lines = withItemLevels(parsed.paragraphs[3]?.text ?? '', '>>').split('\n');
		expect(lines.filter((line) => line.startsWith('>>'))).toEqual([]);
		expect(lines.filter((line) => /^\([a-g]\) /u.test(line)).map((line) => line.slice(0, 3))).toEqual([
			'(a)',
			'(b)',
			'(c)',
			'(d)',
			'(e)',
			'(f)',
			'(g)',
		]);
	});
});

describe('a sub-heading inside a paragraph’s list', () => {
	const text = (leadIn: string, afterHeading: string) =>
		[
			'1. The Ministers reaffirmed their commitment to the Programme of Action.',
			'',
			`2. ${leadIn}`,
			'',
			'Trade and transport',
			'',
			afterHeading,
			'',
			'(b) Simplify border procedures;',
			'',
			'3. The Ministers thanked the host.',
		].join('\n');

	it('is read with the items only where the paragraph leads into them', () => {
		const parsed = parseSource(text('The Ministers agreed to:', '(a) Reduce the cost of transit;'), 'T');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'The Ministers reaffirmed their commitment to the Programme of Action.',
			'The Ministers agreed to:\nTrade and transport\n(a) Reduce the cost of transit;\n(b) Simplify border procedures;',
			'The Ministers thanked the host.',
		]);
		expect(parsed.paragraphs.map((p) => p.section)).toEqual([null, null, null]);
	});

	it('is read with items lettered again from (a) under it', () => {
		const again = text('The Ministers agreed to:', '(a) Reduce the cost of transit;').replace(
			'(b) Simplify border procedures;',
			'Energy\n\n(a) Connect the power grids;',
		);
		expect(parseSource(again, 'T').paragraphs[1]?.text).toBe(
			'The Ministers agreed to:\nTrade and transport\n(a) Reduce the cost of transit;\nEnergy\n(a) Connect the power grids;',
		);
	});

	it('is a section where the items go on with none of the paragraph’s (no lead-in, an item not first)', () => {
		const parsed = parseSource(text('The Ministers agreed to:', '(c) Reduce the cost of transit;'), 'T');
		expect(parsed.paragraphs[1]?.text).toBe('The Ministers agreed to:');
	});
});

describe('items that no paragraph leads into', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	const source = [
		'Chair’s conclusions',
		'',
		'1. The Ministers reaffirmed their commitment to the Programme of Action.',
		'',
		'2. The Ministers reviewed the progress made since their last meeting.',
		'',
		'Trade and transport',
		'',
		'(a) Reduce the cost of transit;',
		'',
		'(b) Simplify border procedures;',
		'',
		'3. The Ministers thanked the host.',
	].join('\n');

	it('are said to be items without a lead-in, with advice that works, not to check the numbers', async () => {
		const parsed = parseSource(source, 'T');
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]?.message).toMatch(
			/^"\(a\) Reduce the cost of transit;" under "Trade and transport" is an item that no paragraph leads into; kept out of the quotes/u,
		);

		// Followed, the advice gives the items to their paragraph.
		const fixed = source.replace('since their last meeting.', 'since their last meeting, and agreed to:');
		const again = parseSource(fixed, 'T');
		expect(again.problems).toEqual([]);
		expect(again.paragraphs[1]?.text).toContain('\n(a) Reduce the cost of transit;\n(b) Simplify border procedures;');

		const dir = seedDataCopy('sub-headings-');
		scratch.push(dir);
		const file = join(dir, 'chair-conclusions.txt');
		writeFileSync(file, source);
		const { all } = await importCli(
			[file, '--symbol', 'XYZ/2026/7', '--date', '2026-05-04', '--title', 'Chair’s conclusions'],
			dir,
		);
		expect(all).toContain('is an item that no paragraph leads into');
		expect(all).toContain('end its lead-in with ":"');
		expect(all).not.toContain('check the numbers in the text');
	});
});
