import type { DoorHarness } from './doors.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import type { InteractionSpec } from '../stand-in/interaction.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/** Any interaction's first response (its callback). */
export const CALLBACK = /^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;

/** Queries the seed text answers, for bursts of interactions. */
export const QUERIES = ['terrorism', 'poverty', 'human rights', 'disarmament'];

/** Faults planned for one interaction's own requests: its callback, and the edit of its original message. */
export type Plan = (callback: RegExp, edit: RegExp) => void;

/**
 * Dispatches an interaction after planning faults for its own requests only (see `Plan`), so that a fault the bot
 * rightly never meets (a retry it does not make) is left to no other interaction.
 */
export function dispatchPlanned(h: DoorHarness, spec: InteractionSpec, plan: Plan): InteractionRecord {
	const record = h.standIn.createInteraction(spec);
	plan(
		new RegExp(`^POST /api/v10/interactions/${record.id}/[^/]+/callback$`),
		new RegExp(`^PATCH /api/v10/webhooks/\\d+/${record.token}/messages/(@|%40)original$`),
	);
	h.standIn.gateway.dispatch('INTERACTION_CREATE', record.payload, GUILD_ID);
	return record;
}
