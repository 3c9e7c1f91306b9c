import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the stand-in reads; Discord refuses far smaller ones for messages. */
const MAX_BODY = 8 * 1024 * 1024;

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: Record<string, unknown>,
	) {
		super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
	}
}

export const errors = {
	unauthorized: () => new HttpError(401, { message: '401: Unauthorized', code: 0 }),
	notFound: () => new HttpError(404, { message: '404: Not Found', code: 0 }),
	/** A bot token used on another application's commands (what Discord answers: discord.js issue #8286). */
	notThisApplication: () =>
		new HttpError(403, { message: 'You are not authorized to perform this action on this application', code: 20012 }),
	unknownInteraction: () => new HttpError(404, { message: 'Unknown interaction', code: 10062 }),
	unknownWebhook: () => new HttpError(404, { message: 'Unknown Webhook', code: 10015 }),
	unknownMessage: () => new HttpError(404, { message: 'Unknown Message', code: 10008 }),
	alreadyAcknowledged: () => new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 }),
	invalidWebhookToken: () => new HttpError(401, { message: 'Invalid Webhook Token', code: 50027 }),
	invalidFormBody: (problems: string[]) =>
		new HttpError(400, {
			message: 'Invalid Form Body',
			code: 50035,
			errors: { _errors: problems.map((message) => ({ code: 'BASE_TYPE_INVALID', message })) },
		}),
};

export async function readJson(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY) throw new HttpError(413, { message: 'Request entity too large', code: 40005 });
		chunks.push(chunk);
	}
	if (size === 0) return undefined;
	const text = Buffer.concat(chunks).toString('utf8');
	if (!String(request.headers['content-type']).includes('application/json')) {
		throw new HttpError(400, { message: 'The stand-in only accepts JSON bodies', code: 50109 });
	}
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw new HttpError(400, { message: 'The request body contains invalid JSON.', code: 50109 });
	}
}

export function send(response: ServerResponse, status: number, body?: unknown): void {
	if (body === undefined) {
		response.writeHead(status).end();
		return;
	}
	const text = JSON.stringify(body);
	response
		.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
		.end(text);
}
