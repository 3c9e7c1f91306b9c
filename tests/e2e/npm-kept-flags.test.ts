import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn } from '../stand-in/stand-in.ts';
import { exitOf, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';

// What npm really does with a flag typed before `--`: it keeps it (npm_config_dry_run=true) and passes nothing on.
describe('npm run deploy --dry-run, the `--` forgotten', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});
	afterEach(killSpawned);

	it('prints the commands and registers nothing, even with a token set', async () => {
		const { child, output } = spawnNpm(['run', '--silent', 'deploy', '--dry-run'], {
			DISCORD_TOKEN: standIn.token,
			DISCORD_APPLICATION_ID: standIn.applicationId,
			DISCORD_API_BASE: standIn.apiBase,
		});
		const code = await exitOf(child, 30_000);
		const { stdout, stderr } = output();
		expect(standIn.requests.filter((request) => !request.startsWith('GET '))).toEqual([]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toBeInstanceOf(Array);
		expect(stderr).toContain('npm run deploy -- --dry-run');
	}, 40_000);
});
