import { readFileSync } from 'node:fs';

/** The bot's version, from package.json (read at run time: there is no build step to inline it). */
export const VERSION: string = (
	JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
