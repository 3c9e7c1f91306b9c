import type { IncomingMessage } from 'node:http';

/** Discord's interaction payloads are a few KB; anything past this is not from Discord. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Marks a body over the limit: the caller answers 413 without reading the rest. */
export const TOO_LARGE = Symbol('too large');

/**
 * Reads a request body as raw bytes (the signature covers the bytes, so nothing is decoded here), stopping as soon
 * as it is known to be over `limit`: from `content-length` before reading anything, else while reading.
 */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | typeof TOO_LARGE> {
	const declared = Number(request.headers['content-length'] ?? 0);
	if (declared > limit) return Promise.resolve(TOO_LARGE);
	// Events rather than `for await`: leaving a `for await` early destroys the socket before the 413 can be sent.
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) return void chunks.push(chunk);
			request.off('data', onData).pause();
			resolve(TOO_LARGE);
		};
		request.on('data', onData);
		request.once('end', () => resolve(Buffer.concat(chunks)));
		request.once('error', reject);
	});
}
