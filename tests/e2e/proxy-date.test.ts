import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { DiscordClock, WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/**
 * Discord's time as the bot hears it with REST responses (their `Date`) is not Discord's clock when a REST proxy in
 * front of Discord (`DISCORD_API_BASE`) dates them by its own, here 5 s ahead (or when one reading is off). The ids
 * still say that interactions arrive fresh. Taken as a hard bound, such a `Date` made every interaction look seconds
 * old and given up as expired, through both doors, for as long as it was remembered: a bot that answered nothing. It
 * is doubted once it has contradicted the ids for a while (here at once).
 */
describe.each(['gateway', 'http'] as const)(
	'through the %s door, REST responses dated 5 s ahead of Discord',
	(door) => {
		const slow = gatedCommand('slow');
		let h: DoorHarness;
		/** Its answer wherever it landed (completed after a deferral); fails when it was given up or refused. */
		const answer = async (record: InteractionRecord) => {
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			const shown = await h.standIn.answerOf(record, 15_000);
			expect(record.rejections).toEqual([]);
			return shown;
		};
		const conclusions = (query: string, ageMs = 0) => ({ ...h.standIn.commandSpec('conclusions', { query }), ageMs });

		beforeAll(async () => {
			const core = new BotCore(seedCore().context, { ...commands, chatInput: [...commands.chatInput, slow.command] });
			// The heard time is doubted once it has contradicted the ids at all, rather than for half a minute (see the unit
			// tests), so that the test waits on events, not on the clock.
			h = await startDoor(
				door,
				core,
				{ dateAheadMs: 5000 },
				{ clock: new DiscordClock(undefined, { heardDoubtedAfterMs: 0 }) },
			);
			// Starting a bot (generously), on a machine that may be very busy.
		}, 60_000);
		afterAll(async () => {
			await h?.close();
		});

		it('answers fresh and late interactions though the proxy’s dates have been heard', async () => {
			// An answer slower than the window: deferred, then edited in through the proxy, whose response's Date is heard
			// (the gateway has heard one at login already).
			const record = await h.send(h.standIn.commandSpec('slow', {}));
			expect(record.acknowledgement?.type).toBe(5);
			slow.release();
			expect(await answer(record)).toMatchObject({ content: 'slow answer' });
			for (const query of ['peace', 'poverty'])
				expect(JSON.stringify((await answer(await h.send(conclusions(query))))?.embeds)).toContain('¶');
			// Delivered 2 s late: still in time.
			expect(JSON.stringify((await answer(await h.send(conclusions('terrorism', 2000))))?.embeds)).toContain('¶');
			expect(h.logs.filter((l) => l.includes('"outcome":"expired"'))).toEqual([]);
		});
	},
);
