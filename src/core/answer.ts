import type { APIApplicationCommandOptionChoice, APIInteractionResponse } from 'discord-api-types/v10';
import {
	autocompleteResponse,
	firstResponse,
	firstResponseJson,
	PONG,
	type Reply,
	type Visibility,
} from '../render/reply.ts';

/** How an interaction will be answered, known before any work: what a deferral must keep. */
export type Declared = 'pong' | 'choices' | Visibility;

/** A core's answer to an interaction: a PONG, autocomplete choices, or a handler's reply. */
export type Answer = { kind: 'pong' } | { kind: 'choices'; choices: APIApplicationCommandOptionChoice[] } | Reply;

/** The interaction response an answer makes when sent at once (its follow-ups left aside). */
export function responseOf(answer: Answer): APIInteractionResponse {
	if ('show' in answer) return firstResponse(answer);
	return answer.kind === 'pong' ? PONG : autocompleteResponse(answer.choices);
}

/** `responseOf` as the JSON text a door sends (a kept reply's written once: see `firstResponseJson`). */
export function responseJsonOf(answer: Answer): string {
	return 'show' in answer ? firstResponseJson(answer) : JSON.stringify(responseOf(answer));
}
