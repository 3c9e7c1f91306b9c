import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { markRanges, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { seedDataCopy } from '../helpers/corpus.ts';

/** SG/2084 and a communiqué that numbers ¶1–2, then letters its decisions (a)–(c) under a chapeau of their own. */
const dir = seedDataCopy('named-reference-');
writeFileSync(
	join(dir, 'documents', 'lakeside.txt'),
	[
		'1.  The Council of Ministers held its 12th ordinary session on 3 May 2031 in Lakeside.',
		'',
		'2.  The session was attended by the Ministers of the Member States.',
		'',
		'After extensive deliberations, the Council:',
		'',
		'(a) Welcomed the report of the Executive Secretary;',
		'',
		'(b) Approved the budget for the financial year 2032;',
		'',
		'(c) Decided to remain seized of the matter.',
		'',
	].join('\n'),
);
writeFileSync(
	join(dir, 'documents', 'lakeside.json'),
	JSON.stringify({
		symbol: 'LBC/12',
		title: 'Communiqué of the Lakeside Basin Council',
		shortTitle: 'Lakeside Basin Council communiqué',
		releaseDate: '2031-05-03',
	}),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a paragraph reference that names its document first, as document: would', () => {
	const corpus = loadCorpus(dir);
	const mark = (typed: string) => {
		const found = resolveParagraph(corpus, typed, undefined);
		return found.ok ? `${found.paragraph.document} ${paragraphMark(found.paragraph)}` : found.reason;
	};

	it.each([
		['lakeside (b)', 'lakeside ¶(b)'],
		['lakeside ¶(b)', 'lakeside ¶(b)'],
		['lakeside last', 'lakeside ¶(c)'],
		['lakeside 2', 'lakeside ¶2'],
		['SG/2084 last', 'sg2084 ¶10'],
		['sg2084 3', 'sg2084 ¶3'],
	])('%j is %s', (typed, want) => {
		expect(mark(typed)).toBe(want);
	});

	it('reads a small letter without its brackets as the lettered paragraph, as the CLI does', () => {
		const lakeside = corpus.documents.find((d) => d.slug === 'lakeside');
		const marked = (typed: string) => {
			const found = resolveParagraph(corpus, typed, lakeside);
			return found.ok ? paragraphMark(found.paragraph) : found.reason;
		};
		expect(['b', 'b)', '¶b', 'lakeside c'].map((typed) => (typed.includes(' ') ? mark(typed) : marked(typed)))).toEqual(
			['¶(b)', '¶(b)', '¶(b)', 'lakeside ¶(c)'],
		);
		// A capital may name a section (`I`), and with no document named the asker is asked which.
		expect(marked('B')).not.toBe('¶(b)');
		expect(mark('b')).toBe('needs-document');
	});

	it('still asks which document for a reference that names none', () => {
		expect(mark('last')).toBe('needs-document');
		expect(mark('(b)')).toBe('needs-document');
	});

	it('gives the numbers and the letters as runs of their own in the valid range', () => {
		const lakeside = corpus.documents.find((d) => d.slug === 'lakeside');
		expect(markRanges(lakeside?.paragraphs ?? [])).toBe('¶1–2, (a)–(c)');
	});
});
