import { createLogger, type Logger } from '../../src/logger.ts';

/**
 * The bot's own logger (same serializers and redaction as in production), writing JSON lines the test can read: to
 * assert what was logged, and what never was (secrets).
 */
export function captureLogger(level: 'debug' | 'trace' = 'debug'): { logger: Logger; lines: string[] } {
	const lines: string[] = [];
	const logger = createLogger(level, {
		pretty: false,
		destination: { write: (line: string) => void lines.push(line) },
	});
	return { logger, lines };
}
