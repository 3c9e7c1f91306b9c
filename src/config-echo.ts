import { TOKEN_SHAPE } from './token-shape.ts';

/**
 * Every message that repeats a configuration value (`PORT "abc" must be …`) is made by `valueProblem`, so that a bot
 * token pasted into the wrong line of `.env` is never printed: the message then says what happened instead.
 */

/**
 * A value this long found inside DISCORD_TOKEN is a piece of it (a token broken over two lines), not chance; and a
 * DISCORD_TOKEN shorter than this is no token (a placeholder such as `x`), which other values may contain by chance.
 */
const TOKEN_PIECE_LENGTH = 10;

/**
 * Whether `text` holds a bot token: one of a token's shape, or DISCORD_TOKEN's value (or a long piece of it), in any
 * case. `env` is where DISCORD_TOKEN is read; the default is the process's, which `loadEnvironment` filled.
 */
export function holdsToken(text: string, env: NodeJS.ProcessEnv = process.env): boolean {
	if (TOKEN_SHAPE.test(text)) return true;
	const token = env.DISCORD_TOKEN?.trim().toLowerCase();
	// An id pasted into DISCORD_TOKEN (all digits) is no token: the same id in its own line is not a piece of one.
	if (token === undefined || token.length < TOKEN_PIECE_LENGTH || /^\d+$/u.test(token)) return false;
	const folded = text.trim().toLowerCase();
	return folded.includes(token) || (folded.length >= TOKEN_PIECE_LENGTH && token.includes(folded));
}

/**
 * The problem with a variable's value, `NAME "value" <what is wrong>`; for a value that holds a token, what
 * `tokenPasted` says instead (the format it breaks does not matter then).
 */
export function valueProblem(name: string, raw: string, wrong: string, env: NodeJS.ProcessEnv = process.env): string {
	return tokenPasted(name, raw, env) ?? `${name} "${raw}" ${wrong}`;
}

/**
 * What to say of a variable holding a token, where its value would be used or shown (a folder named in every later
 * message, a host in a listen error), or undefined when it holds none.
 */
export function tokenPasted(name: string, raw: string | undefined, env: NodeJS.ProcessEnv = process.env) {
	if (raw === undefined || !holdsToken(raw, env)) return undefined;
	return `${name} looks like a bot token (not shown) — did you paste the token into the wrong line? It belongs in DISCORD_TOKEN only`;
}
