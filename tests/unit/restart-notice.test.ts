import { describe, expect, it } from 'vitest';
import { restartingFirstResponse, restartingSteps } from '../../src/discord/restart-notice.ts';

const TEXT = 'The bot is restarting — please ask again in a moment.';
const BODY = { content: TEXT, allowed_mentions: { parse: [] } };

describe('the restarting notice', () => {
	it.each([
		['private', [{ kind: 'edit-original', body: BODY }]],
		['public', [{ kind: 'edit-original', body: BODY }]],
		// A deferred update: the message the button sits on is left as it was; the asker alone is told.
		['update', [{ kind: 'follow-up', body: { ...BODY, flags: 64 } }]],
	] as const)('after a %s deferral: %j', (deferredAs, steps) => {
		expect(restartingSteps(deferredAs, 'en-US')).toEqual(steps);
	});

	it('is a private first response in the asker’s language, with no choices for autocomplete and a PONG for a ping', () => {
		expect(JSON.parse(restartingFirstResponse('public', 'es-ES'))).toEqual({
			type: 4,
			data: {
				content: 'El bot se está reiniciando: vuelve a preguntar en un momento.',
				flags: 64,
				allowed_mentions: { parse: [] },
			},
		});
		expect(JSON.parse(restartingFirstResponse('choices', 'fr'))).toEqual({ type: 8, data: { choices: [] } });
		expect(JSON.parse(restartingFirstResponse('pong', undefined))).toEqual({ type: 1 });
	});
});
