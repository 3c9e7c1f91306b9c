import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { SigningDiscord, type PostOptions } from '../helpers/signing-discord.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';

const PING = JSON.stringify({ id: '1', application_id: APPLICATION_ID, type: 1, token: 'unused', version: 1 });
const seconds = (offset: number) => String(Math.floor(Date.now() / 1000) + offset);
const OVER_1_MB = Buffer.alloc(1024 * 1024 + 1, ' ');

/** What a raw TCP client gets back (until the server closes the connection) after sending `request`. */
function rawExchange(port: number, request: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let received = '';
		socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
		socket.on('error', reject);
		socket.on('close', () => resolve(received));
		if (request) socket.write(request);
	});
}

describe('HTTP endpoint refusals, in the order Discord expects', () => {
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness();
	});
	afterAll(async () => {
		await h?.close();
	});

	type Row = {
		case: string;
		body: string | Buffer;
		options: PostOptions | ((d: SigningDiscord) => PostOptions);
		status: number;
	};
	it.each<Row>([
		{ case: 'a body over 1 MB, even correctly signed', body: OVER_1_MB, options: {}, status: 413 },
		{
			case: 'a body over 1 MB with a bad signature (size first)',
			body: OVER_1_MB,
			options: { signature: '00'.repeat(64) },
			status: 413,
		},
		{ case: 'no signature header', body: PING, options: { signature: null }, status: 401 },
		{ case: 'no timestamp header', body: PING, options: { timestamp: null }, status: 401 },
		{ case: 'a signature that is not 64 bytes of hex', body: PING, options: { signature: 'zz' }, status: 401 },
		{
			case: 'a signature of other bytes',
			body: PING,
			options: (d) => ({ signature: d.sign(seconds(0), `${PING} `) }),
			status: 401,
		},
		{
			case: 'a signature by another key',
			body: PING,
			options: () => ({ signature: new SigningDiscord().sign(seconds(0), PING) }),
			status: 401,
		},
		{ case: 'a replayed request signed 6 minutes ago', body: PING, options: { timestamp: seconds(-360) }, status: 401 },
		{ case: 'a timestamp 6 minutes ahead', body: PING, options: { timestamp: seconds(360) }, status: 401 },
		{ case: 'a timestamp that is not a number', body: PING, options: { timestamp: 'yesterday' }, status: 401 },
		{
			case: 'invalid JSON with a bad signature (signature before parsing)',
			body: '{not json',
			options: { signature: 'zz' },
			status: 401,
		},
		{ case: 'invalid JSON, correctly signed', body: '{not json', options: {}, status: 400 },
		{ case: 'JSON that is not an interaction', body: '[1,2]', options: {}, status: 400 },
		{ case: 'an interaction without a numeric type', body: '{"type":"1"}', options: {}, status: 400 },
		{ case: 'an interaction of an unknown type', body: '{"type":99}', options: {}, status: 400 },
		{ case: 'GET /interactions', body: '', options: { method: 'GET' }, status: 405 },
		{ case: 'PUT /interactions', body: PING, options: { method: 'PUT' }, status: 405 },
		{ case: 'POST /healthz', body: PING, options: { path: '/healthz' }, status: 405 },
		{ case: 'an unknown path', body: PING, options: { path: '/webhook' }, status: 404 },
	])('answers $case with $status', async ({ body, options, status }) => {
		const answer = await h.discord.post(
			h.endpoint.url,
			body,
			typeof options === 'function' ? options(h.discord) : options,
		);
		expect(answer.status).toBe(status);
		expect(answer.body).toHaveProperty('error');
	});

	it('names the allowed methods on 405', async () => {
		const interactions = await h.discord.post(h.endpoint.url, '', { method: 'GET' });
		expect(interactions.headers.get('allow')).toBe('POST');
		const health = await h.discord.post(h.endpoint.url, PING, { path: '/healthz' });
		expect(health.headers.get('allow')).toBe('GET, HEAD');
	});

	it('answers POST /interactions/ (the URL saved with a trailing slash) as POST /interactions', async () => {
		const answer = await h.discord.post(h.endpoint.url, PING, { path: '/interactions/' });
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ type: 1 });
	});

	it('logs why it refused a request, and still answers a good one afterwards', async () => {
		await h.discord.post(h.endpoint.url, PING, { timestamp: seconds(-360) });
		expect(h.logs.some((line) => line.includes('"reason":"stale timestamp"'))).toBe(true);
		expect((await h.discord.post(h.endpoint.url, PING)).body).toEqual({ type: 1 });
	});
});

describe('HTTP endpoint against slow clients', () => {
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness({ requestTimeoutMs: 200 });
	});
	afterAll(async () => {
		await h?.close();
	});

	it.each([
		['headers that never end', 'POST /interactions HTTP/1.1\r\nHost: bot\r\n'],
		['a body that never ends', 'POST /interactions HTTP/1.1\r\nHost: bot\r\nContent-Length: 100\r\n\r\n{"type":'],
	])('answers 408 and closes the connection on %s', async (_, request) => {
		expect(await rawExchange(h.endpoint.port, request)).toMatch(/^HTTP\/1\.1 408/);
	});

	it('closes a connection that sends nothing', async () => {
		// Resolving at all is the point (the server hung up); a 408 or silence are both fine.
		expect(await rawExchange(h.endpoint.port, '')).toMatch(/^$|^HTTP\/1\.1 408/);
	});
});
