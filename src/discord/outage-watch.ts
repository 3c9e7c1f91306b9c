import type { Client } from 'discord.js';
import { Events } from 'discord.js';
import type { Logger } from '../logger.ts';

/**
 * How long a connection may be lost before the log says so. Discord closes connections now and then (a reconnect
 * request, a resumed session) and discord.js is back within a second or two: only a loss that lasts is worth a line.
 */
export const OUTAGE_WARN_AFTER_MS = 10_000;
/** Reminders come at doubling intervals, up to this one. */
const MAX_REMINDER_INTERVAL_MS = 5 * 60_000;

/** One shard's lost connection: since when, the reminder timer, whether the log was told. */
interface Outage {
	since: number;
	timer: NodeJS.Timeout | undefined;
	warned: boolean;
	failedAttempts: number;
}

/**
 * Says in the log when a connected bot loses the gateway and does not get it back: discord.js reconnects on its own,
 * for ever, and says so only in its debug events, so an outage of minutes went by without a line at the default level.
 * A shard's connection closing (`shardReconnecting`) starts the count; after `warnAfterMs` without a resume or a new
 * READY a warning names the shard and how long, then reminders at doubling intervals; once back, an info line says
 * after how long. A loss shorter than `warnAfterMs` (Discord's routine reconnects) is a debug line only.
 * Returns the function that stops watching.
 */
export function watchOutages(client: Client, logger: Logger, warnAfterMs = OUTAGE_WARN_AFTER_MS): () => void {
	const outages = new Map<number, Outage>();
	const seconds = (outage: Outage) => Math.round((Date.now() - outage.since) / 1000);
	const remind = (shard: number, outage: Outage, interval: number) => {
		outage.timer = setTimeout(() => {
			// A client destroyed (the bot shutting down) closes its connections too, and gives its token up.
			if (client.token === null) return;
			const first = !outage.warned;
			outage.warned = true;
			logger.warn(
				{ shard, seconds: seconds(outage), failedAttempts: outage.failedAttempts },
				(first
					? `gateway: lost the connection to Discord ${seconds(outage)} s ago`
					: `gateway: still not connected to Discord, ${seconds(outage)} s after the connection was lost`) +
					(outage.failedAttempts > 0 ? ` (${outage.failedAttempts} failed attempts to reconnect)` : '') +
					'; commands go unanswered until it is back; still trying',
			);
			remind(shard, outage, Math.min(interval * 2, MAX_REMINDER_INTERVAL_MS));
		}, interval);
		outage.timer.unref();
	};
	const onLost = (shard: number) => {
		const outage = outages.get(shard);
		if (outage) {
			// Each closing while the outage lasts is one more attempt that did not hold.
			outage.failedAttempts += 1;
			return;
		}
		const started: Outage = { since: Date.now(), timer: undefined, warned: false, failedAttempts: 0 };
		outages.set(shard, started);
		remind(shard, started, warnAfterMs);
	};
	const onFailed = (_error: Error, shard: number) => {
		const outage = outages.get(shard);
		if (outage) outage.failedAttempts += 1;
	};
	const onBack = (shard: number) => {
		const outage = outages.get(shard);
		if (!outage) return;
		clearTimeout(outage.timer);
		outages.delete(shard);
		const fields = { shard, seconds: seconds(outage) };
		if (outage.warned) logger.info(fields, `gateway: connected to Discord again after ${fields.seconds} s`);
		else logger.debug(fields, `gateway: reconnected to Discord after ${fields.seconds} s`);
	};
	// A close discord.js does not come back from (a token reset, intents no longer allowed): no reminder would end.
	const onGone = ({ code }: { code: number }, shard: number) => {
		const outage = outages.get(shard);
		if (outage) clearTimeout(outage.timer);
		outages.delete(shard);
		if (client.token === null) return;
		logger.error(
			{ shard, code },
			`gateway: Discord closed the connection for good (close code ${code}), and discord.js does not reconnect ` +
				'after it: the bot no longer answers over the gateway; fix what the code names (a reset token, intents) ' +
				'and restart it',
		);
	};
	client.on(Events.ShardReconnecting, onLost);
	client.on(Events.ShardDisconnect, onGone);
	client.on(Events.ShardError, onFailed);
	client.on(Events.ShardResume, onBack);
	client.on(Events.ShardReady, onBack);
	return () => {
		for (const outage of outages.values()) clearTimeout(outage.timer);
		outages.clear();
		client.off(Events.ShardReconnecting, onLost);
		client.off(Events.ShardDisconnect, onGone);
		client.off(Events.ShardError, onFailed);
		client.off(Events.ShardResume, onBack);
		client.off(Events.ShardReady, onBack);
	};
}
