import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, serializeError } from '../../src/logger.ts';

function capture(pretty: boolean, level: 'info' | 'debug' = 'info') {
	const lines: string[] = [];
	const destination = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(chunk.toString('utf8'));
			done();
		},
	});
	const logger = createLogger(level, { pretty, destination });
	return { logger, lines };
}

describe('createLogger', () => {
	it('writes JSON lines at the chosen level, with secrets redacted by key', () => {
		const { logger, lines } = capture(false);
		logger.debug('hidden at info');
		logger.info({ token: 'secret-1', config: { token: 'secret-2' } }, 'started');
		expect(lines).toHaveLength(1);
		const line = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
		expect(line).toMatchObject({ level: 30, msg: 'started', token: '[redacted]', config: { token: '[redacted]' } });
	});

	it('writes readable lines, not JSON, for a terminal', () => {
		const { logger, lines } = capture(true);
		logger.info({ shard: 1 }, 'connected to Discord');
		const text = lines.join('');
		expect(text).toContain('connected to Discord');
		expect(() => JSON.parse(text) as unknown).toThrow();
	});
});

describe('serializeError', () => {
	it.each([
		[
			'https://discord.com/api/v10/webhooks/123/aW50ZXJhY3Rpb24/messages/%40original',
			'/webhooks/123/[redacted]/messages',
		],
		['http://127.0.0.1:1/api/v10/interactions/456/itoken.abc/callback', '/interactions/456/[redacted]/callback'],
		['http://127.0.0.1:1/api/v10/webhooks/123/itoken.abc?wait=true', '/webhooks/123/[redacted]?wait=true'],
	])('masks the interaction token in %s', (url, masked) => {
		const error = Object.assign(new Error('Unknown Webhook', { cause: new Error(`at ${url}`) }), { url });
		const serialized = JSON.stringify(serializeError(error));
		expect(serialized).toContain(masked);
		expect(serialized).not.toMatch(/aW50ZXJhY3Rpb24|itoken\.abc/);
	});
});

describe('serializeError keeps no user text', () => {
	it('leaves out the request body that discord.js attaches to its REST errors', () => {
		const error = Object.assign(new Error('Invalid Form Body'), {
			url: 'http://127.0.0.1:1/api/v10/webhooks/1/t',
			requestBody: { json: { content: 'a query a user typed' } },
		});
		const serialized = JSON.stringify(serializeError(error));
		expect(serialized).toContain('Invalid Form Body');
		expect(serialized).not.toContain('a query a user typed');
	});
});
