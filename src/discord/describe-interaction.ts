import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { NoticeOutcome } from './restart-notice.ts';

/** What a log line says about an interaction: never its token. Reads a validated interaction. */
export function describeInteraction(interaction: APIInteraction): { type: string; command?: string } {
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
			return { type: 'command', command: interaction.data.name };
		case InteractionType.ApplicationCommandAutocomplete:
			return { type: 'autocomplete', command: interaction.data.name };
		case InteractionType.MessageComponent:
			return { type: 'component', command: interaction.data.custom_id.split(':', 1)[0] };
		case InteractionType.ModalSubmit:
			return { type: 'modal' };
		case InteractionType.Ping:
			return { type: 'ping' };
	}
}

/** How one interaction ended, for its log line. */
export interface InteractionEnd {
	ms: number;
	/** `restarting`: the bot stopped before answering, and said so (see `notice`). */
	outcome: 'ok' | 'deferred' | 'expired' | 'gone' | 'error' | 'restarting';
	/** Its age on arrival. */
	ageMs: number;
	expired: 'arrival' | 'turn' | 'worked' | undefined;
	skewed: boolean;
	/** What became of the restarting notice, when there was one to send. */
	notice?: NoticeOutcome | undefined;
}

/**
 * The one line logged per interaction: what it was and how it ended; its age on arrival only where that decided
 * something (an answer sent at once says nothing more).
 */
export function interactionLine(described: ReturnType<typeof describeInteraction> | undefined, end: InteractionEnd) {
	return {
		...described,
		ms: end.ms,
		outcome: end.outcome,
		...(end.outcome === 'ok' ? {} : { ageMs: Math.round(end.ageMs) }),
		...(end.expired ? { expired: end.expired } : {}),
		...(end.skewed ? { clock: 'clock-skew' } : {}),
		...(end.notice ? { notice: end.notice } : {}),
	};
}
