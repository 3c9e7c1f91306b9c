import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PROMPT, banner, runConsole } from '../../src/console/console.ts';
import { parseLine } from '../../src/console/parse-line.ts';
import { seedCore } from '../helpers/corpus.ts';

const core = seedCore();

/**
 * Runs the console on `lines`; the input is left open (as a terminal's is until Ctrl-D) unless `end` is set, so a
 * console that only stops at the end of input never resolves: the test's timeout fails it.
 */
async function consoleRun(lines: string, { end = false, typed = false } = {}): Promise<string> {
	const stdin = Object.assign(new PassThrough(), { isTTY: typed });
	const stdout = new PassThrough();
	let text = '';
	stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
	if (end) stdin.end(lines);
	else stdin.write(lines);
	try {
		await runConsole({ core, input: stdin, output: stdout, logger: pino({ level: 'silent' }) });
	} finally {
		stdin.destroy();
	}
	return text;
}

/** The console's answer to one line, after the banner and the echoed line. */
async function answerTo(line: string): Promise<string> {
	const text = await consoleRun(`${line}\n`, { end: true });
	return text.slice(text.indexOf(`${PROMPT}${line}\n`) + PROMPT.length + line.length + 1);
}

describe('leaving the console', () => {
	it('says in its first line how to leave', () => {
		expect(banner(core)).toMatch(/\/quit or Ctrl-D leaves/);
	});

	it.each(['/quit', '/exit', '/QUIT '])(
		'%s ends the console while its input is still open, and answers nothing',
		async (line) => {
			const text = await consoleRun(`${line}\n/conclusions terrorism\n`);
			expect(text).not.toContain('Unknown command');
			expect(text).not.toContain('¶3');
		},
	);

	it('lists /quit with the commands, and suggests it for a typo', () => {
		const unknown = parseLine('/weather', core);
		expect(unknown.kind === 'problem' ? unknown.message : '').toContain(
			'/quit — leave the console (also /exit, or Ctrl-D)',
		);
		expect(parseLine('/qiut', core)).toEqual({
			kind: 'problem',
			message: 'Unknown command /qiut — did you mean /quit?',
		});
	});

	it('on a terminal, ends the prompt’s line at the end of input, so the shell’s prompt starts on its own line', async () => {
		const text = await consoleRun('/conclusions terrorism\n', { end: true, typed: true });
		expect(text.endsWith(`${PROMPT}\n`)).toBe(true);
	});

	it('from a pipe, ends as before: the last answer and a blank line, no prompt', async () => {
		const text = await consoleRun('/conclusions terrorism\n', { end: true });
		expect(text.endsWith('More pages: /next\n\n')).toBe(true);
	});
});

describe('the console’s /help', () => {
	it('describes what works in the console: its commands as typed here, paging and leaving', async () => {
		const help = await answerTo('/help');
		for (const line of ['/conclusions query:<…> [theme:…] [private:…]', '/quote paragraph:<…>', '/next', '/prev'])
			expect(help).toContain(line);
		expect(help).toContain('/quit — leave the console (also /exit, or Ctrl-D)');
		expect(help).toContain('/conclusions terrorism private:yes, not private:yes terrorism');
		expect(help).toContain('SG/2084');
	});

	it('names the Apps menu and the quote buttons only under “Only in Discord”', async () => {
		const help = await answerTo('/help');
		const discordOnly = help.split('\n').filter((line) => /Find in conclusions|Cite|Post\b/.test(line));
		expect(discordOnly).toHaveLength(1);
		expect(discordOnly[0]).toMatch(/^Only in Discord: Apps → Find in conclusions on a message, and the buttons/);
	});

	it('answers /find, /cite and /post with where they are, not "Unknown command"', () => {
		for (const [line, start] of [
			['/find terrorism', 'Find in conclusions is in Discord only'],
			['/cite 3', 'Cite is a button under a quote in Discord only'],
			['/post 3', 'Post is a button under a quote in Discord only'],
		] as const) {
			const parsed = parseLine(line, core);
			expect(parsed.kind === 'problem' ? parsed.message : '').toMatch(new RegExp(`^${start}.*/(conclusions|quote)`));
		}
	});
});

describe('an option value that is not one', () => {
	it('names the value read and, when its first word would do, the line with the pair at the end', () => {
		expect(parseLine('/conclusions private:yes terrorism', core)).toEqual({
			kind: 'problem',
			message:
				'private: takes true or false (or yes/no, on/off, 1/0); it was given “yes terrorism”.\n' +
				'A value runs until the next option name: put private:yes at the end, /conclusions terrorism private:yes',
		});
	});

	it('keeps the other options in the suggested line', () => {
		const parsed = parseLine('/conclusions private:no human rights theme:terrorism', core);
		expect(parsed.kind === 'problem' ? parsed.message : '').toMatch(
			/put private:no at the end, \/conclusions human rights theme:terrorism private:no$/,
		);
	});

	it('says when it read nothing', () => {
		expect(parseLine('/conclusions terrorism private:', core)).toEqual({
			kind: 'problem',
			message: 'private: takes true or false (or yes/no, on/off, 1/0); it was given nothing. For example: private:true',
		});
	});

	it('runs the suggested line as the reader meant', () => {
		expect(parseLine('/conclusions terrorism private:yes', core)).toEqual({
			kind: 'command',
			invocation: { name: 'conclusions', options: { query: 'terrorism', private: true } },
		});
	});
});

describe('a query longer than Discord allows', () => {
	it('is echoed cut after a whole word, with an ellipsis, within 100 characters', async () => {
		const words =
			'human rights terrorism poverty development weapons proliferation organized crime regional organizations terrorism';
		const answer = await answerTo(`/conclusions ${words}`);
		const echoed = /“([^”]*)”/.exec(answer)?.[1] ?? '';
		expect(echoed.endsWith('regional…')).toBe(true);
		expect(echoed.length).toBeLessThanOrEqual(100);
		expect(words.startsWith(echoed.slice(0, -1))).toBe(true);
		// The summary line echoes no half word (the quoted paragraphs may have "organizations").
		expect(answer.split('\n').find((line) => line.includes('“'))).not.toContain('organizati');
	});
});
