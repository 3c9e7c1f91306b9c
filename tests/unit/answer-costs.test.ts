import { describe, expect, it } from 'vitest';
import { AnswerCosts } from '../../src/discord/answer-costs.ts';

/** Estimates on a clock under the test's control. */
function costsAt(options: { caution?: number; priorMs?: number; oneOffs?: boolean } = {}) {
	let now = 0;
	const costs = new AnswerCosts({ ...options, now: () => now });
	return { costs, set: (at: number) => (now = at) };
}

describe('answer cost estimates', () => {
	it('start from the prior, then follow what is recorded', () => {
		const { costs } = costsAt({ caution: 2, priorMs: 5 });
		expect(costs.expectedMs).toBe(5);
		expect(costs.typicalMs).toBe(5);
		costs.record(20);
		expect(costs.expectedMs).toBe(40);
		expect(costs.typicalMs).toBe(20);
		costs.record(10);
		expect(costs.expectedMs).toBe(40);
		expect(costs.typicalMs).toBe(15);
		costs.record(30);
		expect(costs.expectedMs).toBe(60);
		expect(costs.typicalMs).toBe(20);
	});

	it('forgive the slowest one alone with `oneOffs`, not two', () => {
		const { costs } = costsAt({ caution: 1, priorMs: 0, oneOffs: true });
		costs.record(1);
		costs.record(900);
		expect(costs.expectedMs).toBe(1);
		costs.record(800);
		expect(costs.expectedMs).toBe(800);
	});

	it('forget measurements after 30 s, read however often in between', () => {
		const { costs, set } = costsAt({ caution: 1, priorMs: 0 });
		set(1000);
		costs.record(500);
		set(5000);
		costs.record(10);
		// Read many times while nothing changes: the same estimates.
		for (let i = 0; i < 3; i += 1) expect([costs.expectedMs, costs.typicalMs]).toEqual([500, 255]);
		set(31_000);
		expect(costs.expectedMs).toBe(500);
		// The 500 ms one is now older than 30 s: only the 10 ms one counts.
		set(31_001);
		expect([costs.expectedMs, costs.typicalMs]).toEqual([10, 10]);
		set(35_001);
		expect([costs.expectedMs, costs.typicalMs]).toEqual([0, 0]);
		costs.record(7);
		expect([costs.expectedMs, costs.typicalMs]).toEqual([7, 7]);
	});

	it('keep the last 64', () => {
		const { costs } = costsAt({ caution: 1, priorMs: 0 });
		costs.record(1000);
		for (let i = 0; i < 63; i += 1) costs.record(1);
		expect(costs.expectedMs).toBe(1000);
		costs.record(1);
		expect(costs.expectedMs).toBe(1);
	});
});
