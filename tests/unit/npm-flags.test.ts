import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { shellWord } from '../../src/corpus/data-folder.ts';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { runImport } from '../../src/import/import-command.ts';
import { readNpmFlags } from '../../src/npm-flags.ts';
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
		const outcome = readNpmFlags('import', ['a.txt', 'My title'], underNpm('import', { title: 'true' }), flags);
		expect(outcome.kind).toBe('refuse');
		if (outcome.kind === 'refuse') {
			expect(outcome.message).toContain('npm run import -- a.txt \'My title\' --title "…"');
			expect(outcome.message).toContain('nothing was done');
		}
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

	it('npm run cli search x --limit 2: refused (the 2 became a word)', () => {
		const { out, io } = sink();
		const code = runCli(['search', 'terrorism', '2'], seedCore, io, underNpm('cli', { limit: 'true' }));
		expect(code).toBe(2);
		expect(out.stdout).toBe('');
		expect(out.stderr).toContain('npm run cli -- search terrorism 2 --limit "…"');
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
		expect(out.stderr).toContain(`-- ${shellWord(file)} 'A title' --title "…" --force`);
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
