import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { loadCoreFor } from '../../src/load-core.ts';
import { describeStartupError } from '../../src/startup-error.ts';
import { captureLogger } from '../helpers/capture-logger.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deploy-data-dir-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The folders a reader may point DATA_DIR at by mistake. */
const FOLDERS: [string, () => string][] = [
	['a folder that does not exist', () => join(scratch, 'missing')],
	['an empty folder', () => mkdtempSync(join(scratch, 'empty-'))],
	[
		'a data folder with no document yet',
		() => {
			const dir = mkdtempSync(join(scratch, 'no-document-'));
			for (const name of readdirSync(DEFAULT_DATA_DIR).filter((n) => n.endsWith('.json')))
				cpSync(join(DEFAULT_DATA_DIR, name), join(dir, name));
			mkdirSync(join(dir, 'documents'));
			return dir;
		},
	],
];

/** What `npm start` prints for this DATA_DIR (main.ts: the config, then loading, each failure through one line). */
async function startSays(dataDir: string): Promise<string> {
	try {
		const config = loadConfig({ DATA_DIR: dataDir });
		await loadCoreFor(config, captureLogger().logger);
	} catch (error) {
		return `${describeStartupError(error)}\n`;
	}
	throw new Error(`npm start loaded ${dataDir}`);
}

describe('npm run deploy on a DATA_DIR it cannot use', () => {
	it.each(FOLDERS)('%s: the line npm start prints, exit 1, no stack trace', async (_, folder) => {
		const dataDir = folder();
		const expected = await startSays(dataDir);
		expect(expected).not.toMatch(/\n\s+at /);
		for (const argv of [['--dry-run'], []]) {
			let stdout = '';
			let stderr = '';
			const code = await runDeploy(
				argv,
				{ DATA_DIR: dataDir, DISCORD_TOKEN: 'token-of-some-length', DISCORD_APPLICATION_ID: '123456789012345678' },
				{ stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
			);
			expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: expected });
		}
	});

	it('reports a wrong folder together with the credentials deploy lacks', async () => {
		let stderr = '';
		const code = await runDeploy(
			[],
			{ DATA_DIR: join(scratch, 'missing') },
			{
				stdout: () => {},
				stderr: (t) => (stderr += t),
			},
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/^config: 3 problems[\s\S]*DATA_DIR[\s\S]*DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID/);
	});
});
