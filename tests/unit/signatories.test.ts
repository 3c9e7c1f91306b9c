import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/** A declaration's last paragraphs as pdftotext gives a translated PDF, then its signatories, office over name. */
const BODY = [
	'ASTANA DECLARATION',
	'',
	'The Member States note that the world is undergoing profound changes in the international order.',
	'',
	'The Member States positively assess the results of the Chairmanship. The next meeting will be held in 2025.',
	'',
].join('\n');
const SIGNATORIES = [
	'President of the Republic of Belarus',
	'A. Lukashenko',
	'',
	'Minister of External Affairs of the Republic of India',
	'S. Jaishankar',
	'',
	"President of the People's Republic of China",
	'Xi Jinping',
	'',
].join('\n');

describe('signatories under the last paragraph, each office over a name', () => {
	it('close the text: context, not a paragraph of their own', () => {
		const { paragraphs, preamble } = parseSource(`${BODY}${SIGNATORIES}`, 'ASTANA DECLARATION');
		expect(paragraphs.map((p) => p.text.split(' ').slice(0, 4).join(' '))).toEqual([
			'The Member States note',
			'The Member States positively',
		]);
		expect(preamble).toContain('Xi Jinping');
	});

	it('stay text where the text goes on after them', () => {
		const { paragraphs } = parseSource(
			`${BODY}${SIGNATORIES}The Member States will meet again in Beijing to review the declaration.\n`,
			'ASTANA DECLARATION',
		);
		expect(paragraphs.map((p) => p.text).join('\n')).toContain('Xi Jinping');
	});
});
