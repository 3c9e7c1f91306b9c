import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENV_VARIABLES } from '../../src/environment.ts';
import { copyProject, fillEnv } from '../helpers/project-copy.ts';
import { closedOf, exitOf, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** Set-up, deploy, start and one answer, each bounded; together below the test's timeout. */
const TEST_TIMEOUT_MS = 90_000;

describe('"Connect it to Discord", done exactly as the README says', () => {
	let standIn: DiscordStandIn;
	let project: ReturnType<typeof copyProject>;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
		project = copyProject();
	});
	afterEach(killSpawned);
	afterAll(async () => {
		killSpawned();
		await standIn.close();
		project.remove();
	});

	it(
		'cp .env.example .env, fill in the token and ids, npm run deploy, npm start: /conclusions terrorism is answered',
		async () => {
			const { dir } = project;
			expect(dir).toContain(' ');
			copyFileSync(join(dir, '.env.example'), join(dir, '.env'));
			const env = join(dir, '.env');
			writeFileSync(
				env,
				fillEnv(readFileSync(env, 'utf8'), {
					DISCORD_TOKEN: standIn.token,
					DISCORD_APPLICATION_ID: standIn.applicationId,
					DISCORD_API_BASE: standIn.apiBase,
				}),
			);
			// Nothing of .env.example in the processes' own environment: everything comes from .env.
			const inherited = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
			expect(Object.keys(inherited).filter((name) => (ENV_VARIABLES as readonly string[]).includes(name))).toEqual([]);

			const deploy = spawnNpm(['run', '--silent', 'deploy'], {}, { cwd: dir, seedData: false });
			expect(await exitOf(deploy.child, 30_000), deploy.output().stderr).toBe(0);
			expect(deploy.output().stdout).toMatch(/^Registered 5 commands globally/);
			expect(standIn.commands.get('global')?.map((c) => c.name)).toContain('conclusions');

			const start = spawnNpm(['start'], {}, { cwd: dir, seedData: false });
			try {
				await standIn.gateway.waitForSessions(1, 30_000);
			} catch (error) {
				throw new Error(`${(error as Error).message}\n${start.output().stderr}`);
			}
			const record = await standIn.interact(
				standIn.commandSpec('conclusions', { query: 'terrorism' }, { guildId: GUILD_ID }),
				10_000,
			);
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶3');

			// Start-up's check of the registered commands finds the deployed ones.
			await vi.waitFor(() => expect(start.output().stderr).toContain('"msg":"commands registered"'), {
				timeout: 10_000,
			});

			// Ctrl-C in the terminal: the signal goes to the whole group (npm, tsx, node).
			process.kill(-(start.child.pid ?? 0), 'SIGTERM');
			await closedOf(start.child, 10_000);
			const { stdout, stderr } = start.output();
			expect(stderr).toContain('connected to Discord');
			expect(stderr).toContain('"msg":"shutting down"');
			expect(stdout + stderr + deploy.output().stdout).not.toContain(standIn.token);
		},
		TEST_TIMEOUT_MS,
	);
});
