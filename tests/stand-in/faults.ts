import type { ServerResponse } from 'node:http';

/** One planned failure: the next `times` requests whose `METHOD /path` matches get this answer instead. */
interface Fault {
	pattern: RegExp;
	status: number;
	times: number;
	body: Record<string, unknown> | undefined;
}

/**
 * Fault injection for the stand-in's REST side: rate limits (429 with retry-after, as Discord sends them), server
 * errors and Discord error codes, for the requests a test names. Faults are used up in the order they were planned.
 */
export class FaultPlan {
	readonly #faults: Fault[] = [];
	/** How many requests were answered with a planned fault. */
	injected = 0;

	add(pattern: RegExp, status: number, times: number, body?: Record<string, unknown>): void {
		this.#faults.push({ pattern, status, times, body });
	}

	/** Answers the request with a planned fault if one matches; true when it did. */
	apply(request: string, response: ServerResponse): boolean {
		const fault = this.#faults.find((f) => f.times > 0 && f.pattern.test(request));
		if (!fault) return false;
		fault.times -= 1;
		this.injected += 1;
		const retryAfterSeconds = 0.05;
		const body =
			fault.body ??
			(fault.status === 429
				? { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false }
				: { message: `${fault.status}: stand-in fault`, code: 0 });
		const text = JSON.stringify(body);
		const headers: Record<string, string | number> = {
			'content-type': 'application/json',
			'content-length': Buffer.byteLength(text),
		};
		if (fault.status === 429) {
			// What discord.js reads to know how long to wait, and that the limit is not global.
			headers['retry-after'] = String(retryAfterSeconds);
			headers['x-ratelimit-scope'] = 'user';
			headers['x-ratelimit-global'] = 'false';
		}
		response.writeHead(fault.status, headers).end(text);
		return true;
	}
}
