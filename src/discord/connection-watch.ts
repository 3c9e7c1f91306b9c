import type { Client } from 'discord.js';
import { Events } from 'discord.js';
import type { Logger } from '../logger.ts';

/** How long a gateway connection may take before the log says so (Discord answers in well under a second). */
export const CONNECT_WARN_AFTER_MS = 15_000;
/** Later warnings come at doubling intervals, up to this one. */
const MAX_WARN_INTERVAL_MS = 5 * 60_000;

/**
 * Says in the log when the gateway does not answer. discord.js retries a refused or blocked WebSocket every half
 * second for ever, and says so only in its debug events, so a bot behind a firewall that lets HTTPS through but not
 * WebSockets printed "index ready" and then nothing. After `warnAfterMs` without READY this warns, naming the
 * gateway's address, the failed attempts and the usual cause, then again at doubling intervals until ready. Only the
 * address and the kind of failure are taken from discord.js's debug lines (one of them shows part of the token).
 * Returns the function that stops watching.
 */
export function watchConnection(client: Client, logger: Logger, warnAfterMs = CONNECT_WARN_AFTER_MS): () => void {
	let gateway: string | undefined;
	let failures = 0;
	let lastFailure: string | undefined;
	const onDebug = (line: string) => {
		const connecting = /Connecting to (wss?:\/\/[^\s?]+)/u.exec(line);
		if (connecting) gateway = connecting[1];
		if (/Failed to connect to the gateway URL/u.test(line)) lastFailure = 'a network error';
		const closed = /closed with an unexpected code (\d+)/u.exec(line);
		if (closed && lastFailure === undefined) lastFailure = `closed with code ${closed[1]}`;
	};
	const onReconnecting = () => {
		failures += 1;
	};
	client.on(Events.Debug, onDebug);
	client.on(Events.ShardReconnecting, onReconnecting);
	const started = Date.now();
	let timer: NodeJS.Timeout;
	const warn = (interval: number) => {
		timer = setTimeout(() => {
			logger.warn(
				{ gateway, failedAttempts: failures, seconds: Math.round((Date.now() - started) / 1000) },
				`gateway: not connected to Discord after ${Math.round((Date.now() - started) / 1000)} s` +
					(gateway ? ` — ${failures} ${failures === 1 ? 'attempt' : 'attempts'} to reach ${gateway} failed` : '') +
					(lastFailure ? ` (${lastFailure})` : '') +
					'; a firewall or proxy that lets HTTPS through but blocks WebSocket connections is the usual ' +
					'cause; still trying',
			);
			warn(Math.min(interval * 2, MAX_WARN_INTERVAL_MS));
		}, interval);
		timer.unref();
	};
	warn(warnAfterMs);
	return () => {
		clearTimeout(timer);
		client.off(Events.Debug, onDebug);
		client.off(Events.ShardReconnecting, onReconnecting);
	};
}
