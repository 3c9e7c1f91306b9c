/** Percentiles and ratios for the benchmarks: nearest-rank on sorted samples, in milliseconds. */
export interface Summary {
	n: number;
	p50: number;
	p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** Rounds to three significant decimals for reports (times in ms, ratios). */
export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/** A measured ratio against its target: `max` means "at most", `min` means "at least". */
export interface Check {
	name: string;
	value: number;
	target: number;
	kind: 'max' | 'min';
	met: boolean;
	/** Why this ratio is reported but is not a target (then `met` is not a verdict). */
	informational?: string;
}

export function check(name: string, value: number, target: number, kind: 'max' | 'min'): Check {
	return { name, value: round(value), target, kind, met: kind === 'max' ? value <= target : value >= target };
}

/** The same ratio, reported for information only, with the reason it is not a target. */
export function informational(measured: Check, reason: string): Check {
	return { ...measured, informational: reason };
}

/** Times one call in milliseconds. */
export function time(run: () => unknown): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

/** Times one async call in milliseconds. */
export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await run();
	return performance.now() - started;
}
