import { expect } from 'vitest';
import type { InteractionRecord } from '../stand-in/stand-in.ts';
import type { HostileCase } from './hostile-table.ts';

/** A clear answer: acknowledged, nothing refused by the stand-in (limits, allowed_mentions), something to read. */
export function expectClearAnswer(record: InteractionRecord, expected: HostileCase['expect']): void {
	expect(record.rejections).toEqual([]);
	const ack = record.acknowledgement;
	expect(ack).toBeDefined();
	if (expected === 'choices') {
		expect(ack?.type).toBe(8);
		expect(Array.isArray(ack?.data?.choices)).toBe(true);
		return;
	}
	expect(expected === 'button' ? [4, 7] : [4]).toContain(ack?.type);
	const text = `${ack?.data?.content ?? ''}${JSON.stringify(ack?.data?.embeds ?? [])}`;
	expect(text.trim().length).toBeGreaterThan(0);
	expect(ack?.data?.allowed_mentions).toEqual({ parse: [] });
}
