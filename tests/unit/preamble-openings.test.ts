import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { frontMatterNotes } from '../../src/import/front-matter-notes.ts';
import { indexOf, seedDataCopy } from '../helpers/corpus.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * How a preamble opens and what it holds: a preambular paragraph whose lead-in ends with ":" over lettered items is
 * one paragraph (not an operative verb that ends the preamble); the line naming who adopts the text and at which
 * meeting is the text's chapeau, never counted among the preambular paragraphs readers cite by their place.
 */

describe.each([
	['humanitarian-resolution-items-layout', 'a resolution as pdftotext -layout gives it'],
	['humanitarian-resolution-items-pdf', 'the same resolution as pdftotext gives it: no blank lines'],
])('a preambular paragraph with lettered items (%s: %s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every preambular paragraph, its items on lines of their own, and counts the later ones as printed', () => {
		expectAsExpected(parsed, want);
	});

	it('keeps nothing of the preamble in the context', () => {
		expect(parsed.preamble).toMatch(/The General Assembly,$/u);
		expect(parsed.preamble).not.toMatch(/46\/182|Gravely|Reaffirming/u);
	});
});

describe('the operative verb on a line of its own still closes the preamble', () => {
	it('`Decides:` over the first number is context, not words of the last preambular paragraph', () => {
		const parsed = parseSource(
			'The Security Council,\n\nRecalling its resolution 2719 (2023),\n\nDecides:\n\n1. To renew the mandate;\n\n2. To remain seized of the matter.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Recalling its resolution 2719 (2023),'],
			['¶1', 'To renew the mandate;'],
			['¶2', 'To remain seized of the matter.'],
		]);
		expect(parsed.preamble).toMatch(/Decides:$/u);
	});
});

describe.each([
	['psc-communique-organ-line', 'an AU Peace and Security Council communiqué, its organ line naming the meeting'],
	['ecowas-declaration-layout', 'a declaration whose subject (`We, the Heads of State …, meeting in …,`) opens it'],
])('a chapeau above preambular paragraphs (%s: %s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('is no preambular paragraph: preamble ¶1 is the first the document’s readers count', () => {
		expectAsExpected(parsed, want);
	});

	it('is kept as context and named, with its line, in the import’s notes', () => {
		expect(parsed.chapeau?.text).toMatch(/^(?:The Peace and Security Council|We, the Heads of State).*,$/u);
		expect(parsed.preamble).toContain(parsed.chapeau?.text);
		const [note] = frontMatterNotes(parsed);
		expect(note).toContain(`line ${parsed.chapeau?.line} "${parsed.chapeau?.text.slice(0, 60)}`);
		expect(note).toContain('kept as context, in no paragraph, so neither quoted nor searched');
		expect(note).toContain('not one of the preambular paragraphs under it');
	});
});

describe('the same chapeau as pdftotext gives it, one line after another with no blank line', () => {
	it.each(['psc-communique-organ-line', 'ecowas-declaration-layout'])('%s', (name) => {
		const { want } = parsedFixture(name);
		const lines = textOf(name)
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map((line) => line.trim());
		const parsed = parseSource(lines.join('\n'), want.title);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual(
			want.paragraphs.map((p) => [p.mark, p.text]),
		);
	});
});

