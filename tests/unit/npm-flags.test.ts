import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { shellWord } from '../../src/corpus/data-folder.ts';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { runImport } from '../../src/import/import-command.ts';
import { readNpmFlags } from '../../src/npm-flags.ts';
import { onDataDir } from '../../src/command-to-type.ts';
import { LAYOUT_DOCUMENTS, seedCore, seedDataCopy } from '../helpers/corpus.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** What npm puts in a script's environment for a flag typed without `--` before it (checked with npm 10 and 11). */
const underNpm = (script: string, taken: Record<string, string>): NodeJS.ProcessEnv => ({
	npm_lifecycle_event: script,
	...Object.fromEntries(Object.entries(taken).map(([name, value]) => [`npm_config_${name}`, value])),
});

const sink = () => {
	const out = { stdout: '', stderr: '' };
	return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
};

describe('readNpmFlags', () => {
	const flags = [
		{ name: 'dry-run', when: 'read' as const },
		{ name: 'title', when: 'refuse' as const, takesValue: true },
	];

	it('reads a harmless flag npm kept, and says how to type it', () => {
		const outcome = readNpmFlags('deploy', [], underNpm('deploy', { dry_run: 'true' }), flags);
		expect(outcome).toEqual({
			kind: 'run',
			argv: ['--dry-run'],
			notes: ['(npm kept --dry-run for itself; read anyway. Flags go after `--`: npm run deploy -- --dry-run)'],
		});
	});

	it('refuses a flag with a value, naming the command to type', () => {
		// One file: whichever of the two words is the title, each reading is offered, and each can be pasted.
		const outcome = readNpmFlags('import', ['a.txt', 'My title'], underNpm('import', { title: 'true' }), flags, {
			words: (words) => (words.length === 1 ? (words[0] === 'a.txt' ? 'yes' : 'maybe') : 'no'),
		});
		expect(outcome.kind).toBe('refuse');
		if (outcome.kind === 'refuse') {
			expect(outcome.message).toContain("\n  npm run import -- a.txt --title 'My title'");
			expect(outcome.message).not.toContain('…');
			expect(outcome.message).toContain('nothing was done');
		}
		const unsure = readNpmFlags('import', ['b.txt', 'My title'], underNpm('import', { title: 'true' }), flags, {
			words: (words) => (words.length === 1 ? 'maybe' : 'no'),
		});
		expect(unsure.kind === 'refuse' && unsure.message).toContain('type one of:');
		expect(unsure.kind === 'refuse' && unsure.message).toContain("npm run import -- b.txt --title 'My title'");
		expect(unsure.kind === 'refuse' && unsure.message).toContain("npm run import -- 'My title' --title b.txt");
		const inline = readNpmFlags('import', ['a.txt'], underNpm('import', { title: 'Summit' }), flags);
		expect(inline.kind === 'refuse' && inline.message).toContain('npm run import -- a.txt --title=Summit');
	});

	it('ignores the variables outside npm, when unset or false, and when the flag came through', () => {
		expect(readNpmFlags('deploy', [], { npm_config_dry_run: 'true' }, flags)).toMatchObject({ argv: [] });
		expect(readNpmFlags('deploy', [], underNpm('deploy', { dry_run: '' }), flags)).toMatchObject({ argv: [] });
		expect(readNpmFlags('deploy', [], underNpm('deploy', { dry_run: 'false' }), flags)).toMatchObject({ argv: [] });
		const both = readNpmFlags('deploy', ['--dry-run'], underNpm('deploy', { dry_run: 'true' }), flags);
		expect(both).toEqual({ kind: 'run', argv: ['--dry-run'], notes: [] });
	});
});

