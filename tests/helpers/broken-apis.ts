import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A local server standing in for a wrong DISCORD_API_BASE; `base` is what the bot would be given. */
export interface BrokenApi {
	base: string;
	close(): Promise<void>;
}

async function listen(server: Server, sockets: Set<Socket>): Promise<BrokenApi> {
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		base: `http://127.0.0.1:${port}/api`,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Accepts connections and never answers (a firewall that drops, a wrong port on a busy host). */
export function silentApi(): Promise<BrokenApi> {
	return listen(createServer(), new Set());
}

/** Answers every request with `status` and `body` (a web server that is not Discord's API, a failing proxy). */
export function answeringApi(status: number, body: string, contentType = 'text/html'): Promise<BrokenApi> {
	const server = createHttpServer((request, response) => {
		request.resume();
		response.writeHead(status, { 'content-type': contentType }).end(body);
	});
	return listen(server, new Set());
}

/** An address where nothing listens: a server started and closed again frees its port. */
export async function closedApi(): Promise<string> {
	const api = await silentApi();
	await api.close();
	return api.base;
}
