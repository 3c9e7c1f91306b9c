import type { BotCore } from '../../src/core/bot-core.ts';
import { check, summarize, time, type Check, type Summary } from './stats.ts';

/** Representative `/conclusions` queries: a word, a topic, a phrase, a query with a typo. */
export const LATENCY_QUERIES = ['terrorism', 'human rights', '"weapons of mass destruction"', 'peacekeping'];

/** One sender of interactions (ours or a floor): sequential samples and samples taken `width` at a time. */
export interface LatencyLine {
	label: string;
	sequential: Summary;
	concurrent: Summary;
	/** The share of sequential samples slower than `SLOW_MS`: the machine's hiccups, which decide a p99. */
	slowShare: number;
}

/**
 * A sequential sample slower than this is a hiccup, not the work: every door answers in well under a millisecond
 * at p50 here. When about 1% of every sender's samples are hiccups, p99 lands on one side of them or the other from
 * run to run, whatever the door.
 */
export const SLOW_MS = 1;

export interface LatencyRow {
	label: string;
	ours: LatencyLine;
	/** The floors, the one the targets use first. */
	floors: LatencyLine[];
	/** The core alone (`BotCore.handle`), in process: what our answer adds over the same-body floor's. */
	core: CoreSummary;
	/** How many requests were in flight at once in the concurrent runs. */
	width: number;
	checks: Check[];
}

/** One measured request: resolves with its latency in milliseconds; `i` picks the query. */
export type Measure = (i: number) => Promise<number>;

/**
 * Takes `samples` sequential measurements from each sender, in turn (ours, floor 1, floor 2, …, ours, …), after
 * `warmup` unmeasured rounds: a busy moment of the machine falls on every sender alike.
 */
export async function interleave(samples: number, warmup: number, senders: Measure[]): Promise<number[][]> {
	const result = senders.map(() => [] as number[]);
	for (let i = 0; i < warmup + samples; i += 1) {
		for (const [s, measure] of senders.entries()) {
			const ms = await measure(i);
			if (i >= warmup) result[s]?.push(ms);
		}
	}
	return result;
}

/**
 * `rounds` bursts of `width` requests sent at once, per sender in turn; each request's own latency is a sample, so
 * the result shows how answers queue behind each other when many users ask together.
 */
export async function concurrently(rounds: number, width: number, senders: Measure[]): Promise<number[][]> {
	const result = senders.map(() => [] as number[]);
	for (let round = 0; round < rounds; round += 1) {
		for (const [s, measure] of senders.entries()) {
			const burst = Array.from({ length: width }, (_, j) => measure(round * width + j));
			result[s]?.push(...(await Promise.all(burst)));
		}
	}
	return result;
}

/** The core alone: a repeated question (its kept reply, as in the measured loop), and a reply made afresh. */
export interface CoreSummary {
	repeated: Summary;
	fresh: Summary;
}

/**
 * `BotCore.handle` alone on the latency queries, in process: as the measured loop sees it (the queries repeat, so
 * the reply cache answers), and with the kept replies forgotten before each call (search, ranking and rendering
 * every time, as for a question asked for the first time).
 */
export function coreSummary(
	core: BotCore,
	interactionFor: (query: string) => Parameters<BotCore['handle']>[0],
): CoreSummary {
	const run = (forget: boolean) => {
		const samples: number[] = [];
		for (let round = 0; round < 50; round += 1) {
			for (const query of LATENCY_QUERIES) {
				const interaction = interactionFor(query);
				if (forget) core.replies.forget();
				samples.push(time(() => void core.handle(interaction)));
			}
		}
		return summarize(samples);
	};
	const fresh = run(true);
	// After one round every query's reply is kept, as in the measured loop.
	return { repeated: run(false), fresh };
}

/** The share of samples above `ms` (0 for none). */
const shareOver = (samples: readonly number[], ms: number): number =>
	samples.length === 0 ? 0 : samples.filter((sample) => sample > ms).length / samples.length;

/** Targets of the issue: against the same body sent with no work to compute it. */
export const P50_TARGET = 1.1;
export const P99_TARGET = 1.3;

/**
 * A latency row: ours and each floor, sequential and concurrent. The checks compare ours with the first floor (the
 * same body, sent the strictest way); the other floors are reported for reading.
 */
export function latencyRow(
	label: string,
	labels: string[],
	sequential: number[][],
	concurrent: number[][],
	core: CoreSummary,
	width: number,
): LatencyRow {
	const lines = labels.map((line, i) => ({
		label: line,
		sequential: summarize(sequential[i] ?? []),
		concurrent: summarize(concurrent[i] ?? []),
		slowShare: shareOver(sequential[i] ?? [], SLOW_MS),
	}));
	const [ours, ...floors] = lines;
	const target = floors[0];
	if (!ours || !target) throw new Error('bench: a latency row needs ours and at least one floor');
	return {
		label,
		ours,
		floors,
		core,
		width,
		checks: [
			check(`${label}: p50 / ${target.label}`, ours.sequential.p50 / target.sequential.p50, P50_TARGET, 'max'),
			check(`${label}: p99 / ${target.label}`, ours.sequential.p99 / target.sequential.p99, P99_TARGET, 'max'),
		],
	};
}
