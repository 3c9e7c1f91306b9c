import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { scopedByFullName, scopedBySpeaker } from '../../src/search/speaker-scope.ts';
import { indexOf, seedCorpus, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { publishedFixture } from '../helpers/published-fixture.ts';

/** Terms as the index makes them, near enough for names: lower case. */
const analyzer = { term: (word: string) => word.toLowerCase() };
const context = {
	named: (name: string) => ({ g20: ['g20rio'], chogm: ['chogm'], un: ['sg2084', 'sg2312'] })[name] ?? [],
	// The documents of the paragraphs that write a name, one entry a paragraph.
	writers: (term: string) =>
		({ wawra: ['wawra', 'wawra', 'wawra'], nato: ['seeco'], eu: ['euco', 'seeco'], council: ['wawra', 'wawra'] })[
			term
		] ?? [],
	size: 4,
};

describe('a question for what a body said', () => {
	it('asks the document that body goes by, with "they" for the body', () => {
		expect(scopedBySpeaker('what did the G20 say about hunger?', analyzer, context)).toEqual({
			document: 'g20rio',
			rest: 'what did they say about hunger?',
		});
		// The body's document named by its kind: "the G20 Rio declaration".
		expect(scopedBySpeaker('Did the G20 Rio declaration mention the war in Ukraine?', analyzer, context)).toEqual({
			document: 'g20rio',
			rest: 'Did they mention the war in Ukraine?',
		});
		expect(scopedBySpeaker('did chogm agree on climate finance', analyzer, context)).toEqual({
			document: 'chogm',
			rest: 'did they agree on climate finance',
		});
	});

	it('asks the one document whose paragraphs write the name, where no document goes by it', () => {
		// A stranger's council conclusions name the authority only in their text: "WAWRA" is in no title nor symbol.
		expect(scopedBySpeaker('what did WAWRA decide on roaming charges?', analyzer, context)).toEqual({
			document: 'wawra',
			rest: 'what did they decide on roaming charges?',
		});
		// Written once, or by two documents: no document is that body's.
		// Nor is a word of the text typed in lower case, nor any word of a corpus of one document.
		for (const query of [
			'what did NATO say about drones?',
			'what did the EU decide on migration?',
			'what did the council say about water?',
		])
			expect(scopedBySpeaker(query, analyzer, context), query).toBeUndefined();
		expect(scopedBySpeaker('what did WAWRA decide on dams?', analyzer, { ...context, size: 1 })).toBeUndefined();
	});

	it('is searched as typed for a body no document goes by, or several do, or no question for what was said', () => {
		for (const query of [
			'what did the G7 say about energy prices?',
			'what did they say about terrorism?',
			'what did the UN say about terrorism?',
			'G20 hunger',
			'what is the G20 doing about hunger?',
		])
			expect(scopedBySpeaker(query, analyzer, context), query).toBeUndefined();
	});
});

describe('a body named by the acronym that heads its symbol, or in full', () => {
	// A stranger's own communiqués: "CSMF/MIN/3/2025", whose paragraphs say only "the Forum"; and the "Great Lakes Basin
	// Cooperation Council", whose ¶1 names it and came before ¶5 on cholera.
	const documents = [
		{ slug: 'csmf', symbol: 'CSMF/MIN/3/2025', title: 'Joint Statement of the Coastal States Ministerial Forum' },
		{
			slug: 'lbcc',
			symbol: 'LBCC/SUM/12/COM.1',
			title: 'Final Communiqué of the Great Lakes Basin Cooperation Council',
		},
		{
			slug: 'sg2084',
			symbol: 'SG/2084',
			title: 'Conclusions of the High-Level Meeting between the United Nations and Regional Organizations',
		},
	];
	const none = { named: () => [], writers: () => [], size: 3 };

	it('asks the document whose symbol the acronym heads, typed in capitals, of three letters or more', () => {
		expect(scopedBySpeaker('what did the CSMF say about fishing?', analyzer, none, documents)).toEqual({
			document: 'csmf',
			rest: 'what did they say about fishing?',
		});
		// In a corpus of that one document too: the acronym is no word of its text, and named nothing.
		expect(
			scopedBySpeaker('what did CSMF agree on plastic?', analyzer, { ...none, size: 1 }, documents.slice(0, 1)),
		).toMatchObject({ document: 'csmf' });
		// In lower case too: no word of English heads a symbol ("what did emphn say about vaping?", a fourth stranger).
		expect(scopedBySpeaker('what did the csmf say about fishing?', analyzer, none, documents)).toMatchObject({
			document: 'csmf',
		});
		expect(scopedBySpeaker('what did the SG say about terrorism?', analyzer, none, documents)).toBeUndefined();
	});

	it('asks the one document whose title or publisher writes the name typed in full, in any case or spelling', () => {
		expect(
			scopedByFullName('what did the Great Lakes Basin Cooperation Council say about cholera?', documents, analyzer),
		).toEqual({
			document: 'lbcc',
			rest: 'what did they say about cholera?',
		});
		expect(
			scopedByFullName('What did the Coastal States Ministerial Forum decide on plastic bags?', documents, analyzer),
		).toMatchObject({ document: 'csmf' });
		expect(
			scopedByFullName('what did the great lakes basin cooperation council say about cholera?', documents, analyzer),
		).toMatchObject({ document: 'lbcc' });
		// Compared as index terms: "Organization" is the title's "Organisation".
		const terms = indexOf(seedCorpus()).analyzer;
		const alpine = [{ slug: 'arlpo', title: 'Conclusions of the Alpine Rivers and Lakes Protection Organisation' }];
		expect(
			scopedByFullName(
				'what did the Alpine Rivers and Lakes Protection Organization decide on hydropower?',
				alpine,
				terms,
			),
		).toMatchObject({ document: 'arlpo' });
		// A name no title writes, or two titles write, or one word of it alone: as typed.
		for (const query of [
			'what did the Security Council say about terrorism?',
			'what did the Cooperation Council say about dams?',
			'what did the council say about dams?',
			'what did they say about dams?',
		])
			expect(
				scopedByFullName(query, [...documents, { ...documents[1]!, slug: 'lbcc2' }], analyzer),
				query,
			).toBeUndefined();
	});
});

describe('a corpus of one communiqué whose publisher is known by its acronym', () => {
	let dir: string;
	let index: ParagraphIndex;
	beforeAll(async () => {
		dir = seedDataCopy('speaker-');
		const file = publishedFixture('communique-regional-union-press-release.txt');
		const { code, all } = await importCli([file], dir);
		expect(code, all).toBe(0);
		const corpus = loadCorpus(dir);
		const only = corpus.documents.find((d) => d.slug !== 'sg2084')?.slug ?? '';
		index = new ParagraphIndex(loadCorpus(dir, { only: [only] }));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('answers for the body named in full as for its acronym', () => {
		// The union's name is the communiqué's publisher ("Southern African Coastal States Union (SACSU)").
		const outcome = index.search('what did the Southern African Coastal States Union say about plastic?');
		expect(outcome.match).toBe('all');
		expect(outcome.hits[0]?.paragraph.number).toBe(7);
	});

	it('answers what it said of a subject with its paragraphs on that subject, not those that name it', () => {
		// A stranger's "what did SACSU say about plastic?" matched only partly: ¶1 and ¶6 name the union and came
		// first, ¶7 (plastic litter) has no "SACSU". The union is the communiqué's publisher: its words are all SACSU's.
		const outcome = index.search('what did SACSU say about plastic?');
		expect(outcome.match).toBe('all');
		expect(outcome.hits[0]?.paragraph.number).toBe(7);
	});
});
