/**
 * Plays Discord's clock against a bot under load: the stand-in in this process, the bot in its own (as in production,
 * so that the bot's stalls do not stall "Discord"), `yes` processes hogging the cores, bursts of interactions, the
 * stand-in's clock ahead of or behind the bot's, and first responses held on their way to it. Prints one JSON line of
 * counts: interactions sent, acknowledged in time, refused (late, twice), never acknowledged, deferred and completed.
 *
 *   npx tsx scripts/window-load.ts --mode gateway|http|shards --burst 100 --waves 3 --ahead=-1500 --delay 300 --hogs 2
 *
 * `--ahead`: Discord's clock ahead of the host's (ms); `--late`: interactions delivered this late; `--delay`: each first
 * response held this long by "Discord"; `--stall N --every M`: the bot's event loop blocked N ms every M ms; `--hogs`:
 * `yes` processes started once the bot is up (killed at the end, with the bot); `BOT_DIR`: the checkout to run the bot
 * from (another version, side by side); `--log`: where to write the bot's log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { standInWithCommands } from '../tests/helpers/bot-harness.ts';
import { seedCore } from '../tests/helpers/corpus.ts';
import { SigningDiscord } from '../tests/helpers/signing-discord.ts';
import { GUILD_ID, SECOND_GUILD_ID } from '../tests/stand-in/fixtures.ts';
import type { InteractionRecord } from '../tests/stand-in/stand-in.ts';

const { values } = parseArgs({
	options: {
		mode: { type: 'string', default: 'gateway' },
		burst: { type: 'string', default: '100' },
		waves: { type: 'string', default: '3' },
		ahead: { type: 'string', default: '0' },
		delay: { type: 'string', default: '0' },
		hogs: { type: 'string', default: '2' },
		late: { type: 'string', default: '0' },
		gap: { type: 'string', default: '2000' },
		stall: { type: 'string', default: '0' },
		every: { type: 'string', default: '700' },
		log: { type: 'string' },
	},
});
const mode = values.mode;
const burst = Number(values.burst);
const waves = Number(values.waves);
const delayMs = Number(values.delay);
const lateMs = Number(values.late);

const QUERIES = ['terrorism', 'human rights', 'poverty', 'regional organizations', 'weapons of mass destruction'];

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

const children: ChildProcess[] = [];
const cleanup = () => {
	for (const child of children.splice(0)) {
		try {
			if (child.pid) process.kill(-child.pid, 'SIGKILL');
		} catch {
			// Gone already.
		}
	}
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

const standIn = await standInWithCommands(seedCore(), { clockAheadMs: Number(values.ahead) });
const discord = new SigningDiscord(() => standIn.now());
const port = await freePort();
const env: Record<string, string> = {
	PATH: process.env.PATH ?? '',
	HOME: process.env.HOME ?? '',
	LOG_LEVEL: 'info',
	DISCORD_API_BASE: standIn.apiBase,
	SEARCH_COOLDOWN: '0',
};
if (mode === 'http')
	Object.assign(env, { DISCORD_PUBLIC_KEY: discord.publicKeyHex, PORT: String(port), HOST: '127.0.0.1' });
else Object.assign(env, { DISCORD_TOKEN: standIn.token, BOT_MODE: 'gateway' });
// A slow event loop in the bot: every 700 ms, `stall` ms of synchronous work (a GC pause, a big task elsewhere).
if (Number(values.stall) > 0)
	env.NODE_OPTIONS = `--import data:text/javascript,${encodeURIComponent(
		`setInterval(()=>{const e=performance.now()+${Number(values.stall)};while(performance.now()<e);},${Number(values.every)}).unref()`,
	)}`;
if (mode === 'shards') Object.assign(env, { SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0' });
const bot = spawn(process.execPath, ['scripts/launch.mjs', 'src/main.ts'], {
	cwd: process.env.BOT_DIR ?? process.cwd(),
	env,
	detached: true,
	stdio: ['ignore', 'ignore', 'pipe'],
});
children.push(bot);
let log = '';
bot.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

const guilds = mode === 'shards' ? [GUILD_ID, SECOND_GUILD_ID] : [GUILD_ID];
const spec = (i: number) =>
	standIn.commandSpec(
		'conclusions',
		{ query: QUERIES[i % QUERIES.length] ?? '' },
		{ guildId: guilds[i % guilds.length], ageMs: lateMs },
	);

const httpStatuses: Record<number, number> = {};
function send(i: number): InteractionRecord {
	if (mode !== 'http') return standIn.dispatchInteraction(spec(i));
	const record = standIn.createInteraction(spec(i));
	void discord
		.post(`http://127.0.0.1:${port}`, JSON.stringify(record.payload))
		.then((answer) => {
			httpStatuses[answer.status] = (httpStatuses[answer.status] ?? 0) + 1;
			if (answer.status === 200) standIn.receiveHttpResponse(record, answer.body);
		})
		.catch(() => (httpStatuses[0] = (httpStatuses[0] ?? 0) + 1));
	return record;
}

// Ready: gateway sessions, or /healthz.
if (mode === 'http') {
	for (;;) {
		const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
			(r) => r.ok,
			() => false,
		);
		if (ok) break;
		await sleep(200);
	}
} else await standIn.gateway.waitForSessions(guilds.length, 120_000);
// Fresh interactions first: the offset is learned, the first search's tables made.
for (let i = 0; i < 3 * guilds.length; i += 1) {
	const record = send(i);
	await standIn
		.waitFor(record, (r) => r.acknowledgement !== undefined || r.rejections.length > 0, 30_000)
		.catch(() => {});
}
await sleep(500);

const hogs: ChildProcess[] = [];
for (let i = 0; i < Number(values.hogs); i += 1) {
	const hog = spawn('yes', [], { stdio: ['ignore', 'ignore', 'ignore'], detached: true });
	children.push(hog);
	hogs.push(hog);
}
await sleep(500);
if (delayMs > 0) standIn.slowNext(/\/callback$/u, delayMs, burst * waves);

const records: InteractionRecord[] = [];
for (let w = 0; w < waves; w += 1) {
	for (let i = 0; i < burst; i += 1) records.push(send(i));
	await sleep(Number(values.gap));
}
const settled = (r: InteractionRecord) => r.acknowledgement !== undefined || r.rejections.length > 0;
const deadline = Date.now() + 20_000;
while (Date.now() < deadline && !records.every(settled)) await sleep(200);
await sleep(3000);
for (const hog of hogs) if (hog.pid) process.kill(-hog.pid, 'SIGKILL');
children.splice(children.indexOf(hogs[0]!), hogs.length);
// Deferred ones completed?
const deferred = records.filter((r) => r.acknowledgement?.type === 5);
const completeBy = Date.now() + 60_000;
while (
	Date.now() < completeBy &&
	!deferred.every((r) => r.edits.length + r.followUps.length > 0 || r.rejections.length > 0)
)
	await sleep(200);

const codes = (code: number) => records.filter((r) => r.rejections.some((x) => x.body.code === code)).length;
const ackInTime = records.filter((r) => r.acknowledgement !== undefined).length;
const lines = log.split('\n').filter((l) => l.includes('"msg":"interaction"'));
const outcome = (o: string) => lines.filter((l) => l.includes(`"outcome":"${o}"`)).length;
const result = {
	mode,
	burst,
	waves,
	aheadMs: Number(values.ahead),
	delayMs,
	lateMs,
	hogs: hogs.length,
	sent: records.length,
	ackInTime,
	answered: records.filter((r) => r.acknowledgement?.type === 4).length,
	deferred: deferred.length,
	deferredCompleted: deferred.filter((r) => r.edits.length + r.followUps.length > 0).length,
	late10062: codes(10062),
	twice40060: codes(40060),
	otherRejections: records.filter((r) => r.rejections.some((x) => x.body.code !== 10062 && x.body.code !== 40060))
		.length,
	neverAcked: records.filter((r) => r.acknowledgement === undefined).length,
	botExpired: outcome('expired'),
	botGone: outcome('gone'),
	botError: outcome('error'),
	slowestAckMs: Math.max(...records.map((r) => r.acknowledgement?.afterMs ?? 0)),
	http: mode === 'http' ? httpStatuses : undefined,
	errors: log
		.split('\n')
		.filter((l) => /"level":(50|60)/u.test(l))
		.slice(0, 3)
		.map((l) => l.slice(0, 300)),
};
console.log(JSON.stringify(result));
if (values.log) (await import('node:fs')).writeFileSync(values.log, log);
cleanup();
await standIn.close();
process.exit(0);
