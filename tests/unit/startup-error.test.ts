import type { DiscordjsErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { describeStartupError } from '../../src/startup-error.ts';

/** Shaped as discord.js and node throw them (discord.js error classes cannot be built from outside). */
const withCode = (code: string, message: string) => Object.assign(new Error(message), { code });

// discord.js's codes as literals, checked against its enum by the compiler: the test need not load discord.js.
const TOKEN_INVALID = 'TokenInvalid' satisfies `${DiscordjsErrorCodes.TokenInvalid}`;
const SHARDING_READY_DIED = 'ShardingReadyDied' satisfies `${DiscordjsErrorCodes.ShardingReadyDied}`;

describe('describeStartupError', () => {
	it.each([
		[new ConfigError(['PORT "x" must be a whole number']), /^config: 1 problem:\n {2}- PORT/],
		[
			withCode(TOKEN_INVALID, 'An invalid token was provided.'),
			/^gateway: Discord refused DISCORD_TOKEN \(TokenInvalid\)/,
		],
		[Object.assign(new Error('401: Unauthorized'), { status: 401 }), /^gateway: Discord refused DISCORD_TOKEN/],
		[new Error('http: 127.0.0.1 port 8080 is already in use — stop the other server or set PORT'), /^http: .* in use/],
		[new Error('corpus: data/documents holds no document (<slug>.json + <slug>.txt)'), /^corpus: .* holds no document/],
		[
			withCode(SHARDING_READY_DIED, "Shard 1's process exited before its Client became ready."),
			/^shards: Shard 1's process exited .* log lines above/,
		],
		[withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'), /^discord: cannot reach Discord's API \(connect/],
		[new Error('boom'), /^conclusions-bot could not start: boom$/],
	])('%s', (error, message) => {
		const text = describeStartupError(error);
		expect(text).toMatch(message);
		expect(text).not.toMatch(/\n\s+at /);
	});
});
