import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { paragraphsReferenced } from '../../src/search/paragraph-reference.ts';
import { seedCore, seedDataCopy, twoDocumentCore } from '../helpers/corpus.ts';

type Reply = { data?: { content?: string; embeds?: { title?: string }[] } };
const quoted = async (paragraph: string, core = seedCore()) =>
	(await core.run({ name: 'quote', options: { paragraph } })) as Reply;

describe('/quote takes a paragraph by its place, as /conclusions reads "the last point"', () => {
	it.each([
		['last', '¶10 · Further Work'],
		['the last paragraph', '¶10 · Further Work'],
		['final conclusion', '¶10 · Further Work'],
		['first', '¶1'],
		['the second', '¶2'],
	])('%j quotes %s', async (typed, title) => {
		expect((await quoted(typed)).data?.embeds?.[0]?.title).toBe(title);
	});

	it('says there is no such paragraph past the end, and asks which document when several are loaded', async () => {
		expect((await quoted('eleventh')).data?.content).toContain('There is no paragraph “eleventh”');
		expect((await quoted('last', twoDocumentCore())).data?.content).toMatch(/^Several documents are loaded/u);
	});

	// A decision's preambular paragraphs are held under numbers after its operative ones: its end is still its ¶2.
	const dir = seedDataCopy('quote-place-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	writeFileSync(
		join(dir, 'documents', 'dec1.txt'),
		'The Council,\n\nRecalling its earlier decisions on lakes,\n\nNoting the report of the Secretariat,\n\n' +
			'1. Decides to hold a meeting on lakes in 2031;\n\n2. Requests the Secretariat to report on its outcome.\n',
	);
	writeFileSync(
		join(dir, 'documents', 'dec1.json'),
		JSON.stringify({
			symbol: 'DEC/1',
			title: 'Decision on lakes',
			shortTitle: 'Decision on lakes',
			releaseDate: '2031-01-02',
		}),
	);

	it('the last is the one printed last, not a preambular paragraph held after the numbers', () => {
		const corpus = loadCorpus(dir);
		const document = corpus.documents.find((d) => d.symbol === 'DEC/1');
		const last = resolveParagraph(corpus, 'last', document);
		expect(last.ok && paragraphMark(last.paragraph)).toBe('¶2');
		const searched = paragraphsReferenced('the last paragraph', corpus, { document: document?.slug });
		expect(searched.map((p) => paragraphMark(p))).toEqual(['¶2']);
	});
});
