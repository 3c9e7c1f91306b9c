import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import type { APIInteraction } from 'discord-api-types/v10';
import type { Answer } from '../../src/core/answer.ts';
import type { DiscordClock } from '../../src/discord/discord-clock.ts';
import { startHarness } from './bot-harness.ts';
import { startHttpHarness } from './http-harness.ts';
import { seedCore } from './corpus.ts';
import { clickSpec, customIds } from '../stand-in/messages.ts';
import type { InteractionSpec } from '../stand-in/interaction.ts';
import type { DiscordStandIn, InteractionRecord, StandInOptions } from '../stand-in/stand-in.ts';

/** Never notified: waiting on it blocks the thread for the whole timeout. */
const NEVER = new Int32Array(new SharedArrayBuffer(4));

/**
 * Synchronous work that holds the process, as a slow search on a busy machine would (a timer cannot interrupt it):
 * nothing else in the process runs meanwhile. The thread sleeps rather than spins, so the suite's other files keep the
 * CPU (the deferral tests hold it for seconds in all); the bot measures answer costs in wall time, so it sees the same.
 */
export function busyFor(ms: number): void {
	const end = performance.now() + ms;
	for (let left = ms; left > 0; left = end - performance.now()) Atomics.wait(NEVER, 0, 0, left);
}

/** The real commands behind a core that first spends `slowMs` of synchronous work on every answer. */
export class SlowedCore extends BotCore {
	slowMs = 0;

	override async answer(interaction: APIInteraction): Promise<Answer> {
		busyFor(this.slowMs);
		return super.answer(interaction);
	}
}

export const slowedCore = () => new SlowedCore(seedCore().context, commands);

/**
 * The real commands behind a core whose next answers first stall the process for the times queued in `stalls` (one
 * stall per answer, while any are queued). The stand-in shares this process, which Discord does not: a first response
 * the bot has already written (a deferral over HTTP, which the stand-in reads some turns later) is let reach it before
 * the stall, as it would reach Discord while the bot's process stalls. Judged after the stall, a deferral sent in time
 * counted as late (10062).
 */
export class StallingCore extends BotCore {
	readonly stalls: number[] = [];
	#standIn: DiscordStandIn | undefined;

	/** The stand-in whose first responses are waited for before a stall. */
	heardBy(standIn: DiscordStandIn): void {
		this.#standIn = standIn;
	}

	override async answer(interaction: APIInteraction): Promise<Answer> {
		const ms = this.stalls.shift();
		if (ms) {
			await this.#firstResponseHeard(interaction.id);
			busyFor(ms);
		}
		return super.answer(interaction);
	}

	/** Until the stand-in has the interaction's first response, for at most 200 ms (an answer sent direct has none). */
	async #firstResponseHeard(id: string): Promise<void> {
		const record = this.#standIn?.interactions.get(id);
		if (record) await this.#standIn?.waitFor(record, settled, 200).catch(() => {});
	}
}

export const stallingCore = () => new StallingCore(seedCore().context, commands);

/** One door (gateway or HTTP) to the same core, driven the same way by tests. */
export interface DoorHarness {
	name: 'gateway' | 'http';
	standIn: DiscordStandIn;
	logs: string[];
	/** Sends an interaction; resolves once the bot's first response reached the stand-in, or the bot gave it up. */
	send(spec: InteractionSpec): Promise<InteractionRecord & { httpStatus?: number }>;
	/** Clicks a button of a message a record's response made (or edited in). */
	click(source: InteractionRecord, customId: string): Promise<InteractionRecord>;
	close(): Promise<void>;
}

const settled = (r: InteractionRecord) => r.acknowledgement !== undefined || r.rejections.length > 0;

/** The record once its deferred answer is edited in or refused (at once when it was not deferred). */
export async function withDeferredAnswer(
	standIn: DiscordStandIn,
	record: InteractionRecord,
): Promise<InteractionRecord> {
	if (record.acknowledgement?.type === 5)
		await standIn.waitFor(record, (r) => r.edits.length > 0 || r.rejections.length > 0, 15_000);
	return record;
}

/**
 * `standIn` sets up the stand-in, e.g. a Discord clock that disagrees with the host's (`clockAheadMs`); `clock` is the
 * bot's reading of Discord's clock, when a test makes its own.
 */
export async function startDoor(
	name: DoorHarness['name'],
	core: BotCore,
	standIn: StandInOptions = {},
	{ clock }: { clock?: DiscordClock } = {},
): Promise<DoorHarness> {
	if (name === 'gateway') {
		const h = await startHarness(standIn, core, clock ? { clock } : {});
		const expiredLines = () => h.logs.filter((l) => l.includes('"outcome":"expired"')).length;
		return {
			name,
			standIn: h.standIn,
			logs: h.logs,
			async send(spec) {
				const before = expiredLines();
				const record = h.standIn.dispatchInteraction(spec);
				// Over the gateway an expired interaction leaves no trace at Discord: only the bot's log line says so.
				await h.standIn.waitFor(record, (r) => settled(r) || expiredLines() > before, 15_000);
				return record;
			},
			click: (source, customId) => h.standIn.click(source, customId),
			close: () => h.close(),
		};
	}
	const h = await startHttpHarness({ core, standIn, clock });
	const post = async (record: InteractionRecord) => {
		const answer = await h.discord.post(h.endpoint.url, JSON.stringify(record.payload));
		if (answer.status === 200) h.standIn.receiveHttpResponse(record, answer.body);
		return Object.assign(record, { httpStatus: answer.status });
	};
	return {
		name,
		standIn: h.standIn,
		logs: h.logs,
		send: (spec) => post(h.standIn.createInteraction(spec)),
		async click(source, customId) {
			if (!customIds(source.message).includes(customId)) throw new Error(`test: the message has no button ${customId}`);
			const record = h.standIn.createInteraction(clickSpec(source, customId));
			// Known before the answer, since the webhook requests that follow it act on the source message.
			record.sourceId = source.id;
			return post(record);
		},
		close: () => h.close(),
	};
}
