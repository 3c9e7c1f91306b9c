import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/core/cooldown.ts';

describe('Cooldown', () => {
	it('allows count searches per window, then says when to try again', () => {
		let now = 0;
		const cooldown = new Cooldown(2, 10, () => now);
		expect(cooldown.take('a')).toEqual({ ok: true });
		now = 3000;
		expect(cooldown.take('a')).toEqual({ ok: true });
		now = 4000;
		expect(cooldown.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
		expect(cooldown.take('b')).toEqual({ ok: true });
		now = 10_001;
		expect(cooldown.take('a')).toEqual({ ok: true });
	});

	it('forgets users whose window has passed', () => {
		let now = 0;
		const cooldown = new Cooldown(5, 10, () => now);
		for (let i = 0; i < 100; i += 1) cooldown.take(`user${i}`);
		expect(cooldown.size).toBe(100);
		now = 20_000;
		cooldown.take('late');
		expect(cooldown.size).toBe(1);
	});

	it.each([
		['5/10', true],
		['0', false],
		[' 3 / 60 ', true],
	])('parses %j (enabled: %s)', (spec, enabled) => {
		const parsed = Cooldown.parse(spec);
		expect(parsed).toBeInstanceOf(Cooldown);
		expect((parsed as Cooldown).enabled).toBe(enabled);
	});

	it.each([['fast'], ['5'], ['5/0'], ['-1/10']])('refuses %j', (spec) => {
		expect(Cooldown.parse(spec)).toBeInstanceOf(Error);
	});
});
