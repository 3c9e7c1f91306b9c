import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.ts';
import { parseLine } from '../../src/console/parse-line.ts';
import { seedCore } from '../helpers/corpus.ts';

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
		expect(parseLine(line, core)).toEqual({ ok: true, invocation: { name: 'conclusions', options } });
	});

	it('answers an unknown command with a short help', () => {
		const parsed = parseLine('/nope x', core);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.message).toMatch(/Unknown command \/nope[\s\S]*\/conclusions query:/);
	});

	it('rejects a boolean option that is not one', () => {
		expect(parseLine('/conclusions x private:maybe', core)).toEqual({
			ok: false,
			message: 'private takes true or false',
		});
	});
});

async function consoleOutput(input: string, isTTY = false): Promise<string> {
	const stdin = new PassThrough();
	const stdout = Object.assign(new PassThrough(), { isTTY });
	let text = '';
	stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
	stdin.end(input);
	await runConsole({ core, input: stdin, output: stdout, logger: pino({ level: 'silent' }) });
	return text;
}

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
		const text = await consoleOutput('/conclusions terrorism\n', true);
		expect(text).toContain('\u001b[1mterrorism\u001b[22m');
	});

	it('answers bad lines and keeps going', async () => {
		const text = await consoleOutput('hello\n/conclusions\n/conclusions poverty\n');
		expect(text).toContain('Commands:');
		expect(text).toContain('Type some words to search for');
		expect(text).toContain('¶7');
	});
});

describe('the console runs every slash command', () => {
	it('answers /quote, /themes and /help', async () => {
		const text = await consoleOutput('/quote 3\n/themes terrorism\n/help\n/quote 42\n');
		expect(text).toContain('SG/2084 (31 July 2003), ¶3 — Fifth High-Level Meeting');
		expect(text).toContain('Terrorism · 5 ¶');
		expect(text).toContain('Corpus version');
		expect(text).toContain('There is no paragraph “42”. Valid paragraphs: SG/2084 ¶1–10.');
	});

	it('shows what "children -terrorism" matched in bold', async () => {
		const text = await consoleOutput('/conclusions children -terrorism\n');
		expect(text).toContain('especially **children**, in situations');
	});
});
