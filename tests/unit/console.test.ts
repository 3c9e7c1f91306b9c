import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/core/closest-name.ts';
import { PROMPT, runConsole } from '../../src/console/console.ts';
import { commandList, parseLine } from '../../src/console/parse-line.ts';
import { seedCore, twoDocumentCore } from '../helpers/corpus.ts';
import { ROOT } from '../helpers/spawn-npm.ts';

const core = seedCore();

describe('parseLine', () => {
	it.each([
		['/conclusions terrorism', { query: 'terrorism' }],
		['/conclusions human rights theme:terrorism', { query: 'human rights', theme: 'terrorism' }],
		['/conclusions query:human rights theme:Terrorism', { query: 'human rights', theme: 'Terrorism' }],
		['/conclusions query:"use of force" private:true', { query: '"use of force"', private: true }],
		['/conclusions query:time: now', { query: 'time: now' }],
		['/CONCLUSIONS peace', { query: 'peace' }],
	])('%s → %j', (line, options) => {
		expect(parseLine(line, core)).toEqual({ kind: 'command', invocation: { name: 'conclusions', options } });
	});

	it.each([
		['/next', 'next'],
		['/prev', 'prev'],
		['/NEXT ', 'next'],
	])('%s turns the page', (line, direction) => {
		expect(parseLine(line, core)).toEqual({ kind: 'page', direction });
	});

	it.each([
		['/conclusion peace', 'conclusions'],
		['/conclusiosn peace', 'conclusions'],
		['/conc terrorism', 'conclusions'],
		['/quotes 3', 'quote'],
		['/theme', 'themes'],
		['/hlep', 'help'],
		['/nxet', 'next'],
	])('%s: did you mean /%s?', (line, meant) => {
		expect(parseLine(line, core)).toEqual({
			kind: 'problem',
			message: `Unknown command ${line.split(' ')[0] ?? ''} — did you mean /${meant}?`,
		});
	});

	it('answers a command nothing like ours with the command list', () => {
		const parsed = parseLine('/weather x', core);
		expect(parsed).toMatchObject({
			kind: 'problem',
			message: expect.stringMatching(/^Unknown command \/weather\.\nCommands:/) as unknown,
		});
	});

	it('says that commands start with /, and how to search for what was typed', () => {
		expect(parseLine('human rights', core)).toEqual({
			kind: 'problem',
			message: expect.stringMatching(
				/^Commands start with \/ — to search for that, type \/conclusions human rights\n/,
			) as unknown,
		});
	});

	it('tells a bare command name to start with /, and a lone / what goes after it', () => {
		expect(parseLine('help', core)).toMatchObject({
			message: expect.stringMatching(/^Commands start with \/ — for that, type \/help\n/) as unknown,
		});
		expect(parseLine('quote 3', core)).toMatchObject({
			message: expect.stringMatching(/type \/quote 3\n/) as unknown,
		});
		expect(parseLine('/', core)).toMatchObject({
			kind: 'problem',
			message: expect.stringMatching(/^Type the command right after \/, e\.g\. \/conclusions terrorism/) as unknown,
		});
	});

	it('repeats what was typed without control characters, and short', () => {
		const parsed = parseLine(`/qq\u001b[31m${'x'.repeat(200)}`, core);
		const message = parsed.kind === 'problem' ? parsed.message : '';
		expect(message).toMatch(/^Unknown command \/qq\[31mx+…\./);
		expect(message).not.toContain('\u001b');
		expect(message.split('\n')[0]!.length).toBeLessThan(80);
	});

	it('takes no more of a query than Discord lets be typed, cut after a whole word, and says so', () => {
		const long = `terrorism ${'and peace '.repeat(20)}`.trim();
		const parsed = parseLine(`/conclusions ${long}`, core);
		expect(parsed).toMatchObject({
			kind: 'command',
			// Nine more pairs make 99 characters; the ellipsis makes 100.
			invocation: { options: { query: `terrorism${' and peace'.repeat(9)}…` } },
			notes: [`In Discord, query takes at most 100 characters (this has ${long.length}): the words that fit are used.`],
		});
	});

	it('rejects a boolean option that is not one, naming what it read', () => {
		expect(parseLine('/conclusions x private:maybe', core)).toEqual({
			kind: 'problem',
			message: 'private: takes true or false (or yes/no, on/off, 1/0); it was given “maybe”. For example: private:true',
		});
	});
});

describe('options a command does not have', () => {
	it('reads document:, which only several documents bring, and says that with one it changes nothing', () => {
		expect(parseLine('/conclusions terrorism document:SG/2084', core)).toEqual({
			kind: 'command',
			invocation: { name: 'conclusions', options: { query: 'terrorism', document: 'SG/2084' } },
			notes: ['Only one document is loaded (SG/2084), so document: changes nothing; leave it out.'],
		});
	});

	it('leaves a document the corpus does not have to the command, which answers as it does in Discord', () => {
		expect(parseLine('/quote 3 document:A/60/341', core)).toEqual({
			kind: 'command',
			invocation: { name: 'quote', options: { paragraph: '3', document: 'A/60/341' } },
		});
	});

	it('reads document: as an option with several documents, without a note', () => {
		expect(parseLine('/conclusions poverty document:FIX/0001', twoDocumentCore())).toEqual({
			kind: 'command',
			invocation: { name: 'conclusions', options: { query: 'poverty', document: 'FIX/0001' } },
		});
	});

	it.each([
		['/conclusions terrorism foo:bar', '/conclusions has no option “foo”.'],
		['/conclusions terrorism them:human', '/conclusions has no option “them” — did you mean theme:?'],
		['/conclusions terrorism thème:human', '/conclusions has no option “thème” — did you mean theme:?'],
		['/conclusions terrorism Privat:true', '/conclusions has no option “Privat” — did you mean private:?'],
		['/themes document:x', '/themes has no option “document”.'],
	])('%s is not searched: %s, and the options are named', (line, first) => {
		const parsed = parseLine(line, core);
		expect(parsed.kind).toBe('problem');
		const message = parsed.kind === 'problem' ? parsed.message : '';
		expect(message.split('\n')[0]).toBe(first);
		const command = core.command(line.slice(1).split(' ')[0] ?? '');
		for (const option of command?.definition(core.context.corpus).options ?? [])
			expect(message).toContain(`${option.name}:`);
	});

	it('suggests document: when several documents are loaded', () => {
		expect(parseLine('/conclusions peace documnt:FIX/0001', twoDocumentCore())).toMatchObject({
			kind: 'problem',
			message: expect.stringMatching(/^\/conclusions has no option “documnt” — did you mean document:\?\n/) as unknown,
		});
	});

	it('says how to keep such a pair as words, for a command that takes words', () => {
		expect(parseLine('/conclusions para:3', core)).toMatchObject({
			message: expect.stringContaining('(To use “para:3” as text, put it in double quotes.)') as unknown,
		});
		expect(parseLine('/help foo:bar', core)).toEqual({
			kind: 'problem',
			message: '/help has no option “foo”.\n/help takes no options.',
		});
	});

	it.each([
		['/conclusions query:time: now', 'time: now'],
		['/conclusions meeting at 10:30', 'meeting at 10:30'],
		['/conclusions see https://example.org', 'see https://example.org'],
		['/conclusions "regional foo:bar"', '"regional foo:bar"'],
		['/conclusions terrorism note: this', 'terrorism note: this'],
	])('%s has no option in it: searches %j', (line, query) => {
		expect(parseLine(line, core)).toEqual({ kind: 'command', invocation: { name: 'conclusions', options: { query } } });
	});

	it('says which value counts when an option is given twice', () => {
		expect(parseLine('/conclusions peace query:war', core)).toEqual({
			kind: 'command',
			invocation: { name: 'conclusions', options: { query: 'war' } },
			notes: ['query was given twice: “war” is used.'],
		});
	});

	it('runs a command without options on words typed after it, and says they were left out', () => {
		expect(parseLine('/help me', core)).toEqual({
			kind: 'command',
			invocation: { name: 'help', options: {} },
			notes: ['/help takes no words: “me” was left out.'],
		});
	});

	it('answers through the console: the note, then the search for the words alone', async () => {
		const text = answers(await consoleOutput('/conclusions terrorism document:SG/2084\n'));
		expect(text).toMatch(
			/^» .*\nOnly one document is loaded \(SG\/2084\)[^\n]*\n\*\*4\*\* paragraphs have “terrorism”, and \*\*1\*\* more has only its theme —/,
		);
		expect(text).not.toContain('“terrorism document:SG/2084”');
	});
});

describe('the command list', () => {
	const lines = commandList(core)
		.split('\n')
		.filter((line) => line.startsWith('  /'));

	it('lists every slash command and the console’s own commands, each with what it does', () => {
		expect(lines.map((line) => /^ {2}\/(\S+)/.exec(line)?.[1])).toEqual([
			...core.commands.map((c) => c.name),
			'next',
			'prev',
			'full',
			'quit',
		]);
		for (const line of lines) expect(line).toMatch(/ — \S.{9,}$/);
	});
});

describe('closest command names', () => {
	it.each([
		['conclusion', 'conclusions', 1],
		['hlep', 'help', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
	])('%s → %s: %i edits', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	it('does not guess when nothing is close, or a short word is two edits away', () => {
		expect(closestName('weather', ['conclusions', 'quote', 'themes', 'help'])).toBeUndefined();
		expect(closestName('hi', ['conclusions', 'quote', 'themes', 'help'])).toBeUndefined();
		expect(closestName('q', ['conclusions', 'quote'])).toBeUndefined();
	});
});

async function consoleOutput(input: string, { isTTY = false, typed = false } = {}): Promise<string> {
	const stdin = Object.assign(new PassThrough(), { isTTY: typed });
	const stdout = Object.assign(new PassThrough(), { isTTY });
	let text = '';
	stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
	stdin.end(input);
	await runConsole({ core, input: stdin, output: stdout, logger: pino({ level: 'silent' }) });
	return text;
}

/** The answers after the banner, one per input line. */
const answers = (text: string) => text.split('\n').slice(1).join('\n');

describe('the offline console', () => {
	it('says first, in one line, that it is offline and how to connect', async () => {
		const [first] = (await consoleOutput('')).split('\n');
		expect(first).toMatch(/^Offline console .*DISCORD_TOKEN/);
	});

	it('answers /conclusions terrorism with the right paragraph and its themes, bold as ** without ANSI', async () => {
		const text = await consoleOutput('/conclusions terrorism\n');
		expect(text).toContain('¶3\n> Participants recognized that **terrorism** represents');
		expect(text).toContain('Themes: Terrorism · Multilateralism and the UN Charter');
		expect(text).not.toContain('\u001b[');
	});

	it('uses ANSI bold on a terminal', async () => {
		const text = await consoleOutput('/conclusions terrorism\n', { isTTY: true });
		expect(text).toContain('\u001b[1mterrorism\u001b[22m');
	});

	it('from a pipe, repeats each line after the prompt before its answer, so answers can be matched to questions', async () => {
		const text = answers(await consoleOutput('/conclusions poverty\n\n/quote 3\n'));
		expect(PROMPT).toBe('» ');
		expect(text.startsWith('» /conclusions poverty\n**')).toBe(true);
		expect(text).toMatch(/\n\n» \/quote 3\nSG\/2084 \(31 July 2003\), ¶3/);
		expect(text.match(/^» /gm)).toHaveLength(2);
	});

	it('on a terminal, shows the prompt » (not >, the quote marker) and does not repeat what was typed', async () => {
		const text = answers(await consoleOutput('/help\n', { typed: true }));
		expect(text.startsWith(PROMPT)).toBe(true);
		expect(text).not.toContain('/help\n');
		expect(text).not.toMatch(/^> $/m);
	});

	it('answers bad lines and keeps going', async () => {
		const text = await consoleOutput('hello\n/conclusions\n/conclusions poverty\n');
		expect(text).toContain('Commands start with /');
		expect(text).toContain('Type some words to search for');
		expect(text).toContain('¶7');
	});

	it('prints no control character a query or a line carried (a terminal would act on it)', async () => {
		const text = await consoleOutput('/conclusions \u001b[31mred\n/quote \u0007\n');
		expect(text).toContain('“[31mred”');
		expect(text).not.toMatch(/[^\P{Cc}\n]/u);
	});

	it('says how to use /quote when no paragraph is given', async () => {
		expect(await consoleOutput('/quote\n')).toContain(
			'Give a paragraph number, like `/quote 1`. Valid paragraphs: SG/2084 ¶1–10.',
		);
	});

	it('has no per-user search limit: one local user', async () => {
		const text = await consoleOutput('/conclusions peace\n'.repeat(8));
		expect(text.match(/paragraphs? match/g)).toHaveLength(8);
		expect(text).not.toMatch(/try again/i);
	});
});

describe('turning pages in the console', () => {
	it('/next and /prev press the answer’s ▶ and ◀ buttons through the core', async () => {
		const text = answers(await consoleOutput('/conclusions terrorism\n/next\n/next\n/prev\n'));
		const [first, second, third, fourth] = text.split(/^» /m).slice(1);
		expect(first).toContain('page 1 of 2');
		expect(first).toMatch(/More pages: \/next\n/);
		expect(second).toMatch(
			/^\/next\n\*\*4\*\* paragraphs have “terrorism”, and \*\*1\*\* more has only its theme — page 2 of 2/,
		);
		expect(second).toContain('¶1\n');
		expect(second).toMatch(/More pages: \/prev\n/);
		expect(third).toBe('/next\nThe last answer has no next page.\n\n');
		expect(fourth).toContain('page 1 of 2');
		expect(fourth).toContain('¶3\n');
	});

	it('walks a /quote to the next paragraph, and a theme’s list has no page to turn', async () => {
		const text = answers(await consoleOutput('/quote 3\n/next\n/themes terrorism\n/prev\n'));
		expect(text).toMatch(/» \/next\nSG\/2084 \(31 July 2003\), ¶4/);
		expect(text).toContain('» /prev\nThe last answer has no previous page.');
	});

	it('says what /next is for before there is an answer', async () => {
		expect(await consoleOutput('/next\n')).toContain('/next, /prev and /full act on the last answer');
	});
});

describe('the README', () => {
	it('shows the console exactly as it answers /conclusions terrorism', async () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		const sample = /```text\n(» \/conclusions terrorism\n[\s\S]*?)```/.exec(readme)?.[1];
		expect(sample).toBeDefined();
		expect(`${answers(await consoleOutput('/conclusions terrorism\n')).trimEnd()}\n`).toBe(sample);
	});
});
