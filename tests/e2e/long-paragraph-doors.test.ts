import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { longText, withTexts } from '../helpers/synthetic.ts';
import { customIds } from '../stand-in/messages.ts';
import type { DiscordStandIn, InteractionRecord } from '../stand-in/stand-in.ts';

const EPHEMERAL = 64;
/** ¶3 about 4500 characters long (one message, two embeds) and ¶4 about 15,000 (more than three messages hold). */
const fourText = `${longText(15_000)} The end of four.`;
const corpus = withTexts(seedCorpus(), {
	'sg2084-3': `${longText(4500)} The end of three.`,
	'sg2084-4': fourText,
});
type Message = NonNullable<InteractionRecord['message']>;
const quotedText = (messages: readonly (Message | undefined)[]) =>
	messages
		.flatMap((message) => message?.embeds ?? [])
		.map((e) => (e.description ?? '').replace(/^>>> /u, ''))
		.join(' ')
		.replace(/\s+/gu, ' ');
const recordText = (record: InteractionRecord) =>
	quotedText([record.acknowledgement?.data, ...record.edits, ...record.followUps]);

/**
 * The bot's public messages the channel holds now, of the interactions since `before`: each response's own message
 * unless deleted, and every public follow-up (which nothing the bot offers can delete).
 */
function publicMessages(standIn: DiscordStandIn, before: ReadonlySet<string>): Message[] {
	const shown: Message[] = [];
	for (const record of standIn.interactions.values()) {
		if (before.has(record.id)) continue;
		if (record.message && !record.deleted && ((record.message.flags ?? 0) & EPHEMERAL) === 0)
			shown.push(record.message);
		shown.push(...record.followUps.filter((m) => ((m.flags ?? 0) & EPHEMERAL) === 0));
	}
	return shown;
}

describe.each(['gateway', 'http'] as const)('a long paragraph through the %s door', (door) => {
	let h: DoorHarness;
	let before: Set<string>;
	const channel = () => publicMessages(h.standIn, before);
	/** Every request of the test, refused by none: each payload within Discord's limits. */
	const refusals = () =>
		[...h.standIn.interactions.values()].filter((r) => !before.has(r.id)).flatMap((r) => r.rejections);
	/** Lets the bot finish what follows its first response (follow-ups, a deletion) before the channel is read. */
	const settled = () => new Promise((resolve) => setTimeout(resolve, 200));
	beforeAll(async () => {
		h = await startDoor(door, new BotCore({ corpus, index: indexOf(corpus) }, commands));
	});
	afterAll(async () => {
		await h?.close();
	});
	beforeEach(() => {
		before = new Set(h.standIn.interactions.keys());
	});

	it('/quote of one that fits one message: one message, whole, accepted by Discord', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
		await settled();
		expect(refusals()).toEqual([]);
		expect(record.followUps).toEqual([]);
		expect(channel()).toHaveLength(1);
		expect(recordText(record)).toContain('The end of three.');
		expect(recordText(record)).not.toContain('…');
		expect(customIds(record.message)).not.toContain('full:sg2084-3');
	});

	it('/quote of one longer than a message: exactly one public message, cut with a note and Read full', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '4' }));
		await settled();
		expect(refusals()).toEqual([]);
		expect(record.followUps).toEqual([]);
		const [post, ...more] = channel();
		expect(more).toEqual([]);
		expect(post?.content).toContain('¶4 is longer than one Discord message holds');
		expect(post?.content).toContain('Read full ¶4');
		expect(customIds(post)).toEqual(expect.arrayContaining(['full:sg2084-4', 'q:sg2084-3:p', 'del']));
		const shown = quotedText([post]);
		expect(shown).toMatch(/…$/u);
		// Cut at a word, and as much as one message holds; after the end of a sentence the ellipsis is set apart.
		const kept = shown.replace(/(?<=[.!?…][”"’»)\]]*) …$|…$/u, '');
		expect(fourText.startsWith(kept)).toBe(true);
		expect(fourText.charAt(kept.length)).toBe(' ');
		expect(shown.length).toBeGreaterThan(5000);
	});

	it('▶ ▶ ◀ on a public quote leave one message, showing the page it turned to; Delete leaves none', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
		const turns: [string, string][] = [
			['q:sg2084-4:n', '¶4'],
			['q:sg2084-5:n', '¶5'],
			['q:sg2084-4:p', '¶4'],
		];
		for (const [button, mark] of turns) {
			const turned = await h.click(record, button);
			await settled();
			expect(turned.acknowledgement?.type).toBe(7);
			expect(turned.followUps).toEqual([]);
			const [post, ...more] = channel();
			expect(more).toEqual([]);
			expect(post?.embeds?.[0]?.title).toBe(mark);
			// A note of parts below would point at messages that are not there.
			expect(post?.content).not.toContain('below');
		}
		expect(channel()[0]?.content).toContain('Read full ¶4');
		await h.click(record, 'del');
		await h.standIn.waitFor(record, (r) => r.deleted === true);
		await settled();
		expect(channel()).toEqual([]);
		expect(refusals()).toEqual([]);
	});

	it('Read full of it from the public post: the whole text, privately, and nothing more in the channel', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '4' }));
		const read = await h.click(record, 'full:sg2084-4');
		await h.standIn.waitFor(read, (r) => r.followUps.length >= 2 || r.rejections.length > 0, 10_000);
		await settled();
		expect(refusals()).toEqual([]);
		expect(read.acknowledgement?.data?.flags).toBe(EPHEMERAL);
		expect(read.followUps.length).toBeGreaterThanOrEqual(2);
		expect(read.followUps.map((m) => m.flags)).toEqual(read.followUps.map(() => EPHEMERAL));
		expect(recordText(read)).toBe(fourText.replace(/\s+/gu, ' '));
		// The whole view spreads over messages: it has no ◀ ▶, which could turn only its first.
		expect(customIds(read.message).filter((id) => id.startsWith('q:'))).toEqual([]);
		expect(channel()).toHaveLength(1);
		// Post from it: one public message again, which Delete removes.
		const posted = await h.click(read, 'post:sg2084-4');
		await settled();
		expect(posted.followUps).toEqual([]);
		expect(channel()).toHaveLength(2);
		await h.click(posted, 'del');
		await h.click(record, 'del');
		await h.standIn.waitFor(posted, (r) => r.deleted === true);
		await h.standIn.waitFor(record, (r) => r.deleted === true);
		expect(channel()).toEqual([]);
		expect(refusals()).toEqual([]);
	});
});
