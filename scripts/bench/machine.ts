import { cpus, release, totalmem, type } from 'node:os';

/** What the numbers were measured on: ratios travel between machines, absolute times do not. */
export function describeMachine() {
	const cpu = cpus();
	return {
		cpu: cpu[0]?.model.trim() ?? 'unknown',
		cores: cpu.length,
		memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		os: `${type()} ${release()}`,
		pause: pausePenalty(),
	};
}

/** What a pause costs on this machine (see `pausePenalty`). */
export interface PausePenalty {
	/** p50 of a memory-bound job run back to back (ms). */
	backToBackMs: number;
	/** p50 of the same job right after a few milliseconds of arithmetic that touches no memory (ms). */
	afterPauseMs: number;
}

/**
 * How much slower the same memory-bound job runs right after a few milliseconds of other work than back to back: a
 * machine whose caches and predictors do not survive a pause (a virtual machine's exits, a shared core) charges it to
 * every search measured right after its scan, while the scan, a streaming read, hides it behind the prefetcher. The
 * job is 3000 lookups in a map of 300,000 string keys, about what planning and matching one query touch; the pause is
 * integer arithmetic on no memory, so it evicts nothing itself.
 */
export function pausePenalty(samples = 300): PausePenalty {
	const map = new Map<string, number>();
	for (let i = 0; i < 300_000; i += 1) map.set(`k${i}`, i);
	const keys = Array.from({ length: 3000 }, (_, i) => `k${(i * 7919) % 300_000}`);
	let sink = 0;
	const job = () => {
		for (const key of keys) sink += map.get(key) ?? 0;
	};
	const pause = () => {
		let s = 0;
		for (let i = 0; i < 5_000_000; i += 1) s = (s + i * 7) | 0;
		sink += s;
	};
	const p50 = (between: () => void) => {
		const times: number[] = [];
		for (let i = 0; i < samples; i += 1) {
			const started = performance.now();
			job();
			times.push(performance.now() - started);
			between();
		}
		return times.sort((a, b) => a - b)[samples >> 1] ?? 0;
	};
	p50(() => undefined);
	const backToBackMs = p50(() => undefined);
	const afterPauseMs = p50(pause);
	if (sink === 0) throw new Error('bench: the pause probe did no work');
	return { backToBackMs: Math.round(backToBackMs * 1000) / 1000, afterPauseMs: Math.round(afterPauseMs * 1000) / 1000 };
}
