import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, layoutsCorpus, seedCorpus, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

// The layout documents: SG/2084 (terrorism) and A/60/341, which speaks of former combatants but never of fighters.
const corpus = layoutsCorpus();
const index = indexOf(corpus);
const unitOf = (query: string) => index.plan(query).units[0];
const symbolOf = (slug: string) => corpus.documentBySlug.get(slug)?.symbol;

describe('a hyphenated word the text lacks', () => {
	it('means its parts the text has, when what the text lacks is a short modifier', () => {
		expect(unitOf('anti-terror')?.related).toContainEqual([index.analyzer.term('terror')]);
	});

	it('means what its last part means, when the text lacks that part', () => {
		// Under "ex-", beside the text's "former" (see former-prefix.test.ts): "former combatants".
		const [former, combatants] = ['former', 'combatants'].map((w) => index.analyzer.term(w));
		expect(unitOf('ex-fighters')?.related).toContainEqual([former, combatants]);
		const { match, hits } = index.search('ex-fighters');
		expect(match).not.toBe('none');
		const formerCombatants = hits.filter((hit) => /former combatants/.test(hit.paragraph.text));
		expect(formerCombatants.map((hit) => symbolOf(hit.paragraph.document))).toContain('A/60/341');
	});

	it('keeps a long part the text lacks: "counter-narratives" is not "counter"', () => {
		expect(unitOf('counter-narratives')?.related ?? []).not.toContainEqual([index.analyzer.term('counter')]);
	});

	it('under "non-", means what its head is not: the whole word\'s neighbours, joined as the vectors hold it', () => {
		// SG/2084 speaks of civilians and of the fight against terrorism, never of combatants.
		const seed = indexOf(seedCorpus());
		const unit = seed.plan('non-combatants').units[0];
		expect(unit?.related).not.toContainEqual([seed.analyzer.term('fight')]);
		expect(unit?.related).toContainEqual([seed.analyzer.term('civilians')]);
		expect(seed.search('non-combatants').hits.map((hit) => hit.paragraph.number)).toEqual([6]);
	});

	it('typed in lower case under a word of its own, is a kind of its last part the text has ("staff-level")', () => {
		// SG/2084: "Current cooperation at the working level should be pursued with renewed vigour" (¶9).
		const seed = indexOf(seedCorpus());
		const level = [seed.analyzer.term('level')];
		expect(seed.plan('staff-level cooperation').units[0]?.related).toContainEqual(level);
		expect(seed.search('staff-level cooperation').hits[0]?.paragraph.number).toBe(9);
		// Capitalized, it is a name, not a kind of its last part ("Secretary-General" is no general).
		expect(seed.plan('Staff-Level cooperation').units[0]?.related ?? []).not.toContainEqual(level);
	});

	it('reads a prefix written joined as hyphenated: "antiterrorism" is "anti-terrorism"', () => {
		const seed = indexOf(seedCorpus());
		expect(seed.plan('antiterrorism').units[0]?.related).toContainEqual([seed.analyzer.term('terror')]);
		expect(seed.search('antiterrorism').match).toBe('all');
		expect(seed.search('antiterrorism').hits.map((hit) => hit.paragraph.number)).toContain(3);
		// Not a word of its own that begins as a prefix does, nor one whose rest is too short to be read as a word.
		expect(seed.plan('counterpart').units[0]?.related ?? []).not.toContainEqual([seed.analyzer.term('part')]);
		expect(seed.plan('interaction').units[0]?.related ?? []).not.toContainEqual([seed.analyzer.term('action')]);
	});

	it('leaves a compound the text has, and a plain word, as they were', () => {
		expect(unitOf('counter-terrorism')?.related).toEqual([]);
		expect(unitOf('terrorism')?.related).toEqual([]);
	});
});

describe('a word written joined to "over" or "under" that neither the text nor WordNet knows', () => {
	// A stranger's "overfishing" found nothing, not even a related paragraph, beside "the continued decline of fish
	// stocks": neither WordNet nor the word vectors know it.
	let dir: string;
	let lakes: ParagraphIndex;
	beforeAll(async () => {
		dir = seedDataCopy('over-');
		const file = join(dir, 'lakes.txt');
		writeFileSync(
			file,
			'Communiqué of the Lakes Council\n\nLC/COM/1/2024\n\nKisumu, 14 March 2024\n\n' +
				'1. The Council met in Kisumu.\n\n' +
				'2. The Council expressed deep concern at the continued decline of fish stocks in the shared lakes.\n\n' +
				'3. The Council welcomed the new sight of cooperation over water.\n',
		);
		const { code, all } = await importCli([file], dir);
		expect(code, all).toBe(0);
		const only = loadCorpus(dir).documents.find((d) => d.slug !== 'sg2084')?.slug ?? '';
		lakes = new ParagraphIndex(loadCorpus(dir, { only: [only] }));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('means the word after the prefix, as a word typed with a hyphen does, not the prefix as a word of its own', () => {
		// ¶3 writes "over": "overfishing" is no "over" and "fishing".
		const found = lakes.search('overfishing');
		expect(lakes.plan('overfishing').units[0]?.related).toContainEqual([lakes.analyzer.term('fishing')]);
		expect(found.match).toBe('all');
		expect(found.hits.map((hit) => hit.paragraph.number)).toEqual([2]);
	});

	it('not in a word WordNet knows ("oversight" is no sight)', () => {
		expect(lakes.plan('oversight').units[0]?.related ?? []).not.toContainEqual([lakes.analyzer.term('sight')]);
	});
});
