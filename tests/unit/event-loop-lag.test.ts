import { describe, expect, it } from 'vitest';
import { EventLoopLag } from '../../src/discord/event-loop-lag.ts';

describe('EventLoopLag', () => {
	it('gives the longest stall of the last ten seconds, and forgets older ones', () => {
		let now = 100_000;
		const lag = new EventLoopLag({ now: () => now, sample: false });
		expect(lag.recentMs).toBe(0);
		lag.record(900);
		now += 2000;
		lag.record(300);
		expect(lag.recentMs).toBe(900);
		now += 9000;
		expect(lag.recentMs).toBe(300);
		now += 2000;
		expect(lag.recentMs).toBe(0);
	});

	it.each([
		[
			'a busy thread',
			(ms: number) => {
				const end = performance.now() + ms;
				while (performance.now() < end);
			},
		],
		[
			'a sleeping thread, in a promise’s continuation',
			(ms: number) => {
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
			},
		],
	])('sees a real stall of the event loop: %s', async (_how, stall) => {
		const lag = new EventLoopLag();
		try {
			await new Promise((resolve) => setTimeout(resolve, 50));
			stall(300);
			await new Promise((resolve) => setTimeout(resolve, 50));
			expect(lag.recentMs).toBeGreaterThanOrEqual(250);
		} finally {
			lag.stop();
		}
	});

	it('counts a stall that has just ended, asked before the sampler ticks again', async () => {
		const lag = new EventLoopLag();
		try {
			await new Promise((resolve) => setTimeout(resolve, 50));
			expect(lag.recentMs).toBeLessThan(250);
			const end = performance.now() + 300;
			while (performance.now() < end);
			expect(lag.recentMs).toBeGreaterThanOrEqual(250);
		} finally {
			lag.stop();
		}
	});
});
