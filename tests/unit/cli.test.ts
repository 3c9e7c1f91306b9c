import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import type { BotCore } from '../../src/core/bot-core.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { seedCore, seedDataCopy, twoDocumentCore } from '../helpers/corpus.ts';

function cli(argv: string[], load = seedCore) {
	let stdout = '';
	let stderr = '';
	const code = runCli(argv, load, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

interface SearchJson {
	query: string;
	total: number;
	match: 'all' | 'some' | 'none';
	complete: number;
	related: unknown[];
	results: {
		id: string;
		document: string;
		paragraph: number;
		section: string | null;
		themes: { id: string; label: string }[];
		text: string;
		score: number;
	}[];
}

describe('cli search', () => {
	it('prints the documented JSON shape', () => {
		const { code, stdout, stderr } = cli(['search', 'terrorism', '--json']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const json = JSON.parse(stdout) as SearchJson;
		expect(json.query).toBe('terrorism');
		expect(json.match).toBe('all');
		expect(json.total).toBeGreaterThanOrEqual(json.results.length);
		expect(json.related).toEqual([]);
		expect(json.results[0]).toMatchObject({
			id: 'sg2084-3',
			document: 'sg2084',
			symbol: 'SG/2084',
			paragraph: 3,
			section: null,
			themes: [
				{ id: 'terrorism', label: 'Terrorism' },
				{ id: 'multilateralism', label: 'Multilateralism and the UN Charter' },
			],
		});
		expect(json.results[0]?.text).toMatch(/^Participants recognized that terrorism/);
		expect(typeof json.results[0]?.score).toBe('number');
	});

	it('counts the leading results that have every word, as the text and Discord do', () => {
		// One of the five paragraphs matches "terrorism" by its theme only.
		const single = JSON.parse(cli(['search', 'terrorism', '--json']).stdout) as SearchJson;
		expect(single).toMatchObject({ match: 'all', complete: 4, total: 5 });
		expect(cli(['search', 'terrorism']).stdout).toMatch(/^4 paragraphs have all the words, 1 more/u);
		const every = JSON.parse(cli(['search', 'regional', 'organizations', '--json']).stdout) as SearchJson;
		expect(every.total).toBeGreaterThan(0);
		expect(every.complete).toBe(every.total);
		// One paragraph has all three words; the others follow with some of them.
		const json = JSON.parse(cli(['search', 'regional', 'organizations', 'gangs', '--json']).stdout) as SearchJson;
		expect(json.match).toBe('all');
		expect(json.complete).toBe(1);
		expect(json.total).toBeGreaterThan(json.complete);
		expect(cli(['search', 'regional', 'organizations', 'gangs']).stdout).toMatch(
			new RegExp(`^1 paragraph has all the words, ${json.total - 1} more some of them`, 'u'),
		);
		// Counted before --limit, like total.
		const limited = JSON.parse(
			cli(['search', 'regional', 'organizations', 'gangs', '--limit', '1', '--json']).stdout,
		) as SearchJson;
		expect(limited).toMatchObject({ complete: 1, total: json.total });
		// None has every word: none is complete.
		const some = JSON.parse(cli(['search', 'terrorism', 'children', '--json']).stdout) as SearchJson;
		expect(some).toMatchObject({ match: 'some', complete: 0 });
		expect(some.total).toBeGreaterThan(0);
		// Every part found only across texts and theme labels, none with all of them in its text: most parts, not all.
		const across = ['search', 'understanding', 'where', 'terrorism', 'comes', 'from'];
		expect(JSON.parse(cli([...across, '--json']).stdout)).toMatchObject({ match: 'some', complete: 0 });
		expect(cli(across).stdout).toMatch(/^\d+ paragraphs match \(none has all the words; closest first\)/u);
	});

	it('honours --limit while total counts every match, and --theme', () => {
		const json = JSON.parse(
			cli(['search', 'terrorism', '--limit', '2', '--theme', 'human-rights', '--json']).stdout,
		) as SearchJson;
		expect(json.results.map((r) => r.paragraph)).toEqual([4, 10]);
		expect(json.total).toBe(3);
	});

	it('exits 0 with no results', () => {
		const { code, stdout } = cli(['search', 'zzzxq', '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			query: 'zzzxq',
			total: 0,
			match: 'none',
			complete: 0,
			results: [],
			related: [],
		});
	});

	it('says mentions alone are not searched, as the console and Discord do', () => {
		expect(cli(['search', '@everyone']).stdout).toBe(
			'"@everyone" is only mentions: mentions and channels are not searched; type some words, e.g. terrorism.\n',
		);
		expect(cli(['search', 'the']).stdout).toContain('has no words to search for');
	});

	it('filters by --document when there are several', () => {
		const json = JSON.parse(
			cli(['search', 'poverty', '--document', 'fix0001', '--json'], twoDocumentCore).stdout,
		) as SearchJson;
		expect(json.results.map((r) => r.id)).toEqual(['fix0001-1']);
	});

	it('says which document a search that found nothing was limited to, and which others have matches', () => {
		const { stdout } = cli(['search', 'good', 'offices', '--document', 'sg2084'], twoDocumentCore);
		expect(stdout).toMatch(
			/^No paragraph matches "good offices" in SG\/2084\.\nOther documents match: FIX\/0001 \(1\)\. Leave out --document to see them\.\n/u,
		);
		const nowhere = cli(['search', 'zebra', '--document', 'sg2084'], twoDocumentCore).stdout;
		expect(nowhere).toMatch(/^No paragraph matches "zebra" in SG\/2084\./u);
		expect(nowhere).not.toContain('Other documents');
		// Matches found there say where, as the console and Discord do.
		expect(cli(['search', 'poverty', '--document', 'fix0001'], twoDocumentCore).stdout).toMatch(
			/^1 paragraph matches in FIX\/0001:\n/u,
		);
	});
});

describe('cli quote and themes', () => {
	it('quotes a paragraph, with the only document by default', () => {
		const json = JSON.parse(cli(['quote', '10', '--json']).stdout) as Record<string, unknown>;
		expect(json).toMatchObject({
			id: 'sg2084-10',
			document: 'sg2084',
			symbol: 'SG/2084',
			paragraph: 10,
			section: 'Further Work',
		});
		expect(json).not.toHaveProperty('score');
	});

	it('requires --document for quote when there are several documents', () => {
		expect(cli(['quote', '1'], twoDocumentCore)).toMatchObject({ code: 2, stdout: '' });
		expect(JSON.parse(cli(['quote', '3', '--document', 'fix0001', '--json'], twoDocumentCore).stdout)).toMatchObject({
			id: 'fix0001-3',
			section: 'Next Steps',
		});
	});

	it('names the document meant by a near miss of its symbol', () => {
		const { code, stderr } = cli(['quote', '3', '--document', 'FIX/0002'], twoDocumentCore);
		expect(code).toBe(2);
		expect(stderr).toContain('unknown document "FIX/0002" (did you mean FIX/0001?)');
	});

	it('lists the themes with their paragraphs', () => {
		const json = JSON.parse(cli(['themes', '--json']).stdout) as {
			id: string;
			paragraphs: { document: string; paragraph: number }[];
		}[];
		expect(json.find((t) => t.id === 'organized-crime')?.paragraphs).toEqual([{ document: 'sg2084', paragraph: 1 }]);
		expect(json).toHaveLength(10);
		// As readers see paragraphs elsewhere, not by id; with several documents, after each one's symbol.
		expect(cli(['themes']).stdout).toContain(
			'Terrorism (terrorism) — International terrorism, counter-terrorism and the Counter-Terrorism Committee.\n  ¶1, ¶3, ¶4, ¶5, ¶10\n',
		);
		expect(cli(['themes'], twoDocumentCore).stdout).toMatch(/\n {2}SG\/2084 ¶1, ¶3, ¶4, ¶5, ¶10; FIX\/0001 ¶1, ¶4\n/u);
	});

	it('prints readable text without --json', () => {
		expect(cli(['quote', '3']).stdout).toMatch(/^SG\/2084 \(31 July 2003\), ¶3\nParticipants recognized/);
		// As the replies write it.
		expect(cli(['quote', '¶3']).stdout).toMatch(/^SG\/2084 \(31 July 2003\), ¶3\nParticipants recognized/);
	});
});

describe('cli quote of a lettered paragraph', () => {
	// A page of conclusions lettered (a)–(c) only, loaded as the only document of a scratch data folder.
	const dir = seedDataCopy('cli-lettered-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const page = fileURLToPath(new URL('../fixtures/parsing/chair-lettered-copied.txt', import.meta.url));
	copyFileSync(page, join(dir, 'documents', 'chairlettered.txt'));
	writeFileSync(
		join(dir, 'documents', 'chairlettered.json'),
		JSON.stringify({
			symbol: 'FIX/LETTERED',
			title: "Chair's Summary of the Ministerial Round Table on Small-Scale Fisheries",
			publisher: 'Test fixture (not a United Nations document)',
			kind: 'Chair’s summary',
			releaseDate: '2040-10-09',
			place: 'Rome',
			sourceUrl: 'https://example.org/fixtures/chair-lettered.html',
		}),
	);
	let loaded: BotCore | undefined;
	const letteredCore = () => (loaded ??= loadBotCore(commands, dir, { only: ['chairlettered'] }));

	it.each([['(a)'], ['a'], ['a)'], ['A']])('quotes (a) for %j', (typed) => {
		const { code, stdout } = cli(['quote', typed], letteredCore);
		expect(code).toBe(0);
		expect(stdout).toMatch(/¶\(a\) — Conclusions\nSmall-scale fishers provide most of the fish/u);
	});

	it('quotes (b) for b, and names the marks there are for a letter the document does not give', () => {
		expect(cli(['quote', 'b'], letteredCore).stdout).toMatch(/¶\(b\) — Conclusions\nWomen process and sell/u);
		const { code, stderr } = cli(['quote', 'z'], letteredCore);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^there is no \(z\): FIX\/LETTERED has ¶\(a\)–\(c\)/mu);
	});
});

describe('cli quote of a paragraph the document does not have', () => {
	it('names what the document has, exit code 2, without the usage: the command was typed right', () => {
		const { code, stdout, stderr } = cli(['quote', '12']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe('there is no ¶12: SG/2084 has ¶1–10\n');
	});

	it('still gives the usage for a reference it cannot read as one paragraph', () => {
		const { code, stderr } = cli(['quote', '3x']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^quote needs one paragraph number: .*\nusage:/su);
	});
});

describe('cli help', () => {
	it.each([['--help'], ['-h'], ['help']])('%s prints the usage on stdout and exits 0', (flag) => {
		const { code, stdout, stderr } = cli([flag]);
		expect(code).toBe(0);
		expect(stdout).toContain('usage:');
		expect(stderr).toBe('');
	});
});

describe('cli messages', () => {
	it('reads -word as an exclusion, as the query syntax has it, not as an option', () => {
		const { code, stdout } = cli(['search', 'children', '-terrorism', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as SearchJson;
		expect(json.query).toBe('children -terrorism');
		expect(json.results.map((r) => r.id)).toEqual(['sg2084-6']);
	});

	it('says a query of very common words or of exclusions has nothing to search, not that nothing matched', () => {
		expect(cli(['search', 'the', 'of'])).toMatchObject({
			code: 0,
			stdout: '"the of" has no words to search for (very common words such as "the" are ignored).\n',
		});
		expect(cli(['search', '-terrorism']).stdout).toBe(
			'"-terrorism" only leaves words out: add words to look for, e.g. children -terrorism.\n',
		);
	});

	it('says how many paragraphs matched, those with only some of the words apart as in Discord, and how many --limit shows', () => {
		expect(cli(['search', 'terrorism', '--limit', '1']).stdout).toMatch(
			/^4 paragraphs have all the words, 1 more some of them or only their theme, the first 1 shown \(--limit\):\n\nSG\/2084 \(31 July 2003\), ¶3\n/,
		);
		expect(cli(['search', 'use of force']).stdout).toMatch(/^1 paragraph matches:\n/);
	});

	it('names the words it matched that were not typed, as the console and Discord do', () => {
		expect(cli(['search', 'WMD']).stdout).toMatch(/^2 paragraphs match:\nmatched: weapons of mass destruction\n\n/);
		expect(cli(['search', 'disarmamant']).stdout).toMatch(/\nmatched: disarmament\n\n/);
		// Nothing to explain when every bolded word was typed.
		expect(cli(['search', 'use of force']).stdout).not.toContain('matched:');
	});

	it.each([
		[
			['search', 'x', '--them', 'y'],
			'search has no option --them (did you mean --theme?); it takes --theme, --document, --limit, --json',
		],
		[['serch', 'x'], 'unknown command "serch" (did you mean search?)'],
		[['search', 'x', '--theme', 'terorism'], 'unknown theme "terorism" (did you mean terrorism?): one of terrorism, '],
		[['themes', 'terrorism'], 'themes takes no words ("terrorism")'],
		[['search', 'x', '--theme', 'multilat'], 'unknown theme "multilat" (did you mean multilateralism?): one of '],
		[['search', 'x', '--theme', 'Peacekeeping'], 'no paragraph of this corpus has the theme peacekeeping yet: one of '],
		[['search', 'x', '--limit', '-1'], '--limit takes a positive whole number\n'],
		[['search', 'x', '--limit', '--json'], '--limit takes a positive whole number\n'],
		[['search', 'x', '--limit'], '--limit needs a value\n'],
		[['search', 'x', '--json=yes'], '--json takes no value\n'],
	])('%j: %s', (argv, message) => {
		const { code, stderr } = cli(argv);
		expect(code).toBe(2);
		expect(stderr.startsWith(message)).toBe(true);
		expect(stderr).toContain('usage:');
	});

	it('prints the usage for --help after a command', () => {
		expect(cli(['search', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('usage:') as unknown });
	});

	it('repeats a quoted phrase in its own quotation marks, not in a second pair', () => {
		expect(cli(['search', '"zzqx qqzx"']).stdout).toBe('No paragraph matches "zzqx qqzx".\n');
		expect(cli(['search', '“zzqx qqzx”']).stdout).toBe('No paragraph matches “zzqx qqzx”.\n');
	});

	it('repeats what was typed without control characters', () => {
		const { stdout } = cli(['search', '\u001b[31mzzqx']);
		expect(stdout).toBe('No paragraph matches "[31mzzqx".\n');
	});
});

describe('cli usage errors', () => {
	it.each([
		[[]],
		[['frobnicate']],
		[['constructor']],
		[['toString']],
		[['__proto__']],
		[['search']],
		[['search', 'x', '--limit', 'zero']],
		[['search', 'x', '--bogus']],
		[['quote', 'abc']],
		[['search', 'x', '--theme', 'nope']],
	])('%j prints usage on stderr and exits 2', (argv) => {
		const { code, stdout, stderr } = cli(argv);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('usage:');
	});
});

describe('cli quote reads a number as the bot does', () => {
	it.each([['#3'], ['no.', '3'], ['3rd'], ['para', '3']])('quote %s quotes ¶3', (...words) => {
		let stdout = '';
		const code = runCli(['quote', ...words], seedCore, { stdout: (t) => (stdout += t), stderr: () => undefined });
		expect(code).toBe(0);
		expect(stdout).toMatch(/^SG\/2084 \(31 July 2003\), ¶3\n/u);
	});
});
