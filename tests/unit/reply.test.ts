import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
	autocompleteResponse,
	deferralFor,
	deleteResponse,
	firstResponse,
	messageResponse,
	noticeResponse,
	updateResponse,
	webhookSteps,
	type Reply,
	type Visibility,
} from '../../src/render/reply.ts';
import { validateChoices, validateMessage } from '../stand-in/validate-message.ts';

const publicMessage = messageResponse({ content: 'public answer' });
const privateMessage = messageResponse({ content: 'private answer' }, { ephemeral: true });
const notice = noticeResponse('nothing found');
const update = updateResponse({ content: 'page 2' });
const deletion = deleteResponse();
const NO_PINGS = { allowed_mentions: { parse: [] } };

describe('the one module that builds what the bot sends', () => {
	it.each([
		['a public message', publicMessage, { type: 4, data: { content: 'public answer', ...NO_PINGS } }],
		['a private message', privateMessage, { type: 4, data: { content: 'private answer', flags: 64, ...NO_PINGS } }],
		['an update', update, { type: 7, data: { content: 'page 2', ...NO_PINGS } }],
		['a deletion', deletion, { type: 6 }],
	] as const)('answers %s at once', (_name, reply, expected) => {
		expect(firstResponse(reply)).toEqual(expected);
	});

	it.each([
		['private', { type: 5, data: { flags: 64 } }],
		['public', { type: 5, data: {} }],
		['update', { type: 6 }],
	] as const)('defers a %s answer keeping its visibility', (visibility, expected) => {
		expect(deferralFor(visibility)).toEqual(expected);
	});

	it.each<[string, Reply, Visibility | undefined, string[]]>([
		['a public message after a public placeholder', publicMessage, 'public', ['edit-original']],
		['a private message after a private placeholder', privateMessage, 'private', ['edit-original']],
		// Discord cannot make a message private afterwards: the placeholder goes, the notice follows privately.
		['a private notice after a public placeholder', notice, 'public', ['delete-original', 'follow-up']],
		['a public message after a private placeholder (stays private)', publicMessage, 'private', ['edit-original']],
		['an update after a pending update', update, 'update', ['edit-original']],
		['a notice after a pending update', notice, 'update', ['follow-up']],
		['a deletion after a pending update', deletion, 'update', ['delete-original']],
		['a deletion answered at once', deletion, undefined, ['delete-original']],
		['a message answered at once', publicMessage, undefined, []],
	])('completes %s', (_name, reply, deferredAs, kinds) => {
		const steps = webhookSteps(reply, deferredAs);
		expect(steps.map((s) => s.kind)).toEqual(kinds);
		for (const step of steps) {
			if (step.kind === 'delete-original') continue;
			expect(step.body.allowed_mentions).toEqual({ parse: [] });
			// A private answer that follows a public placeholder is itself private.
			if (step.kind === 'follow-up' && reply === notice) expect(step.body.flags).toBe(64);
			// An edit never carries the ephemeral flag: it cannot change who sees the message.
			if (step.kind === 'edit-original') expect(step.body.flags).toBeUndefined();
		}
	});

	it('keeps every message inside Discord’s limits, whatever a handler built', () => {
		const huge = 'word '.repeat(3000);
		const reply = messageResponse({
			content: huge,
			embeds: Array.from({ length: 12 }, (_, i) => ({
				title: `${i} ${huge}`,
				description: huge,
				footer: { text: huge },
				author: { name: huge },
				fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
			})),
		});
		const response = firstResponse(reply);
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(response.data)).toEqual([]);
	});

	it('leaves out whole embeds past the 6000 characters of a message, never cutting one short', () => {
		const paragraph = 'p'.repeat(1400);
		const reply = messageResponse({ embeds: Array.from({ length: 8 }, () => ({ description: paragraph })) });
		const response = firstResponse(reply);
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(response.data.embeds?.map((e) => e.description)).toEqual([paragraph, paragraph, paragraph, paragraph]);
	});

	it('keeps autocomplete choices inside Discord’s limits', () => {
		const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'n'.repeat(150)}`, value: `v${i}` }));
		const response = autocompleteResponse([...choices, { name: 'too long a value', value: 'v'.repeat(101) }]);
		if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult)
			throw new Error('expected choices');
		expect(response.data.choices).toHaveLength(25);
		expect(validateChoices(response.data.choices)).toEqual([]);
	});
});
