import { DiscordSnowflake } from '@sapphire/snowflake';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DELIVERY_ALLOWANCE_MS, DiscordClock, SKEW_MS, WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { en } from '../../src/i18n/en.ts';
import { optionValues } from '../../src/core/options.ts';

const CREATED = Date.UTC(2026, 10, 29, 12, 0, 0);
/** An id Discord minted at `at`. */
const idAt = (at: number) => DiscordSnowflake.generate({ timestamp: at }).toString();

/** A host clock under the test's control. */
function hostClock(start: number) {
	let now = start;
	return { clock: new DiscordClock(() => now), set: (at: number) => (now = at) };
}

describe('Discord’s clock, read from interaction ids', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('reads the creation time from a snowflake (Discord epoch 2015)', () => {
		expect(DiscordClock.createdAt('175928847299117063')).toBe(1462015105796);
		expect(DiscordClock.createdAt(idAt(CREATED))).toBe(CREATED);
	});

	it('counts age from creation, not from arrival', () => {
		const { clock } = hostClock(CREATED + 40);
		expect(clock.arrived(idAt(CREATED + 40))).toEqual({ ms: 0, leastMs: 0, skewed: false, byArrival: false });
		// Created 2.5 s before it reached us: 2.5 s old already.
		expect(clock.arrived(idAt(CREATED - 2460))).toEqual({ ms: 2500, leastMs: 2500, skewed: false, byArrival: false });
	});

	it('learns a host clock that runs ahead from the smallest gap, so interactions do not all look old', () => {
		const ahead = 5000;
		const { clock, set } = hostClock(CREATED + ahead + 30);
		// The quickest delivery is taken to have lasted the allowance, the rest of its gap is the host clock ahead.
		expect(clock.arrived(idAt(CREATED)).ms).toBe(DELIVERY_ALLOWANCE_MS);
		expect(clock.offsetMs).toBe(ahead + 30 - DELIVERY_ALLOWANCE_MS);
		set(CREATED + 1000 + ahead + 10);
		// A quicker delivery lowers the offset.
		expect(clock.arrived(idAt(CREATED + 1000)).ms).toBe(DELIVERY_ALLOWANCE_MS);
		expect(clock.offsetMs).toBe(ahead + 10 - DELIVERY_ALLOWANCE_MS);
		set(CREATED + 2000 + ahead + 10 + 3000);
		// One that waited 3 s more than the quickest is expired, whatever the host clock says.
		expect(clock.arrived(idAt(CREATED + 2000)).ms).toBe(3000 + DELIVERY_ALLOWANCE_MS);
	});

	it('takes gaps within what a delivery can take as delivery, not as a clock ahead', () => {
		const { clock, set } = hostClock(CREATED + 400);
		expect(clock.arrived(idAt(CREATED)).ms).toBe(400);
		expect(clock.offsetMs).toBe(0);
		set(CREATED + 2500 + 2500);
		expect(clock.arrived(idAt(CREATED + 2500)).ms).toBe(2500);
	});

	it('learns a host clock that runs behind from ids "from the future", so late deliveries do not look young', () => {
		const behind = 2000;
		const { clock, set } = hostClock(CREATED - behind + 5);
		// Delivered 5 ms after creation by Discord's clock, read as 2 s before creation by the host's.
		expect(clock.arrived(idAt(CREATED))).toEqual({ ms: 0, leastMs: 0, skewed: false, byArrival: false });
		expect(clock.offsetMs).toBe(5 - behind);
		// Created 2.5 s before it reached us: by the host clock only 0.5 s, but 2.5 s by Discord's, which counts.
		set(CREATED + 10_000 - behind + 5);
		expect(clock.arrived(idAt(CREATED + 10_000 - 2500)).ms).toBe(2500);
	});

	it('reads ages as young as the readings allow for giving up, and cautiously for deferring', () => {
		const ahead = 1500;
		const { clock, set } = hostClock(CREATED + ahead + 2);
		clock.arrived(idAt(CREATED));
		set(CREATED + 5000 + ahead + 2);
		// Delivered 2.6 s after the quickest would have been. That one may have taken up to the allowance (the older
		// reading) or no time at all (the younger one).
		expect(clock.arrived(idAt(CREATED + 5000 - 2600))).toEqual({
			ms: 2600 + DELIVERY_ALLOWANCE_MS,
			leastMs: 2600,
			skewed: false,
			byArrival: false,
		});
		const created = CREATED + 5000 - 2600;
		const arrival = { ms: 0, leastMs: 0, skewed: false, byArrival: false };
		set(CREATED + 5100 + ahead + 2);
		expect(clock.ageNow(created, arrival, 0)).toBe(2700 + DELIVERY_ALLOWANCE_MS);
		expect(clock.ageNow(created, arrival, 0, true)).toBe(2700);
	});

	it.each([
		['over a minute in the future (host clock far behind)', -SKEW_MS - 1],
		['over a minute old (host clock far ahead)', SKEW_MS + 1],
	])('before Discord’s time is heard, takes an id %s as just arrived, flagged as clock skew', (_name, gap) => {
		const { clock } = hostClock(CREATED + gap);
		expect(clock.arrived(idAt(CREATED))).toEqual({ ms: 0, leastMs: 0, skewed: true, byArrival: true });
		// A skewed reading does not become the offset.
		expect(clock.offsetMs).toBe(0);
	});

	it.each([
		['70 s ahead', 70_000],
		['70 s behind', -70_000],
		['an hour ahead', 3_600_000],
	])(
		'learns a host clock %s that Discord’s heard time confirms: a late delivery is late, a fresh one fresh',
		(_name, ahead) => {
			const { clock, set } = hostClock(CREATED + ahead + 3);
			// The Date of a response Discord wrote 300 ms before the first interaction (rounded down to its second).
			clock.heard(Math.floor((CREATED - 300) / 1000) * 1000);
			expect(clock.arrived(idAt(CREATED))).toMatchObject({ leastMs: 0, byArrival: false });
			// Off by more than a minute: said in the log, though read right.
			expect(clock.arrived(idAt(CREATED)).skewed).toBe(Math.abs(ahead) > SKEW_MS);
			// Delivered 2.6 s late: 2.6 s old, not fresh (it would be answered after the window).
			set(CREATED + 10_000 + ahead + 3);
			const late = clock.arrived(idAt(CREATED + 10_000 - 2600));
			expect(late.leastMs).toBe(2600);
			expect(late.ms).toBeGreaterThanOrEqual(2600);
			// A fresh one after it is not 70 s old either.
			expect(clock.arrived(idAt(CREATED + 10_000)).leastMs).toBe(0);
		},
	);

	it('bounds by the heard time a first interaction delivered half a minute late on a host clock in step', () => {
		const { clock } = hostClock(CREATED);
		clock.heard(Math.floor((CREATED - 200) / 1000) * 1000);
		// Not taken as a host clock 30 s ahead, nor as just arrived: too old to answer.
		const age = clock.arrived(idAt(CREATED - 30_000));
		expect(age.byArrival).toBe(false);
		expect(age.leastMs).toBeGreaterThan(29_000);
		// An id over a minute older than Discord's heard time is no interaction's time (a PING's may be any number).
		expect(clock.arrived('1')).toMatchObject({ ms: 0, byArrival: true });
	});

	it('takes an id created after Discord’s heard time allows as just arrived, and does not learn from it', () => {
		const { clock } = hostClock(CREATED);
		clock.heard(Math.floor((CREATED - 200) / 1000) * 1000);
		// Created, by its id, 5 s after it arrived: no clock offset explains it, Discord's time being heard.
		expect(clock.arrived(idAt(CREATED + 5000))).toEqual({ ms: 0, leastMs: 0, skewed: true, byArrival: true });
		const late = clock.arrived(idAt(CREATED - 2500));
		expect(late.byArrival).toBe(false);
		expect(late.ms).toBeGreaterThanOrEqual(2500);
	});

	it('bounds the offset by Discord’s heard time when every interaction seen was delivered late', () => {
		const { clock, set } = hostClock(CREATED + 2000);
		// A response dated (rounded down to the second) 300 ms before it arrived, clocks in step.
		const dated = Math.floor((CREATED + 1700) / 1000) * 1000;
		clock.heard(dated);
		const heardGap = CREATED + 2000 - dated;
		// The first interaction was delivered 2 s late: from its id alone, a host 2 s ahead.
		expect(clock.arrived(idAt(CREATED))).toEqual({
			// Cautiously, the heard time taken as rounded down by a whole second: at least as old as it is.
			ms: 2000 - heardGap + 1000,
			// At the youngest, by half a second.
			leastMs: 2000 - heardGap + 500,
			skewed: false,
			byArrival: false,
		});
		expect(clock.arrived(idAt(CREATED)).ms).toBeGreaterThanOrEqual(2000);
		// Once a fresh interaction is seen, its id is the closer reading again.
		set(CREATED + 3000 + 4);
		expect(clock.arrived(idAt(CREATED + 3000))).toEqual({ ms: 4, leastMs: 0, skewed: false, byArrival: false });
		expect(clock.offsetMs).toBe(0);
	});

	it('reads a fresh bot’s first interaction, delivered a second late, no younger than Discord’s heard time allows', () => {
		const { clock } = hostClock(CREATED + 1000);
		// A response Discord dated 700 ms before the interaction arrived (rounded down to a whole second).
		clock.heard(CREATED + 1000 - 700);
		// Its id alone could be a host clock a second ahead and an instant delivery; the heard time says the host clock
		// is at most 700 ms ahead.
		expect(clock.arrived(idAt(CREATED)).leastMs).toBe(300);
	});

	it.each([
		['a REST proxy dating responses 5 s ahead, from the first', 5000, 0],
		['one response dated 3 s ahead, after fresh interactions', 3000, 3],
	])('doubts a heard time that has put every interaction past the window for 30 s: %s', (_name, ahead, freshFirst) => {
		const { clock, set } = hostClock(CREATED);
		for (let i = 0; i < freshFirst; i += 1) expect(clock.arrived(idAt(CREATED - 20)).leastMs).toBe(0);
		// Dated ahead of the arrival by `ahead` (a whole second, as Date headers are): by it, every interaction seen from
		// now on was delivered `ahead` late, past the window.
		clock.heard(CREATED + ahead);
		set(CREATED + 1000);
		// Believed at first, as it must be for a burst delivered late to a fresh bot (read within seconds): given up.
		expect(clock.arrived(idAt(CREATED + 1000 - 20)).leastMs).toBeGreaterThanOrEqual(WINDOW_MS);
		set(CREATED + 20_000);
		expect(clock.arrived(idAt(CREATED + 20_000 - 20)).leastMs).toBeGreaterThanOrEqual(WINDOW_MS);
		// Half a minute on, it is doubted: answered, as young as the ids allow; cautiously old enough to be deferred.
		set(CREATED + 31_000);
		const fresh = clock.arrived(idAt(CREATED + 31_000 - 20));
		expect(fresh).toMatchObject({ leastMs: 0, byArrival: false });
		expect(fresh.ms).toBeGreaterThanOrEqual(ahead);
		// A late one is still read as late by its id: 2.6 s old, not fresh.
		set(CREATED + 32_000);
		expect(clock.arrived(idAt(CREATED + 32_000 - 2600)).leastMs).toBe(2600 - 20);
	});

	it('ignores a heard time more than a day off', () => {
		const { clock } = hostClock(CREATED);
		clock.heard(CREATED - 25 * 60 * 60_000);
		// Read from the id alone, as by a clock that heard nothing.
		const { clock: deaf } = hostClock(CREATED);
		expect(clock.arrived(idAt(CREATED - 2000))).toEqual(deaf.arrived(idAt(CREATED - 2000)));
	});

	it('is not moved by a step of the host’s wall clock: an interaction after it is as old as before', () => {
		const realNow = Date.now.bind(Date);
		let step = 0;
		vi.spyOn(Date, 'now').mockImplementation(() => realNow() + step);
		const clock = new DiscordClock();
		// Discord's clock agrees with the host's wall clock at first.
		expect(clock.arrived(idAt(realNow())).leastMs).toBeLessThan(500);
		// NTP steps the wall clock 5 s forward; Discord's clock (which mints the ids) is where it was.
		step = 5000;
		const age = clock.arrived(idAt(realNow()));
		expect(age.leastMs).toBeLessThan(500);
		expect(age.ms).toBeLessThan(500);
	});

	it('forgets gaps older than ten minutes', () => {
		const { clock, set } = hostClock(CREATED + 2000);
		clock.arrived(idAt(CREATED));
		expect(clock.offsetMs).toBe(2000 - DELIVERY_ALLOWANCE_MS);
		set(CREATED + 11 * 60_000);
		expect(clock.offsetMs).toBe(0);
	});
});

describe('user strings never reach Object.prototype', () => {
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])('locale %j is English', (locale) => {
		expect(messagesFor(locale)).toBe(en);
	});

	it('keeps options named like Object’s properties as plain values, first one wins', () => {
		const values = optionValues([
			{ name: '__proto__', value: 'a' },
			{ name: 'constructor', value: 'b' },
			{ name: 'constructor', value: 'c' },
		]);
		expect(Object.getPrototypeOf(values)).toBeNull();
		expect(values.__proto__).toBe('a');
		expect(values.constructor).toBe('b');
		expect(Object.hasOwn(values, 'toString')).toBe(false);
		expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
	});
});
