import type { ServerResponse } from 'node:http';

/**
 * Writes a JSON answer; resolves once it is handed to the socket (`true`), or at once (`false`) when the client has
 * gone before it could be (a proxy that stopped waiting, Discord giving up). A response whose socket is closed
 * already never emits 'close' again nor 'finish': waiting for either held the interaction, and the first-response
 * places of the work queue, for ever. While the endpoint closes, it asks the client not to reuse the connection.
 */
export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): Promise<boolean> {
	return sendJsonText(response, status, JSON.stringify(body), headers);
}

/** As `sendJson`, with the body already written as JSON (a first response: see `Door`). */
export function sendJsonText(
	response: ServerResponse,
	status: number,
	text: string,
	headers: Record<string, string> = {},
): Promise<boolean> {
	if (response.headersSent) return Promise.reject(new Error('http: this request was already answered'));
	if (response.destroyed) return Promise.resolve(false);
	return new Promise((resolve) => {
		response.once('finish', () => resolve(true)).once('close', () => resolve(response.writableFinished));
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