describe('the tools, run by npm with their flag typed before `--`', () => {
	let standIn: DiscordStandIn;
	const scratch: string[] = [];
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
		for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
	});

	it('npm run deploy --dry-run: a dry run, never a registration, even with a token', async () => {
		const { out, io } = sink();
		const env = {
			...underNpm('deploy', { dry_run: 'true' }),
			DISCORD_TOKEN: standIn.token,
			DISCORD_APPLICATION_ID: standIn.applicationId,
			DISCORD_API_BASE: standIn.apiBase,
		};
		const code = await runDeploy([], env, io, seedCore());
		expect(code).toBe(0);
		expect(standIn.requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
		expect(JSON.parse(out.stdout)).toEqual(seedCore().definitions());
		expect(out.stderr).toContain('npm run deploy -- --dry-run');
	});

	it('npm run cli search terrorism --json: JSON on stdout, the note on stderr', () => {
		const { out, io } = sink();
		const code = runCli(['search', 'terrorism'], seedCore, io, underNpm('cli', { json: 'true' }));
		expect(code).toBe(0);
		expect(JSON.parse(out.stdout)).toMatchObject({ query: 'terrorism' });
		expect(out.stderr).toContain('npm run cli -- search terrorism --json');
	});

	it.each([
		[['search', 'terrorism', '2'], 'npm run cli -- search terrorism --limit 2'],
		[['3', 'search', 'climate', 'change'], 'npm run cli -- search climate change --limit 3'],
		[['search', '10', 'march', '4'], undefined],
	])('npm run cli … --limit n: refused (n became a word), the value put back after --limit: %j', (argv, typed) => {
		const { out, io } = sink();
		const code = runCli(argv, seedCore, io, underNpm('cli', { limit: 'true' }));
		expect(code).toBe(2);
		expect(out.stdout).toBe('');
		if (typed !== undefined) expect(out.stderr).toContain(`\n  ${typed}\n`);
		else {
			// Two numbers among the words: both readings, each typeable.
			expect(out.stderr).toContain('npm run cli -- search march 4 --limit 10');
			expect(out.stderr).toContain('npm run cli -- search 10 march --limit 4');
		}
		expect(out.stderr).not.toContain('…');
	});

	it('the command to type carries the environment it was run with, and --silent', () => {
		const { out, io } = sink();
		const env = {
			...underNpm('cli', { theme: 'true' }),
			npm_config_loglevel: 'silent',
			DATA_DIR: 'my data',
			INIT_CWD: '/home/me',
			DISCORD_TOKEN: 'not to be printed',
		};
		expect(runCli(['search', 'piracy', 'maritime'], seedCore, io, env)).toBe(2);
		expect(out.stderr).toContain("DATA_DIR='/home/me/my data' npm run --silent cli -- search piracy --theme maritime");
		expect(out.stderr).not.toContain('not to be printed');
	});

	it('npm run import <file> --title x --force: refused before anything is written', async () => {
		const dir = seedDataCopy('npm-flags-');
		scratch.push(dir);
		const before = readdirSync(join(dir, 'documents'));
		const { out, io } = sink();
		const file = join(LAYOUT_DOCUMENTS, 'numbered-extract.txt');
		const env = { ...underNpm('import', { title: 'true', force: 'true' }), DATA_DIR: dir };
		const code = await runImport([file, 'A title'], env, io);
		expect(code).toBe(2);
		expect(readdirSync(join(dir, 'documents'))).toEqual(before);
		expect(out.stderr).toContain('npm kept --title, --force for itself');
		// The file is there and "A title" is not: the title is found, and the folder goes with the command.
		expect(out.stderr).toContain(
			`\n  DATA_DIR=${shellWord(dir)} npm run import -- ${shellWord(file)} --title 'A title' --force\n`,
		);
	});

	it('npm run import --symbol "Some Label" -- <file>: the value goes back after its flag, wherever it was typed', async () => {
		const dir = seedDataCopy('npm-flags-');
		scratch.push(dir);
		const { out, io } = sink();
		const file = join(LAYOUT_DOCUMENTS, 'numbered-extract.txt');
		const env = { ...underNpm('import', { symbol: 'true' }), DATA_DIR: dir };
		expect(await runImport(['Some Label', file], env, io)).toBe(2);
		expect(out.stderr).toContain(`npm run import -- ${shellWord(file)} --symbol 'Some Label'\n`);
	});

	it('npm run import --force -- <file> with DATA_DIR: the command to type keeps DATA_DIR', async () => {
		const dir = seedDataCopy('npm-flags data ');
		scratch.push(dir);
		const { out, io } = sink();
		const file = join(LAYOUT_DOCUMENTS, 'numbered-extract.txt');
		const env = { ...underNpm('import', { force: 'true' }), DATA_DIR: dir };
		expect(await runImport([file], env, io)).toBe(2);
		expect(out.stderr).toContain(`DATA_DIR=${shellWord(dir)} npm run import -- ${shellWord(file)} --force`);
		expect(shellWord(dir)).toMatch(/^'/u);
	});

	it('npm run import --check: the check runs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'npm-flags-empty-'));
		scratch.push(dir);
		const { out, io } = sink();
		const code = await runImport([], { ...underNpm('import', { check: 'true' }), DATA_DIR: dir }, io);
		expect(out.stderr).toContain('npm kept --check for itself; read anyway');
		expect(out.stderr).not.toContain('import needs a file');
		expect(code).toBe(1);
	});
});

describe('onDataDir: the commands the bot, the import and the data check print', () => {
	it('carries the folder, the settings file and, for a deploy, where it registers; never the token', () => {
		const env = { DISCORD_GUILD_ID: '123', DISCORD_TOKEN: 'secret', DOTENV_CONFIG_PATH: '/srv/bot/prod.env' };
		expect(onDataDir('npm run deploy', '/srv/my data', env)).toBe(
			"DOTENV_CONFIG_PATH=/srv/bot/prod.env DATA_DIR='/srv/my data' DISCORD_GUILD_ID=123 npm run deploy",
		);
		expect(onDataDir('npm run import -- --check', '/srv/data', env)).toBe(
			'DOTENV_CONFIG_PATH=/srv/bot/prod.env DATA_DIR=/srv/data npm run import -- --check',
		);
		expect(onDataDir('npm run deploy', undefined, {})).toBe('npm run deploy');
	});
});
