import { describe, expect, it } from 'vitest';
import { KEY_MISMATCH_HINT, KeyMismatchWatch } from '../../src/discord/key-mismatch.ts';

describe('suspecting DISCORD_PUBLIC_KEY', () => {
	it('says once, when requests keep failing verification and none has passed since start', () => {
		const watch = new KeyMismatchWatch();
		expect(watch.observe('bad signature')).toBeUndefined();
		expect(watch.observe('bad signature')).toBe(KEY_MISMATCH_HINT);
		expect(watch.observe('bad signature')).toBeUndefined();
		expect(KEY_MISMATCH_HINT).toContain('DISCORD_PUBLIC_KEY');
		expect(KEY_MISMATCH_HINT).toContain('General Information');
	});

	it('says nothing once a request has passed: the key is right, the failures are someone else’s', () => {
		const watch = new KeyMismatchWatch();
		expect(watch.observe(undefined)).toBeUndefined();
		for (let i = 0; i < 10; i += 1) expect(watch.observe('bad signature')).toBeUndefined();
	});

	it('counts only signatures that fail verification, not requests without one or with an old timestamp', () => {
		const watch = new KeyMismatchWatch();
		for (const problem of ['missing headers', 'malformed signature', 'malformed timestamp', 'stale timestamp'] as const)
			expect(watch.observe(problem)).toBeUndefined();
		expect(watch.observe('bad signature')).toBeUndefined();
	});
});
