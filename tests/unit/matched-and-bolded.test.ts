import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { commands } from '../../commands/index.ts';
import { renderHighlighted } from '../../src/render/quote.ts';
import { matchedForms } from '../../src/render/matched-forms.ts';
import { Analyzer } from '../../src/search/analyzer.ts';
import { highlightSegments } from '../../src/search/highlight.ts';
import { parseQuery } from '../../src/search/query-parser.ts';
import { indexOf, seedCore } from '../helpers/corpus.ts';

/**
 * A document of the kind readers import: a share written "per cent", regional centres, a campaign's hashtag, a
 * trade-off. What the reply bolds and names as "matched:" must be the reader's words or what they mean, never a word
 * that merely begins with theirs, a looser neighbour, or a small word standing alone.
 */
const dir = mkdtempSync(join(tmpdir(), 'matched-'));
writeFileSync(
	join(dir, 'ocean0001.json'),
	JSON.stringify({
		symbol: 'OCN/0001',
		title: 'Ocean Meeting Concludes',
		shortTitle: 'Ocean meeting conclusions',
		kind: 'Test fixture',
		releaseDate: '2022-06-30',
		meetingDates: ['2022-06-29'],
		place: 'Lisbon',
		sourceUrl: 'https://example.org/ocean0001.html',
	}),
);
writeFileSync(
	join(dir, 'ocean0001.txt'),
	[
		'30 June 2022',
		'',
		'Ocean Meeting Concludes',
		'',
		'LISBON, 29 June -- Following are the conclusions of the meeting:',
		'',
		'1. Participants noted that 50 per cent of the world’s coral reefs are threatened, and asked the regional centres to report on them.',
		'',
		'2. Participants welcomed the campaign #OceanAction and the pledges made under it by the ocean community.',
		'',
		'3. Participants rejected any trade-off between the protection of fisheries and the livelihoods of coastal communities.',
		'',
		'4. Participants expressed concern about the children of fishing communities who leave school early.',
		'',
	].join('\n'),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = loadCorpus(DEFAULT_DATA_DIR, { only: ['ocean0001'], extraDocumentDirs: [dir] });
const index = indexOf(corpus);

/** What a reply to `query` bolds in each paragraph shown (matches, else the related ones), and its "matched:" forms. */
function reply(query: string) {
	const outcome = index.search(query);
	const shown = outcome.hits.length > 0 ? outcome.hits : outcome.related;
	const bold = shown.map((hit) =>
		Array.from(renderHighlighted(hit.paragraph.searchText, hit.highlighter).matchAll(/\*\*(.+?)\*\*/gu), (m) => m[1]),
	);
	const forms = matchedForms(query, outcome.hits, (word) => index.analyzer.term(word));
	return { outcome, bold: bold.flat(), forms };
}

describe('the "matched:" line names only what the typed words stand for', () => {
	it.each([
		// A whole word is not the start of another: not "centres" for `cent`, not the hashtag for `ocean`.
		['50 per cent', ['centres', 'centr']],
		['ocean', ['oceanaction']],
	])('%s', (query, never) => {
		const { outcome, forms, bold } = reply(query);
		expect(outcome.hits.length).toBeGreaterThan(0);
		for (const form of never) {
			expect(forms.map((f) => f.toLowerCase())).not.toContain(form);
			expect(bold.map((b) => b?.toLowerCase())).not.toContain(form);
		}
		expect(outcome.plan.units.flatMap((u) => u.completions)).toEqual([]);
	});

	it('still completes an unfinished last word', () => {
		expect(index.search('livelih').plan.units.at(-1)?.completions.length).toBeGreaterThan(0);
		expect(index.search('livelih').hits.map((h) => h.paragraph.number)).toContain(3);
	});

	it('ignores an emoji shortcode typed as text: it is no word of the query and matches nothing', () => {
		expect(parseQuery('children :smile:').words).toEqual(['children']);
		expect(parseQuery('children :+1: :flag_fr:').words).toEqual(['children']);
		// Not a time, nor a word between colons inside a word.
		expect(parseQuery('meeting at 10:30:00').words).toEqual(['meeting', 'at', '10', '30', '00']);
		const { forms, outcome } = reply('children :smile:');
		expect(outcome.plan.units.map((u) => u.typed)).toEqual(['children']);
		expect(forms).toEqual([]);
	});
});

describe('what related paragraphs and small words bold', () => {
	const analyzer = new Analyzer({ words: {}, ise: [] });
	const bolded = (text: string, words: string[]) =>
		highlightSegments(text, { singles: new Set(words.map((w) => analyzer.term(w) ?? w)), groups: [] }, analyzer)
			.filter((s) => s.matched)
			.map((s) => s.text);

	it('never bolds a function word alone, nor as the piece of a hyphenated word', () => {
		expect(bolded('They rejected any trade-off between them; fishing off the coast.', ['off', 'piracy'])).toEqual([]);
		// Beside a bolded word it is part of what was typed: "50 per cent".
		expect(bolded('Some 50 per cent of reefs.', ['50', 'per', 'cent'])).toEqual(['50', 'per', 'cent']);
		// A content word that is a piece of a compound is still bolded (counter-**terrorism**).
		expect(bolded('counter-terrorism efforts', ['terrorism'])).toEqual(['terrorism']);
	});

	it("bolds no lexical resource's word for a reader's word in a paragraph that has the reader's own word", () => {
		// A stranger's `weapons of mass destruction`: ¶8 says "weapons of mass destruction" and "small arms", and WordNet
		// gives arms for weapons; the reply bolded "arms" too and said `matched: arms`.
		const outcome = seedCore().context.index.search('what did they say about weapons of mass destruction?');
		expect(outcome.plan.units[0]?.related).toContainEqual(['arm']);
		const eight = outcome.hits.find((hit) => hit.paragraph.number === 8);
		if (!eight) throw new Error('no ¶8');
		const marks = Array.from(
			renderHighlighted(eight.paragraph.searchText, eight.highlighter).matchAll(/\*\*(.+?)\*\*/gu),
		);
		expect(marks.map((m) => m[1])).toEqual(['weapons of mass destruction']);
		expect(
			matchedForms('weapons of mass destruction', outcome.hits, (w) => seedCore().context.index.analyzer.term(w)),
		).toEqual([]);
	});

	it('bolds no looser neighbour in the closest paragraphs of a dead end', () => {
		const core = seedCore();
		const outcome = core.context.index.search('climate change');
		expect(outcome.match).toBe('none');
		expect(outcome.related.length).toBeGreaterThan(0);
		const looser = new Set(outcome.plan.units.flatMap((u) => u.looser.flat()));
		expect(looser.size).toBeGreaterThan(0);
		for (const hit of outcome.related) {
			const markdown = renderHighlighted(hit.paragraph.searchText, hit.highlighter);
			for (const [, word] of markdown.matchAll(/\*\*(.+?)\*\*/gu)) {
				expect(looser.has(core.context.index.analyzer.term(word ?? '') ?? '')).toBe(false);
			}
		}
		// The piracy question's "off" is not bolded in the trade-off of a related paragraph.
		const piracy = core.context.index.search('piracy off somalia');
		const marks = piracy.related.flatMap((hit) =>
			Array.from(renderHighlighted(hit.paragraph.searchText, hit.highlighter).matchAll(/\*\*(.+?)\*\*/gu)),
		);
		expect(marks.map((m) => m[1])).not.toContain('off');
	});

	it('lists related paragraphs in the order of the score it prints (--json)', () => {
		let stdout = '';
		const io = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		const core = () => new BotCore({ corpus: seedCore().context.corpus, index: seedCore().context.index }, commands);
		expect(runCli(['search', 'climate', 'change', '--json'], core, io)).toBe(0);
		const scores = (JSON.parse(stdout) as { related: { score: number }[] }).related.map((r) => r.score);
		expect(scores.length).toBeGreaterThan(1);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it('scores a related paragraph by its closeness, between 0 and 1, when it is the only one', () => {
		const outcome = seedCore().context.index.search('religious intolerance');
		expect(outcome.match).toBe('none');
		expect(outcome.related).toHaveLength(1);
		expect(outcome.related[0]?.score).toBeGreaterThan(0);
		expect(outcome.related[0]?.score).toBeLessThanOrEqual(1);
	});
});
