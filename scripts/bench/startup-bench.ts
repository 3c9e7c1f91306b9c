import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordStandIn } from '../../tests/stand-in/stand-in.ts';
import { check, round, summarize, type Check, type Summary } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface StartupSample {
	ms: number;
	rssMb: number;
}

/** Resident memory of a process, from /proc (Linux); NaN elsewhere. */
function rssMb(pid: number): number {
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
		return line ? Number(line[1]) / 1024 : Number.NaN;
	} catch {
		return Number.NaN;
	}
}

/**
 * Starts `node <args>` against the stand-in and times spawn → the line that says it is connected (read on stderr),
 * then reads its RSS and stops it with SIGTERM. Never leaves the child behind.
 */
async function startOnce(args: string[], readyText: string, env: Record<string, string>): Promise<StartupSample> {
	const entry = args.join(' ');
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		cwd: ROOT,
		// Not the developer's .env: the bench says what each start is given.
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: devNull, ...env },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	try {
		const ms = await new Promise<number>((resolve, reject) => {
			let seen = '';
			const timer = setTimeout(() => reject(new Error(`bench: ${entry} was not ready in 120 s:\n${seen}`)), 120_000);
			child.stderr.on('data', (chunk: Buffer) => {
				seen += chunk.toString('utf8');
				if (seen.includes(readyText)) {
					clearTimeout(timer);
					resolve(performance.now() - started);
				}
			});
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`bench: ${entry} exited with ${code}:\n${seen}`));
			});
		});
		return { ms, rssMb: rssMb(child.pid ?? 0) };
	} finally {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		if (child.exitCode === null) child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(timer);
	}
}

export interface StartupRow {
	seed: { ours: Summary; bare: Summary; bareTsx: Summary; oursRssMb: number; bareRssMb: number };
	/** At the large corpus: `cold` builds the index (and writes its snapshot), `ours` loads the snapshot. */
	large: { ours: Summary; cold: Summary; rssMb: number; paragraphs: number; textMb: number };
	/** (RSS at the large corpus − RSS at seed) / raw text size. */
	rssGrowthPerTextByte: number;
	checks: Check[];
}

const median = (values: number[]) => summarize(values).p50;

/**
 * Start → ready and RSS of the real entry point (`src/main.ts`, gateway mode) at seed size, interleaved with the
 * bare bot, then at the large corpus (DATA_DIR).
 */
export async function benchStartup(
	large: { dir: string; paragraphs: number; textBytes: number },
	seedRuns: number,
	largeRuns: number,
): Promise<StartupRow> {
	const standIn = await DiscordStandIn.start();
	const cacheDir = mkdtempSync(join(tmpdir(), 'bench-startup-cache-'));
	const env = {
		INDEX_CACHE_DIR: cacheDir,
		DISCORD_TOKEN: standIn.token,
		DISCORD_API_BASE: standIn.apiBase,
		BOT_MODE: 'gateway',
		LOG_LEVEL: 'info',
		SEARCH_COOLDOWN: '0',
	};
	// As `npm start` runs it (scripts/launch.mjs: our modules bundled, run by plain node).
	const ours = (extra: Record<string, string> = {}) =>
		startOnce(['scripts/launch.mjs', 'src/main.ts'], 'connected to Discord', { ...env, ...extra });
	// The floor: a bare bot in plain JavaScript, run by plain node; and the same through tsx, as it was measured before
	// our start-up went through the launcher.
	const bare = () => startOnce(['scripts/bench/bare-bot.mjs'], 'ready', env);
	const bareTsx = () => startOnce(['--import', 'tsx', 'scripts/bench/bare-bot.mjs'], 'ready', env);
	try {
		// One unmeasured start each: the launcher's bundle, tsx's compile cache and the OS file cache warm up.
		await ours();
		await bare();
		await bareTsx();
		const seedOurs: StartupSample[] = [];
		const seedBare: StartupSample[] = [];
		const seedBareTsx: StartupSample[] = [];
		for (let i = 0; i < seedRuns; i += 1) {
			seedOurs.push(await ours());
			seedBare.push(await bare());
			seedBareTsx.push(await bareTsx());
		}
		// A cold start first (no snapshot of this corpus yet: build, write), then warm ones (load the snapshot).
		const largeCold = [await ours({ DATA_DIR: large.dir })];
		const largeOurs: StartupSample[] = [];
		for (let i = 0; i < largeRuns; i += 1) largeOurs.push(await ours({ DATA_DIR: large.dir }));
		const seedRss = median(seedOurs.map((s) => s.rssMb));
		const largeRss = median(largeOurs.map((s) => s.rssMb));
		const textMb = large.textBytes / 1024 / 1024;
		const growth = (largeRss - seedRss) / textMb;
		const oursSeed = summarize(seedOurs.map((s) => s.ms));
		const bareSeed = summarize(seedBare.map((s) => s.ms));
		return {
			seed: {
				ours: oursSeed,
				bare: bareSeed,
				bareTsx: summarize(seedBareTsx.map((s) => s.ms)),
				oursRssMb: round(seedRss, 1),
				bareRssMb: round(median(seedBare.map((s) => s.rssMb)), 1),
			},
			large: {
				ours: summarize(largeOurs.map((s) => s.ms)),
				cold: summarize(largeCold.map((s) => s.ms)),
				rssMb: round(largeRss, 1),
				paragraphs: large.paragraphs,
				textMb: round(textMb, 2),
			},
			rssGrowthPerTextByte: round(growth, 2),
			checks: [
				check('start-up seed: ours p50 / bare p50', oursSeed.p50 / bareSeed.p50, 1.3, 'max'),
				check(
					`start-up at ${large.paragraphs} ¶ with the index snapshot: p50 / ours at seed p50`,
					summarize(largeOurs.map((s) => s.ms)).p50 / oursSeed.p50,
					1.5,
					'max',
				),
				check('RSS growth at 30k / raw text size', growth, 8, 'max'),
			],
		};
	} finally {
		await standIn.close();
		rmSync(cacheDir, { recursive: true, force: true });
	}
}
