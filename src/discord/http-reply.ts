import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON answer and resolves once it is handed to the socket (or the client has gone). While the endpoint
 * closes, it asks the client not to reuse the connection.
 */
export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): Promise<void> {
	return sendJsonText(response, status, JSON.stringify(body), headers);
}

/** As `sendJson`, with the body already written as JSON (a first response: see `Door`). */
export function sendJsonText(
	response: ServerResponse,
	status: number,
	text: string,
	headers: Record<string, string> = {},
): Promise<void> {
	if (response.headersSent) return Promise.reject(new Error('http: this request was already answered'));
	return new Promise((resolve) => {
		response.once('finish', resolve).once('close', resolve);
		response
			.writeHead(status, {
				'content-type': 'application/json',
				'content-length': String(Buffer.byteLength(text)),
				...headers,
			})
			.end(text);
	});
}

/** A short error body, as `{ "error": "…" }`; never anything from the request. */
export const refuse = (response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}) =>
	sendJson(response, status, { error }, headers);