describe('other openings of an African Union communiqué', () => {
	const announced = (preamble: string) =>
		parseSource(
			'PSC/PR/COMM.1290 (2045)\n\nThe Peace and Security Council of the African Union (AU), at its 1290th meeting held on 18 April 2045, adopted the following decision on the situation in Somalia:\n\nCouncil,\n\n' +
				`${preamble}1. Commends the troop-contributing countries for their sacrifices;\n\n2. Decides to remain actively seized of the matter.\n`,
			'x',
		);

	it('`…, adopted the following decision:` then `Council,`: both context, the preamble counted from `Recalling`', () => {
		const parsed = announced(
			'Recalling its previous decisions on the situation in Somalia;\n\nWelcoming the progress made in the transition;\n\n',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Recalling its previous decisions on the situation in Somalia;'],
			['preamble ¶2', 'Welcoming the progress made in the transition;'],
			['¶1', 'Commends the troop-contributing countries for their sacrifices;'],
			['¶2', 'Decides to remain actively seized of the matter.'],
		]);
		expect(parsed.preamble).toMatch(/adopted the following decision on the situation in Somalia:\n\nCouncil,$/u);
	});

	it('the same opening right above `1.`: context, named in the notes as the opening of the numbered paragraphs', () => {
		const parsed = announced('');
		expect(parsed.paragraphs.map(paragraphMark)).toEqual(['¶1', '¶2']);
		expect(frontMatterNotes(parsed)).toEqual([
			expect.stringMatching(/^kept as context, .*: line 3 "The Peace and Security Council .*introduces its numbered/u),
		]);
	});
});

