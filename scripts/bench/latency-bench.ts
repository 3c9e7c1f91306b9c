import { Client, Events, GatewayIntentBits, SlashCommandBuilder } from 'discord.js';
import { once } from 'node:events';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { messageResponse } from '../../src/render/reply.ts';
import { startHarness } from '../../tests/helpers/bot-harness.ts';
import { startHttpHarness } from '../../tests/helpers/http-harness.ts';
import { DiscordStandIn, type InteractionRecord } from '../../tests/stand-in/stand-in.ts';
import { check, summarize, time, timeAsync, type Check, type Summary } from './stats.ts';

/** Representative `/conclusions` queries: a word, a topic, a phrase, a query with a typo. */
export const LATENCY_QUERIES = ['terrorism', 'human rights', '"weapons of mass destruction"', 'peacekeping'];

export interface LatencyRow {
	label: string;
	ours: Summary;
	floor: Summary;
	/** The core alone (`BotCore.handle`), in process: what our answer adds over the floor's. */
	core: Summary;
	checks: Check[];
}

const acknowledged = (record: InteractionRecord) =>
	record.acknowledgement !== undefined || record.rejections.length > 0;

function refuseRejections(record: InteractionRecord, what: string): void {
	if (record.rejections.length > 0 || !record.acknowledgement)
		throw new Error(`bench: the stand-in refused ${what}: ${JSON.stringify(record.rejections)}`);
}

/** Alternates ours and the floor, `warmup` unmeasured pairs first. */
async function interleave(
	samples: number,
	warmup: number,
	ours: (i: number) => Promise<number>,
	floor: (i: number) => Promise<number>,
): Promise<{ ours: number[]; floor: number[] }> {
	const result = { ours: [] as number[], floor: [] as number[] };
	for (let i = 0; i < warmup + samples; i += 1) {
		const a = await ours(i);
		const b = await floor(i);
		if (i >= warmup) {
			result.ours.push(a);
			result.floor.push(b);
		}
	}
	return result;
}

function coreSummary(core: BotCore, build: (query: string) => Parameters<BotCore['handle']>[0], rounds: number) {
	const samples: number[] = [];
	for (let r = 0; r < rounds; r += 1) {
		for (const query of LATENCY_QUERIES) {
			const interaction = build(query);
			samples.push(time(() => void core.handle(interaction)));
		}
	}
	return summarize(samples);
}

function row(label: string, ours: number[], floor: number[], core: Summary): LatencyRow {
	const a = summarize(ours);
	const b = summarize(floor);
	return {
		label,
		ours: a,
		floor: b,
		core,
		checks: [
			check(`${label} p50 ratio`, a.p50 / b.p50, 1.15, 'max'),
			check(`${label} p99 ratio`, a.p99 / b.p99, 1.5, 'max'),
		],
	};
}

/**
 * Gateway: INTERACTION_CREATE sent by the stand-in → callback received. Ours is the real bot (seed corpus, cooldown
 * off); the floor is a bare discord.js client whose only handler is `interaction.reply('pong')`, through its own
 * stand-in (both would answer the same dispatch otherwise).
 */
export async function benchGateway(samples: number, warmup: number): Promise<LatencyRow> {
	const harness = await startHarness();
	const floorStandIn = await DiscordStandIn.start();
	const bare = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: floorStandIn.apiBase } });
	bare.on(Events.InteractionCreate, (interaction) => {
		// The stand-in refuses messages without allowed_mentions, as this project's policy: the floor sends it too.
		if (interaction.isChatInputCommand())
			interaction.reply({ content: 'pong', allowedMentions: { parse: [] } }).catch(() => {});
	});
	try {
		const ready = once(bare, Events.ClientReady);
		await bare.login(floorStandIn.token);
		await ready;
		const ourSpecs = LATENCY_QUERIES.map((query) => harness.standIn.commandSpec('conclusions', { query }));
		const pingSpec = floorStandIn.commandSpec('ping', {});
		const measure = async (standIn: DiscordStandIn, spec: Parameters<DiscordStandIn['dispatchInteraction']>[0]) => {
			let record: InteractionRecord | undefined;
			const ms = await timeAsync(async () => {
				record = standIn.dispatchInteraction(spec);
				await standIn.waitFor(record, acknowledged);
			});
			if (record) refuseRejections(record, 'an answer');
			return ms;
		};
		const result = await interleave(
			samples,
			warmup,
			(i) => measure(harness.standIn, ourSpecs[i % ourSpecs.length] ?? pingSpec),
			() => measure(floorStandIn, pingSpec),
		);
		const core = coreSummary(harness.core, (query) => interactionOf(harness.standIn, query), 50);
		return row('gateway /conclusions vs bare reply', result.ours, result.floor, core);
	} finally {
		await bare.destroy();
		await floorStandIn.close();
		await harness.close();
	}
}

function interactionOf(standIn: DiscordStandIn, query: string) {
	return standIn.createInteraction(standIn.commandSpec('conclusions', { query })).payload as unknown as Parameters<
		BotCore['handle']
	>[0];
}

/** The HTTP floor: a trivial command answered by the same server, same signature check, tiny payload. */
const echo: ChatInputCommand = {
	name: 'echo',
	definition: () => new SlashCommandBuilder().setName('echo').setDescription('Answers "echo"').toJSON(),
	respondsWith: () => 'public',
	execute: () => messageResponse({ content: 'echo' }),
};

/** HTTP mode: signed request → response, `/conclusions` against `/echo` on the same endpoint. */
export async function benchHttp(samples: number, warmup: number): Promise<LatencyRow> {
	const core = BotCore.load({ ...commands, chatInput: [...commands.chatInput, echo] });
	const harness = await startHttpHarness({ core });
	const url = `http://127.0.0.1:${harness.endpoint.port}/interactions`;
	const { standIn, discord } = harness;
	const measure = async (spec: Parameters<DiscordStandIn['createInteraction']>[0]) => {
		const record = standIn.createInteraction(spec);
		const body = JSON.stringify(record.payload);
		const timestamp = String(Math.floor(Date.now() / 1000));
		const headers = {
			'content-type': 'application/json',
			'x-signature-timestamp': timestamp,
			'x-signature-ed25519': discord.sign(timestamp, body),
		};
		let answer: unknown;
		const ms = await timeAsync(async () => {
			const response = await fetch(url, { method: 'POST', headers, body });
			answer = await response.json();
		});
		standIn.receiveHttpResponse(record, answer);
		refuseRejections(record, 'an HTTP answer');
		return ms;
	};
	try {
		const specs = LATENCY_QUERIES.map((query) => standIn.commandSpec('conclusions', { query }));
		const echoSpec = standIn.commandSpec('echo', {});
		const result = await interleave(
			samples,
			warmup,
			(i) => measure(specs[i % specs.length] ?? echoSpec),
			() => measure(echoSpec),
		);
		const coreOnly = coreSummary(core, (query) => interactionOf(standIn, query), 50);
		return row('HTTP /conclusions vs echo', result.ours, result.floor, coreOnly);
	} finally {
		await harness.close();
	}
}
