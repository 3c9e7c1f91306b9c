import type { Logger } from './logger.ts';

/** How long a shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 5000;

/**
 * Within that bound: how long interactions in flight may go on to their answers, then how long the restarting notices
 * to those still unanswered may take (see `Answerer.stop`); what is left closes the connections.
 */
export const STOP_BUDGET = { graceMs: 3500, noticeMs: 1000 } as const;

/**
 * On SIGINT or SIGTERM (or when `also` fires, e.g. a shard losing its manager): stop accepting work, let `close`
 * finish what is in flight and close connections, then exit 0. Bounded in time, so a stuck close cannot keep a
 * process manager waiting.
 */
export function onShutdown(close: () => Promise<void>, logger: Logger): (reason: string) => void {
	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'shutting down');
		setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
		close()
			.catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
			.finally(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	return stop;
}
