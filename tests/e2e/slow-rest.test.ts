import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Answer } from '../../src/core/answer.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import type { InteractionSpec } from '../stand-in/interaction.ts';
import { CALLBACK, dispatchPlanned, QUERIES, type Plan } from '../helpers/planned-dispatch.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

// discord.js percent-encodes the @ of @original in the path.
const EDIT_ORIGINAL = /^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/;
/** Discord's REST side slow or refusing for a while, through the gateway door (whose first responses are REST calls). */
describe('a slow or failing REST API, through the gateway door', () => {
	let h: DoorHarness;
	const completed = (r: InteractionRecord) =>
		h.standIn.waitFor(r, (x) => x.edits.length > 0 || x.rejections.some((j) => j.body.code !== 40060), 15_000);
	const interactionLines = () => h.logs.filter((l) => l.includes('"msg":"interaction"'));
	/** The log line of the test's one interaction, once written (lines carry no id: the first since the test began). */
	const itsLine = () => interactionLines()[linesBefore];
	let linesBefore = 0;
	beforeEach(async () => {
		// Every interaction of the tests before has its line (each writes one once it has ended).
		await expect.poll(() => interactionLines().length).toBe(h.standIn.interactions.size);
		linesBefore = h.standIn.interactions.size;
	});
	const dispatchWith = (spec: InteractionSpec, plan: Plan) => dispatchPlanned(h, spec, plan);
	/** The deferred placeholder was edited with the answer, nothing was refused, and the log says deferred. */
	const answeredInPlaceholder = async (record: InteractionRecord) => {
		await completed(record);
		expect(record.rejections).toEqual([]);
		expect(record.edits).toHaveLength(1);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
		await expect.poll(() => itsLine()).toContain('"outcome":"deferred"');
	};
	/** An interaction delivered 2.5 s late: the bot defers it at once. */
	const late = (query: string) => ({ ...h.standIn.commandSpec('conclusions', { query }), ageMs: 2500 });

	beforeAll(async () => {
		h = await startDoor('gateway', seedCore());
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('completes a deferral that landed although its answer was lost (a 502 after Discord took it)', async () => {
		h.standIn.failNext(CALLBACK, 502, 1, undefined, { afterHandling: true });
		const record = await h.send(late('terrorism'));
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		await completed(record);
		// The retry, when the window still allowed one, was refused as already acknowledged (40060); a machine too busy to
		// retry within the half second left makes none (a full suite run once did). Neither ended the
		// interaction: the placeholder was edited.
		expect(record.rejections.filter((r) => r.body.code !== 40060)).toEqual([]);
		expect(record.rejections.length).toBeLessThanOrEqual(1);
		expect(record.edits).toHaveLength(1);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
		// Logged as a deferred answer, not as gone.
		await expect
			.poll(() => h.logs.findLast((l) => l.includes('"msg":"interaction"')))
			.toContain('"outcome":"deferred"');
	});

	it('waits out a 429 with a 2 s retry-after on the edit, and the deferred answer still lands', async () => {
		h.standIn.failNext(EDIT_ORIGINAL, 429, 1, {
			message: 'You are being rate limited.',
			retry_after: 2,
			global: false,
		});
		const injected = h.standIn.faults.injected;
		const record = await h.send(late('poverty'));
		expect(record.acknowledgement?.type).toBe(5);
		await completed(record);
		expect(h.standIn.faults.injected).toBe(injected + 1);
		expect(record.rejections).toEqual([]);
		expect(record.edits).toHaveLength(1);
	});

	it('gives up a first response rate limited for longer than its window has left, instead of sending it late', async () => {
		const record = dispatchWith(
			{ ...h.standIn.commandSpec('conclusions', { query: 'terrorism' }), ageMs: 1000 },
			(own) =>
				h.standIn.failNext(own, 429, 1, { message: 'You are being rate limited.', retry_after: 2.5, global: false }),
		);
		await expect.poll(() => itsLine()).toContain('"outcome":"expired"');
		// Waited out, the retry came 3.5 s after the interaction's creation: 10062.
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement).toBeUndefined();
	});

	it('does not retry a first response after a server error when the retry could not arrive in time', async () => {
		// Discord's API takes 1.2 s to answer 502 (nothing taken), and would take as long again for the retry.
		const record = dispatchWith(
			{ ...h.standIn.commandSpec('conclusions', { query: 'poverty' }), ageMs: 1000 },
			(own) => {
				h.standIn.slowNext(own, 1200, 2);
				h.standIn.failNext(own, 502, 1);
			},
		);
		await expect.poll(() => itsLine()).toBeDefined();
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement).toBeUndefined();
	});

	it('completes a deferral that landed though its answer (a 502) came too late for any retry to tell', async () => {
		h.standIn.slowNext(CALLBACK, 700, 1, { afterHandling: true });
		h.standIn.failNext(CALLBACK, 502, 1, undefined, { afterHandling: true });
		const record = await h.send(late('human rights'));
		expect(record.acknowledgement?.type).toBe(5);
		// Retried, it would have been refused as past the window and left "thinking…".
		await answeredInPlaceholder(record);
	});

	it('ends as gone a deferral that did not land and could not be retried in time, when the webhook says so', async () => {
		const record = dispatchWith(late('disarmament'), (own) => {
			h.standIn.slowNext(own, 700);
			h.standIn.failNext(own, 502, 1);
		});
		await expect.poll(() => itsLine()).toContain('"outcome":"gone"');
		expect(record.acknowledgement).toBeUndefined();
		expect(record.rejections).toEqual([]);
		expect(record.edits).toEqual([]);
	});

	it('completes a deferral whose edit Discord answers with server errors for a few seconds', async () => {
		// More 503s than the REST client's own retries (three, at once) outlast.
		const record = dispatchWith(late('terrorism'), (_callback, edit) => h.standIn.failNext(edit, 503, 6));
		await h.standIn.waitFor(record, (r) => r.acknowledgement !== undefined);
		expect(record.acknowledgement?.type).toBe(5);
		await answeredInPlaceholder(record);
	});

	it('answers a burst in time while one first response takes 2 s to be answered', async () => {
		h.standIn.slowNext(CALLBACK, 2000, 1, { afterHandling: true });
		const first = h.standIn.dispatchInteraction(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		await h.standIn.waitFor(first, (r) => r.acknowledgement !== undefined);
		// The bot is still waiting for the answer to that first response when twenty more arrive.
		const burst = Array.from({ length: 20 }, (_, i) =>
			h.standIn.dispatchInteraction(h.standIn.commandSpec('conclusions', { query: QUERIES[i % QUERIES.length]! })),
		);
		const records = [first, ...burst];
		await Promise.all(records.map((r) => h.standIn.waitFor(r, (x) => x.acknowledgement !== undefined, 15_000)));
		await Promise.all(records.filter((r) => r.acknowledgement?.type === 5).map(completed));
		for (const record of records) {
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			const answer = record.acknowledgement?.type === 4 ? record.acknowledgement.data : record.edits[0];
			expect(JSON.stringify(answer?.embeds)).toContain('¶');
		}
	});
});

/** The real commands behind a core whose every answer fails (a bug): the error path answers instead. */
class FailingCore extends BotCore {
	override answer(): Promise<Answer> {
		return Promise.reject(new Error('test: the handler fails'));
	}
}

describe('the notice of a failed answer, through the gateway door', () => {
	let h: DoorHarness;

	beforeAll(async () => {
		h = await startDoor('gateway', new FailingCore(seedCore().context, commands));
		// A fresh interaction first (its answer is the notice), from which the bot learns the clocks agree.
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		// Starting a bot (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('is given up, not sent after the window, when its first response is rate limited past it', async () => {
		const record = dispatchPlanned(
			h,
			{ ...h.standIn.commandSpec('conclusions', { query: 'terrorism' }), ageMs: 1000 },
			(own) =>
				h.standIn.failNext(own, 429, 1, { message: 'You are being rate limited.', retry_after: 2.5, global: false }),
		);
		await expect.poll(() => h.logs.some((l) => l.includes('"msg":"could not send the error reply"'))).toBe(true);
		// Waited out, the notice came 3.5 s after the interaction's creation: 10062.
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement).toBeUndefined();
	});
});
