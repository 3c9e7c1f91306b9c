import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { longText, withTexts } from '../helpers/synthetic.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/** ¶3 about 4500 characters long (one message, two embeds) and ¶4 about 15,000 (three messages). */
const corpus = withTexts(seedCorpus(), {
	'sg2084-3': `${longText(4500)} The end of three.`,
	'sg2084-4': `${longText(15_000)} The end of four.`,
});
const quotedText = (record: InteractionRecord) =>
	[record.acknowledgement?.data, ...record.edits, ...record.followUps]
		.flatMap((message) => message?.embeds ?? [])
		.map((e) => e.description ?? '')
		.join(' ');

describe.each(['gateway', 'http'] as const)('a long paragraph through the %s door', (door) => {
	let h: DoorHarness;
	beforeAll(async () => {
		h = await startDoor(door, new BotCore({ corpus, index: indexOf(corpus) }, commands));
	});
	afterAll(async () => {
		await h?.close();
	});

	it('/quote of one that fits one message: one message, whole, accepted by Discord', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
		expect(record.rejections).toEqual([]);
		expect(record.followUps).toEqual([]);
		expect(quotedText(record)).toContain('The end of three.');
		expect(quotedText(record)).not.toContain('…');
	});

	it('/quote of one longer than a message: the rest follows in messages Discord accepts, whole', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '4' }));
		await h.standIn.waitFor(record, (r) => r.followUps.length >= 2 || r.rejections.length > 0, 10_000);
		expect(record.rejections).toEqual([]);
		expect(record.followUps.map((m) => m.flags ?? 0)).toEqual([0, 0]);
		expect(quotedText(record)).toContain('The end of four.');
	});

	it('▶ from ¶3 to it: the post turns to its first part, and the rest follows', async () => {
		const record = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
		const turned = await h.click(record, 'q:sg2084-4:n');
		await h.standIn.waitFor(turned, (r) => r.followUps.length >= 2 || r.rejections.length > 0, 10_000);
		expect(turned.rejections).toEqual([]);
		expect(turned.acknowledgement?.type).toBe(7);
		expect(quotedText(turned)).toContain('The end of four.');
	});

	it('Read full of it: privately, every part', async () => {
		const read = await h.send({
			type: 3,
			data: { custom_id: 'full:sg2084-4', component_type: 2 },
			message: { id: '9', content: '', embeds: [], components: [], flags: 64 },
		});
		await h.standIn.waitFor(read, (r) => r.followUps.length >= 2 || r.rejections.length > 0, 10_000);
		expect(read.rejections).toEqual([]);
		expect(read.acknowledgement?.data?.flags).toBe(64);
		expect(read.followUps.map((m) => m.flags)).toEqual([64, 64]);
		expect(quotedText(read)).toContain('The end of four.');
	});
});
