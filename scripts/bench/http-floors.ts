import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { sendJson } from '../../src/discord/http-reply.ts';
import { readBody, TOO_LARGE } from '../../src/discord/read-body.ts';
import { checkSignature, publicKeyFromHex } from '../../src/discord/verify-signature.ts';
import { messageResponse } from '../../src/render/reply.ts';
import type { Bodies } from './gateway-floors.ts';

interface QueryOption {
	name: string;
	value?: unknown;
}

/** The `query` option of a raw interaction, if any. */
function queryOf(interaction: { data?: { options?: QueryOption[] } }): string {
	const value = interaction.data?.options?.find((o) => o.name === 'query')?.value;
	return typeof value === 'string' ? value : '';
}

export interface SameBodyEndpoint {
	url: string;
	close(): Promise<void>;
}

/**
 * The HTTP same-body floor: a bare `node:http` endpoint doing only what any Discord endpoint must (read the raw
 * body, check the Ed25519 signature, parse the JSON to know the interaction) and answering with the precomputed
 * body of our answer to the same query. No logging, no deferral timer, no core.
 */
export async function startSameBodyEndpoint(publicKeyHex: string, bodies: Bodies): Promise<SameBodyEndpoint> {
	const key = publicKeyFromHex(publicKeyHex);
	const server = createServer((request, response) => {
		void readBody(request).then((raw) => {
			if (raw === TOO_LARGE) return sendJson(response, 413, { error: 'too large' });
			const signature = request.headers['x-signature-ed25519'];
			const timestamp = request.headers['x-signature-timestamp'];
			const problem = checkSignature(
				key,
				typeof signature === 'string' ? signature : undefined,
				typeof timestamp === 'string' ? timestamp : undefined,
				raw,
			);
			if (problem) return sendJson(response, 401, { error: 'invalid request signature' });
			const interaction = JSON.parse(raw.toString('utf8')) as { type: number; data?: { options?: QueryOption[] } };
			if (interaction.type === 1) return sendJson(response, 200, { type: InteractionResponseType.Pong });
			const body = bodies.get(queryOf(interaction));
			return body ? sendJson(response, 200, body) : sendJson(response, 404, { error: 'no precomputed body' });
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`,
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** The old HTTP floor, kept as a second line: a trivial command on our own endpoint, tiny payload. */
export const echoCommand: ChatInputCommand = {
	name: 'echo',
	definition: () => new SlashCommandBuilder().setName('echo').setDescription('Answers "echo"').toJSON(),
	respondsWith: () => 'public',
	execute: () => messageResponse({ content: 'echo' }),
};

/**
 * The same body through our own door (endpoint or gateway adapter) and core, without the search: what the door
 * costs by itself. Named `precomputed`, or after the command it stands in for.
 */
export function precomputedCommand(bodies: Bodies, name = 'precomputed'): ChatInputCommand {
	return {
		name,
		definition: () =>
			new SlashCommandBuilder()
				.setName(name)
				.setDescription('Answers with a precomputed body')
				.addStringOption((o) => o.setName('query').setDescription('query').setRequired(true))
				.toJSON(),
		respondsWith: () => 'public',
		execute: (options) => {
			const body = bodies.get(typeof options.query === 'string' ? options.query : '');
			if (body?.type !== InteractionResponseType.ChannelMessageWithSource)
				throw new Error('bench: no precomputed message for this query');
			// The same body back: the reply module adds the same allowed_mentions and flags again.
			const { allowed_mentions: _mentions, flags, ...data } = body.data;
			return messageResponse(data, { ephemeral: ((flags ?? 0) & MessageFlags.Ephemeral) !== 0 });
		},
	};
}
