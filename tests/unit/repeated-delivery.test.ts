import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Door, FirstSent } from '../../src/discord/interaction-door.ts';
import { RecentDeliveries, RememberingDoor } from '../../src/discord/repeated-delivery.ts';

/** A door that records what went through it. */
function recordingDoor(): Door & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		acknowledge: (json) => Promise.resolve(void calls.push(`ack ${json}`)),
		drop: (reason) => Promise.resolve(void calls.push(`drop ${reason}`)),
		repeat: () => Promise.resolve(void calls.push('repeat')),
	};
}

describe('interactions delivered again', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('remembers what went through the first delivery’s door first, for the deliveries after it', async () => {
		const inner = recordingDoor();
		const door = new RememberingDoor(inner);
		await door.acknowledge('{"type":5}');
		await door.drop('interaction expired');
		door.ended();
		expect(await door.sent).toEqual({ json: '{"type":5}' });
		// Everything still goes through to the door it wraps.
		expect(inner.calls).toEqual(['ack {"type":5}', 'drop interaction expired']);
		const dropped = new RememberingDoor(recordingDoor());
		await dropped.drop('interaction expired');
		expect(await dropped.sent).toEqual({ dropped: 'interaction expired' });
		const silent = new RememberingDoor(recordingDoor());
		silent.ended();
		expect(await silent.sent).toBeUndefined();
	});

	it('knows an id delivered again lately, and forgets it once past any window', async () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const recent = new RecentDeliveries();
		const first = new RememberingDoor(recordingDoor());
		expect(recent.earlier('1', first)).toBeUndefined();
		expect(recent.earlier('2', new RememberingDoor(recordingDoor()))).toBeUndefined();
		await first.acknowledge('{"type":4}');
		const again: Promise<FirstSent> | undefined = recent.earlier('1', new RememberingDoor(recordingDoor()));
		expect(await again).toEqual({ json: '{"type":4}' });
		// Ten seconds on, Discord's window has long closed: the id is forgotten (and no longer held in memory).
		vi.advanceTimersByTime(10_000);
		const late = new RememberingDoor(recordingDoor());
		expect(recent.earlier('1', late)).toBeUndefined();
		expect(recent.earlier('2', new RememberingDoor(recordingDoor()))).toBeUndefined();
		// The late delivery is now the one remembered.
		expect(recent.earlier('1', new RememberingDoor(recordingDoor()))).toBe(late.sent);
	});
});
