import { expect } from 'vitest';
import type { DiscordStandIn, InteractionRecord } from '../stand-in/stand-in.ts';
import type { HostileCase } from './hostile-table.ts';

/**
 * A clear answer: acknowledged, nothing refused by the stand-in (limits, allowed_mentions), something to read. The
 * bot may answer at once or defer first (when answers have lately been slow); a deferred answer is read where it
 * lands, in the edited placeholder or in a follow-up.
 */
export async function expectClearAnswer(
	standIn: DiscordStandIn,
	record: InteractionRecord,
	expected: HostileCase['expect'],
): Promise<void> {
	expect(record.rejections).toEqual([]);
	const ack = record.acknowledgement;
	expect(ack).toBeDefined();
	if (expected === 'choices') {
		expect(ack?.type).toBe(8);
		expect(Array.isArray(ack?.data?.choices)).toBe(true);
		return;
	}
	expect(expected === 'button' ? [4, 5, 6, 7] : [4, 5]).toContain(ack?.type);
	const answer = await standIn.answerOf(record);
	expect(record.rejections).toEqual([]);
	const text = `${answer?.content ?? ''}${JSON.stringify(answer?.embeds ?? [])}`;
	expect(text.trim().length).toBeGreaterThan(0);
	expect(answer?.allowed_mentions).toEqual({ parse: [] });
}
