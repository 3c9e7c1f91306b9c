import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/console/closest-name.ts';
import { PROMPT, runConsole } from '../../src/console/console.ts';
import { commandList, parseLine } from '../../src/console/parse-line.ts';
import { seedCore } from '../helpers/corpus.ts';
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

	it('rejects a boolean option that is not one', () => {
		expect(parseLine('/conclusions x private:maybe', core)).toEqual({
			kind: 'problem',
			message: 'private takes true or false',
		});
	});
});

describe('the command list', () => {
	const lines = commandList(core)
		.split('\n')
		.filter((line) => line.startsWith('  /'));

	it('lists every slash command and the console’s page commands, each with what it does', () => {
		expect(lines.map((line) => /^ {2}\/(\S+)/.exec(line)?.[1])).toEqual([
			...core.commands.map((c) => c.name),
			'next',
			'prev',
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
		expect(second).toMatch(/^\/next\n\*\*5\*\* paragraphs match “terrorism” — page 2 of 2/);
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
		expect(await consoleOutput('/next\n')).toContain('/next and /prev turn the pages of the last answer');
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
