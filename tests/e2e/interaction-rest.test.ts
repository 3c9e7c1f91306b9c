import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Routes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionRest } from '../../src/discord/interaction-rest.ts';

/** An API that answers every request with 204. */
let server: Server;
let apiBase = '';

beforeAll(async () => {
	server = createServer((request, response) => {
		request.resume();
		request.on('end', () => response.writeHead(204).end());
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.close();
	await once(server, 'close');
});

describe('the REST client for interaction responses', () => {
	it('drops the route handlers of answered interactions, so memory follows the interactions in flight', async () => {
		const rest = interactionRest(apiBase);
		// A deferred answer is edited in through its interaction's webhook, whose token is in the path: a handler each.
		for (let i = 0; i < 20; i += 1) {
			await rest.patch(Routes.webhookMessage('1', `token${i}`, '@original'), { body: { content: 'x' }, auth: false });
		}
		expect(rest.handlers.size).toBe(20);
		// Swept on a timer (a second): waited for, not timed, so a busy machine only makes it slower.
		const deadline = Date.now() + 20_000;
		while (rest.handlers.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		expect(rest.handlers.size).toBe(0);
	});
});
