import { createRequire } from 'node:module';
import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { LogLevel } from './config.ts';

/** pino-pretty, loaded only when a person watches the logs: a bot under a process manager or in a pipe never needs it. */
const loadPretty = () => createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

/** An interaction token sits in the path of the routes that use it: `/interactions/{id}/{token}/…`, `/webhooks/…`. */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"]+/g;

function scrub(value: unknown, depth = 0): unknown {
	if (typeof value === 'string') return value.replace(TOKEN_IN_PATH, '$1[redacted]');
	if (depth > 4 || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
}

/**
 * Errors are serialized as pino does, then every interaction token in a URL is masked: discord.js's REST errors
 * carry the request URL (`url`), and for webhook edits and callbacks that URL contains the interaction token. Their
 * `requestBody` (the message sent, with what a user typed) is left out: logs keep no user text.
 */
export function serializeError(error: unknown): unknown {
	if (!(error instanceof Error)) return scrub(error);
	const { requestBody: _requestBody, ...serialized } = stdSerializers.err(error) as ReturnType<
		typeof stdSerializers.err
	> & {
		requestBody?: unknown;
	};
	return scrub(serialized);
}

export interface LoggerOptions {
	/** Human-readable lines (pino-pretty) instead of JSON; default: when stderr is a terminal. */
	pretty?: boolean;
	/** Where lines go; default stderr, so stdout carries only replies (console) or JSON (CLI). */
	destination?: DestinationStream;
}

/**
 * Structured logs: JSON lines for log collectors, pretty when a person watches a terminal. Secrets are redacted by
 * key wherever they might be passed in an object, and interaction tokens are masked in errors; code never logs the
 * config or a raw interaction.
 */
export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
	const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
	const usePretty = options.pretty ?? process.stderr.isTTY === true;
	return pino(
		{
			level,
			base: undefined,
			serializers: { err: serializeError },
			redact: {
				paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'],
				censor: '[redacted]',
			},
		},
		// pino-pretty as a stream in this thread (not a transport worker): synchronous, so nothing is lost at exit.
		usePretty ? loadPretty()({ destination, sync: true, ignore: 'pid,hostname' }) : destination,
	);
}

export type { Logger };
