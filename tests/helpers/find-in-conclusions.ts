import {
	InteractionResponseType,
	type APIInteraction,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { expect } from 'vitest';
import { buildInteraction, findInConclusions } from '../stand-in/interaction.ts';
import { validateMessage, type MessageBody } from '../stand-in/validate-message.ts';
import { seedCore, seedCorpus } from './corpus.ts';

/** SG/2084's paragraph `n`, as published. */
export const seedText = (n: number) => seedCorpus().paragraphById.get(`sg2084-${n}`)?.text ?? '';

/** "Find in conclusions" on a message of this text, as Discord would get the answer (checked against its limits). */
export async function find(content: string): Promise<APIInteractionResponseCallbackData> {
	const response = await seedCore().handle(
		buildInteraction(findInConclusions(content), 'token') as unknown as APIInteraction,
	);
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data as MessageBody)).toEqual([]);
	return response.data;
}
