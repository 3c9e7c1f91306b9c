import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parsePublished, romanNumbering } from '../../src/corpus/roman-numbering.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { formsNear } from '../../src/core/forms-near.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * An IGAD summit communiqué as `pdftotext` gives it, written by a helper who saw no code (blind layouts, round 6):
 * three opening paragraphs, `The Assembly:`, then what it decides, numbered `i.` to `xiv.`, pages broken by the
 * Secretariat's address.
 */
const FILE = new URL('../fixtures/published/igad-communique-pdftotext.txt', import.meta.url);
const TEXT = readFileSync(FILE, 'utf8');
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a communiqué numbered in small roman numerals', () => {
	it('is read as numbered so: one paragraph per numeral, cited by it, the page footers left out', () => {
		const { paragraphs } = parsePublished(TEXT, 'COMMUNIQUE OF THE 44th EXTRAORDINARY ASSEMBLY');
		expect(paragraphs.map((p) => p.ownMark)).toEqual('i ii iii iv v vi vii viii ix x xi xii xiii xiv'.split(' '));
		expect(paragraphs.map((p) => p.text.split(' ')[0])).toEqual(
			'Welcomes Expresses Strongly Reiterates Urges Calls Directs Expresses Calls Urges Decides Appeals Expresses Decides'.split(
				' ',
			),
		);
		// ¶iv runs across a page break: the Secretariat's address and the page number are no part of it.
		expect(paragraphs[3]?.text).toMatch(/integrity of the Republic of the Sudan, and rejects/u);
		expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Clemenceau|igad@igad\.int/u);
	});

	it('is not read so where the numerals are items of paragraphs numbered in figures, or run out of order', () => {
		expect(romanNumbering('1. The Council:\ni. Welcomes;\nii. Urges;\niii. Decides.\n')).toBeUndefined();
		expect(romanNumbering('The Council:\ni. Welcomes;\niii. Urges;\niv. Decides.\n')).toBeUndefined();
		expect(romanNumbering('The Council:\ni. Welcomes;\nii. Urges.\n')).toBeUndefined();
		expect(romanNumbering('The Council:\ni. Welcomes;\nii. Urges;\niii. Decides.\n')?.text).toBe(
			'The Council:\n1. Welcomes;\n2. Urges;\n3. Decides.\n',
		);
	});

	it('is imported with its numerals, and /quote takes them as typed (xiv, v, ¶ix)', async () => {
		const dir = seedDataCopy('roman-');
		scratch.push(dir);
		const { code, all } = await importCli([fileURLToPath(FILE), '--symbol', 'IGAD Summit Communique'], dir);
		expect(code, all).toBe(0);
		expect(all).toContain('¶xiv');
		const corpus = loadCorpus(dir);
		const document = corpus.documents.find((d) => d.symbol === 'IGAD Summit Communique');
		for (const [typed, mark] of [
			['xiv', '¶xiv'],
			['v', '¶v'],
			['¶ix', '¶ix'],
			['XI', '¶xi'],
		] as const) {
			const found = resolveParagraph(corpus, typed, document);
			expect(found.ok && paragraphMark(found.paragraph), typed).toBe(mark);
		}
		// A numeral past the last is offered the last, not the document's first paragraph.
		expect(formsNear(corpus, document as CorpusDocument, 'xix')).toEqual(['xiv']);
		// A number is the numeral's paragraph: the text prints no figures.
		const third = resolveParagraph(corpus, '3', document);
		expect(third.ok && paragraphMark(third.paragraph)).toBe('¶iii');
	});
});
