import { pino, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * Structured logs on stderr, so stdout carries only replies (console) or JSON (CLI). Secrets are redacted by key
 * wherever they might be passed in an object; code never logs the config or a raw interaction.
 */
export function createLogger(level: LogLevel): Logger {
	return pino(
		{
			level,
			base: undefined,
			redact: {
				paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'],
				censor: '[redacted]',
			},
		},
		pino.destination({ fd: 2, sync: true }),
	);
}

export type { Logger };