describe('a declaration’s chapeau right above its first number, with no preambular paragraph', () => {
	const { want, parsed } = parsedFixture('cplp-declaration-layout');

	it('is the preamble’s one paragraph (nothing numbered before ¶1 shifts)', () => {
		expectAsExpected(parsed, want);
		expect(parsed.chapeau).toBeUndefined();
		expect(frontMatterNotes(parsed)).toEqual([]);
	});

	it('in Portuguese too (`Os Chefes de Estado …, reunidos em São Tomé …:`)', () => {
		const pt = parseSource(
			'DECLARAÇÃO DE SÃO TOMÉ\nSão Tomé, 27 de agosto de 2043\n\nOs Chefes de Estado e de Governo de Angola, do Brasil, de Cabo Verde e de Timor-Leste, reunidos em São Tomé, no dia 27 de agosto de 2043, na XVI Conferência de Chefes de Estado e de Governo da CPLP:\n\n' +
				'1. Congratularam-se com a realização da XVI Conferência;\n\n2. Decidiram que a XVII Conferência terá lugar em Cabo Verde.\n',
			'x',
		);
		expect(pt.paragraphs.map((p) => [paragraphMark(p), p.text.slice(0, 40)])).toEqual([
			['preamble ¶1', 'Os Chefes de Estado e de Governo de Ango'],
			['¶1', 'Congratularam-se com a realização da XVI'],
			['¶2', 'Decidiram que a XVII Conferência terá lu'],
		]);
	});

	it('is found by a search for a country only it names, quoted as the preamble’s', () => {
		const dir = seedDataCopy('chapeau-');
		try {
			const meta = { symbol: 'CPLP Declaration of Dili', title: 'Declaration of Dili', releaseDate: '2045-07-18' };
			writeFileSync(join(dir, 'documents', 'dili.json'), JSON.stringify({ ...meta, kind: 'Declaration' }));
			writeFileSync(join(dir, 'documents', 'dili.txt'), textOf('cplp-declaration-layout'));
			const corpus = loadCorpus(dir, { only: ['dili'] });
			const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
			let stdout = '';
			const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
			expect(runCli(['search', 'Equatorial', 'Guinea', '--json'], () => core, out)).toBe(0);
			expect(stdout).toContain('We, the Heads of State and Government of Angola');
			expect(stdout).toContain('preamble ¶1');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the same preambles in the other forms they are published in', () => {
	it('a resolution a press release quotes in full: `“Recalling its resolutions:` and its quoted items are one paragraph', () => {
		const parsed = parseSource(
			'The full text of resolution 2800 (2045) reads as follows:\n\n“The Security Council,\n\n“Recalling its resolutions:\n\n“(a) 1970 (2011);\n\n“(b) 2769 (2045),\n\n' +
				'“Reaffirming its strong commitment to the sovereignty of Libya,\n\n“1. Decides to renew the measures;\n\n“2. Decides to remain seized of the matter.”\n',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Recalling its resolutions:\n(a) 1970 (2011);\n(b) 2769 (2045),'],
			['preamble ¶2', 'Reaffirming its strong commitment to the sovereignty of Libya,'],
			['resolution 2800 (2045) ¶1', 'Decides to renew the measures;'],
			['resolution 2800 (2045) ¶2', 'Decides to remain seized of the matter.'],
		]);
	});

	it('an OIC declaration: its chapeau is context, and `Do hereby declare as follows:` no words of the last preambular paragraph', () => {
		const parsed = parseSource(
			'BANJUL DECLARATION\n\nWe, the Kings, Heads of State and Government of the Member States of the Organisation of Islamic Cooperation (OIC), meeting at the Fifteenth Session of the Islamic Summit in Banjul, Republic of The Gambia, on 4-5 May 2044,\n\n' +
				'Guided by the noble Islamic values of unity and fraternity;\n\nReaffirming our commitment to the Charter of the OIC;\n\nDo hereby declare as follows:\n\n' +
				'1. We reaffirm the centrality of the cause of Palestine.\n\n2. We call for an immediate ceasefire.\n',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Guided by the noble Islamic values of unity and fraternity;'],
			['preamble ¶2', 'Reaffirming our commitment to the Charter of the OIC;'],
			['¶1', 'We reaffirm the centrality of the cause of Palestine.'],
			['¶2', 'We call for an immediate ceasefire.'],
		]);
		expect(parsed.chapeau?.text).toMatch(/^We, the Kings, .* on 4-5 May 2044,$/u);
	});
});

describe('a chapeau of two sentences, the second only announcing the text (`They agreed the following:`)', () => {
	const text = [
		'Joint communiqué of the ministerial meeting',
		'',
		'Brussels, 22 May 2031',
		'',
		'The Ministers of Foreign Affairs of the two Unions met in Brussels on 21 and 22 May 2031 for their third meeting. They agreed the following:',
		'',
		'1. Ministers reaffirmed the strategic partnership between the two Unions.',
		'',
		'2. Ministers agreed to hold their next meeting in 2032.',
	].join('\n');
	const parsed = parseSource(text, 'Joint communiqué of the ministerial meeting');

	it('is context, no paragraph, and the import names it rather than leaving it out unsaid', () => {
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'Ministers reaffirmed the strategic partnership between the two Unions.',
			'Ministers agreed to hold their next meeting in 2032.',
		]);
		expect(parsed.chapeau?.text).toMatch(/^The Ministers of Foreign Affairs .* They agreed the following:$/u);
		expect(frontMatterNotes(parsed).join(' ')).toContain('kept as context, in no paragraph');
	});
});

describe('an African Union communiqué whose organ line gives the Union’s acronym', () => {
	const parsed = parseSource(
		'PSC/PR/COMM.1301 (2045)\n\nCOMMUNIQUÉ\n\nAdopted by the Peace and Security Council (PSC) of the African Union (AU) at its 1301st meeting held on 14 November 2045, on the situation in the Sahel region.\n\n' +
			'The Peace and Security Council of the African Union (AU),\n\n' +
			'Recalling its previous decisions on the situation in the Sahel region,\n\n' +
			'Acting under Article 7 of its Protocol,\n\nAdopts the following:\n\n' +
			'1. Expresses deep concern over the deterioration of the security situation;\n\n' +
			'2. Decides to remain actively seized of the matter.\n',
		'x',
	);

	it('reads `The Peace and Security Council of the African Union (AU),` as the organ’s line: no paragraph, nor what is above it', () => {
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text.split(' ').slice(0, 3).join(' ')])).toEqual([
			['preamble ¶1', 'Recalling its previous'],
			['preamble ¶2', 'Acting under Article'],
			['¶1', 'Expresses deep concern'],
			['¶2', 'Decides to remain'],
		]);
		expect(parsed.preamble).toContain('The Peace and Security Council of the African Union (AU),');
	});
});
