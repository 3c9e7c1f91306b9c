import type { ServerResponse } from 'node:http';

/** One planned failure: the next `times` requests whose `METHOD /path` matches get this answer instead. */
interface Fault {
	pattern: RegExp;
	status: number;
	times: number;
	body: Record<string, unknown> | undefined;
	/** The request takes effect first, and only its answer is the fault (see `FaultPlan.add`). */
	afterHandling: boolean;
}

/**
 * Fault injection for the stand-in's REST side: rate limits (429 with retry-after, as Discord sends them), server
 * errors and Discord error codes, for the requests a test names. Faults are used up in the order they were planned.
 */
export class FaultPlan {
	readonly #faults: Fault[] = [];
	/** How many requests were answered with a planned fault. */
	injected = 0;

	/**
	 * Plans a fault. A 429's `retry_after` (seconds, in `body`) is also its `retry-after` header (default 0.05 s).
	 * With `afterHandling`, the request takes effect and only its answer is lost to the fault, as when a proxy in front
	 * of Discord answers 502 for a request Discord did carry out.
	 */
	add(pattern: RegExp, status: number, times: number, body?: Record<string, unknown>, afterHandling = false): void {
		this.#faults.push({ pattern, status, times, body, afterHandling });
	}

	/** A fault is planned for this request (of the kind that answers after handling, or before). */
	planned(request: string, afterHandling: boolean): boolean {
		return this.#find(request, afterHandling) !== undefined;
	}

	#find(request: string, afterHandling: boolean): Fault | undefined {
		return this.#faults.find((f) => f.times > 0 && f.afterHandling === afterHandling && f.pattern.test(request));
	}

	/**
	 * Answers the request with a planned fault if one matches (`afterHandling` ones only when `handled`, others only
	 * when not); true when it did.
	 */
	apply(request: string, response: ServerResponse, handled = false): boolean {
		const fault = this.#find(request, handled);
		if (!fault) return false;
		fault.times -= 1;
		this.injected += 1;
		const retryAfterSeconds = typeof fault.body?.retry_after === 'number' ? fault.body.retry_after : 0.05;
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
			// What discord.js reads to know how long to wait. Discord sends X-RateLimit-Global only with the global limit
			// (discord.js takes the header's presence, whatever its value, as global: every request would wait).
			const global = fault.body?.global === true;
			headers['retry-after'] = String(retryAfterSeconds);
			headers['x-ratelimit-scope'] = global ? 'global' : 'user';
			if (global) headers['x-ratelimit-global'] = 'true';
		}
		response.writeHead(fault.status, headers).end(text);
		return true;
	}
}
