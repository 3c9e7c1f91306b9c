import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.ts';

/** A logger whose lines the test can read: to assert what was logged, and what never was (secrets). */
export function captureLogger(): { logger: Logger; lines: string[] } {
	const lines: string[] = [];
	const stream = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(chunk.toString('utf8'));
			done();
		},
	});
	return { logger: pino({ level: 'debug' }, stream), lines };
}
