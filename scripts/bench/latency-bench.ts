import type { APIInteractionResponse } from 'discord-api-types/v10';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { startHarness } from '../../tests/helpers/bot-harness.ts';
import { seedCore } from '../../tests/helpers/corpus.ts';
import { startHttpHarness } from '../../tests/helpers/http-harness.ts';
import type { InteractionSpec } from '../../tests/stand-in/interaction.ts';
import type { DiscordStandIn, InteractionRecord } from '../../tests/stand-in/stand-in.ts';
import { startFloorClient, type FloorClient, type FloorKind } from './gateway-floors.ts';
import { echoCommand, precomputedCommand, startSameBodyEndpoint } from './http-floors.ts';
import {
	concurrently,
	coreSummary,
	interleave,
	LATENCY_QUERIES,
	latencyRow,
	type LatencyRow,
	type Measure,
} from './latency-sampling.ts';
import { timeAsync } from './stats.ts';

export type { LatencyRow } from './latency-sampling.ts';

export interface LatencyPlan {
	/** Sequential samples per sender, after `warmup` unmeasured rounds. */
	samples: number;
	warmup: number;
	/** Concurrent bursts per sender, `width` requests each. */
	rounds: number;
	width: number;
}

const acknowledged = (record: InteractionRecord) =>
	record.acknowledgement !== undefined || record.rejections.length > 0;

function refuseRejections(record: InteractionRecord, what: string): void {
	if (record.rejections.length > 0 || !record.acknowledgement)
		throw new Error(`bench: the stand-in refused ${what}: ${JSON.stringify(record.rejections)}`);
}

const queryAt = (i: number) => LATENCY_QUERIES[i % LATENCY_QUERIES.length] ?? '';

type RawInteraction = Parameters<BotCore['handle']>[0];

function interactionOf(standIn: DiscordStandIn, query: string): RawInteraction {
	return standIn.createInteraction(standIn.commandSpec('conclusions', { query })).payload as unknown as RawInteraction;
}

/** Our own answer to each latency query, computed once: the body the same-body floors send. */
async function precompute(core: BotCore, standIn: DiscordStandIn, into = new Map<string, APIInteractionResponse>()) {
	for (const query of LATENCY_QUERIES) into.set(query, await core.handle(interactionOf(standIn, query)));
	return into;
}

/** Gateway: INTERACTION_CREATE sent by a stand-in → its callback received. */
function gatewaySender(standIn: DiscordStandIn): Measure {
	return async (i) => {
		const spec = standIn.commandSpec('conclusions', { query: queryAt(i) });
		let record: InteractionRecord | undefined;
		const ms = await timeAsync(async () => {
			record = standIn.dispatchInteraction(spec);
			await standIn.waitFor(record, acknowledged);
		});
		if (record) {
			refuseRejections(record, 'an answer');
			standIn.forget(record);
		}
		return ms;
	};
}

const GATEWAY_FLOORS: { kind: FloorKind; label: string }[] = [
	{ kind: 'rest', label: 'same body, client.rest.post' },
	{ kind: 'reply', label: 'same body, interaction.reply' },
	{ kind: 'pong', label: "reply('pong')" },
];

/**
 * Gateway `/conclusions`: the real bot (seed corpus, cooldown off) against discord.js v14 clients that answer the
 * same query with our precomputed body (posted raw, or through `interaction.reply`) or with `pong`. Each client has
 * its own stand-in; samples alternate between all four.
 */
export async function benchGateway(plan: LatencyPlan): Promise<LatencyRow> {
	const harness = await startHarness();
	const floors: FloorClient[] = [];
	let door: Awaited<ReturnType<typeof startHarness>> | undefined;
	try {
		const bodies = await precompute(harness.core, harness.standIn);
		for (const { kind } of GATEWAY_FLOORS) floors.push(await startFloorClient(kind, bodies));
		// Our gateway adapter and core answering /conclusions with the precomputed body: the door without the search.
		door = await startHarness(
			{},
			new BotCore(harness.core.context, { chatInput: [precomputedCommand(bodies, 'conclusions')] }),
		);
		const senders = [harness.standIn, ...floors.map((f) => f.standIn), door.standIn].map(gatewaySender);
		const sequential = await interleave(plan.samples, plan.warmup, senders);
		const concurrent = await concurrently(plan.rounds, plan.width, senders);
		const core = coreSummary(harness.core, (query) => interactionOf(harness.standIn, query));
		const labels = ['ours', ...GATEWAY_FLOORS.map((f) => f.label), 'same body, our gateway adapter'];
		return latencyRow('gateway /conclusions', labels, sequential, concurrent, core, plan.width);
	} finally {
		for (const floor of floors) await floor.close();
		await door?.close();
		await harness.close();
	}
}

/**
 * HTTP `/conclusions`: signed request → response. Ours against a bare endpoint returning our precomputed body (the
 * target's floor), the same body through our own endpoint without the search, and the old `/echo` floor.
 */
export async function benchHttp(plan: LatencyPlan): Promise<LatencyRow> {
	const bodies = new Map<string, APIInteractionResponse>();
	const { context } = seedCore();
	const core = new BotCore(context, {
		...commands,
		chatInput: [...commands.chatInput, precomputedCommand(bodies), echoCommand],
	});
	const harness = await startHttpHarness({ core });
	const { standIn, discord } = harness;
	const bare = await startSameBodyEndpoint(discord.publicKeyHex, bodies);
	const ourUrl = `http://127.0.0.1:${harness.endpoint.port}/interactions`;
	const sender =
		(url: string, spec: (query: string) => InteractionSpec): Measure =>
		async (i) => {
			const record = standIn.createInteraction(spec(queryAt(i)));
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
			standIn.forget(record);
			return ms;
		};
	try {
		await precompute(core, standIn, bodies);
		const conclusions = (query: string) => standIn.commandSpec('conclusions', { query });
		const senders = [
			sender(ourUrl, conclusions),
			sender(bare.url, conclusions),
			sender(ourUrl, (query) => standIn.commandSpec('precomputed', { query })),
			sender(ourUrl, () => standIn.commandSpec('echo', {})),
		];
		const sequential = await interleave(plan.samples, plan.warmup, senders);
		const concurrent = await concurrently(plan.rounds, plan.width, senders);
		const coreOnly = coreSummary(core, (query) => interactionOf(standIn, query));
		const labels = ['ours', 'same body, bare endpoint', 'same body, our endpoint', '/echo, our endpoint'];
		return latencyRow('HTTP /conclusions', labels, sequential, concurrent, coreOnly, plan.width);
	} finally {
		await bare.close();
		await harness.close();
	}
}
