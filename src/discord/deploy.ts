import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { RequestMethod, type REST, type ResponseLike } from '@discordjs/rest';
import { startupRest, UnexpectedAnswer } from './api-check.ts';

/** Fields Discord adds to a registered command, or defaults it fills in: not part of what we define. */
const ADDED_BY_DISCORD = new Set([
	'id',
	'application_id',
	'version',
	'guild_id',
	'default_permission',
	'dm_permission',
]);
/** Keys whose `false` is Discord's default, written out in what it returns. */
const FALSE_BY_DEFAULT = new Set(['nsfw', 'required', 'autocomplete']);

/** A command as a canonical value: Discord's additions and defaults dropped, keys sorted, so two forms compare. */
export function normalizeCommand(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(normalizeCommand);
	if (value === null || typeof value !== 'object') return value;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([key, v]) => !ADDED_BY_DISCORD.has(key) && v !== null && v !== undefined)
		.filter(([key, v]) => !(FALSE_BY_DEFAULT.has(key) && v === false))
		.filter(([, v]) => !(Array.isArray(v) && v.length === 0))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, v]) => [key, normalizeCommand(v)] as const);
	return Object.fromEntries(entries);
}

/** Whether the registered set already is ours (order of commands does not matter). */
export function sameCommands(
	registered: readonly unknown[],
	ours: readonly RESTPostAPIApplicationCommandsJSONBody[],
): boolean {
	const canonical = (list: readonly unknown[]) =>
		list
			.map((command) => JSON.stringify(normalizeCommand(command)))
			.sort()
			.join('\n');
	return canonical(registered) === canonical(ours);
}

/**
 * The registered commands from the answer to `GET …/commands`, checked: a proxy's web page or JSON of another shape
 * is reported by its status and content type, never as the error using it as a list would throw.
 */
async function commandList(answer: ResponseLike): Promise<unknown[]> {
	const contentType = answer.headers.get('content-type') ?? '';
	const unexpected = new UnexpectedAnswer(answer.status, contentType, 'the JSON list of commands Discord answers');
	if (!contentType.startsWith('application/json')) throw unexpected;
	let list: unknown;
	try {
		list = await answer.json();
	} catch {
		throw unexpected;
	}
	if (!Array.isArray(list)) throw unexpected;
	const items: unknown[] = list;
	if (!items.every((c) => typeof c === 'object' && c !== null)) throw unexpected;
	return items;
}

export interface DeployOptions {
	token: string;
	applicationId: string;
	/** Deploy to one server (instant, for development); globally when absent. */
	guildId?: string | undefined;
	/**
	 * For a global deploy: the server (DISCORD_GUILD_ID, when set) to look in for a copy of the commands. A guild
	 * deploy always looks at the global commands.
	 */
	checkGuildId?: string | undefined;
	apiBase: string;
	commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
}

/** The commands' route in one scope: a server's when `guildId` is given, else the global one. */
const routeOf = (applicationId: string, guildId: string | undefined) =>
	guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);

/** The commands registered on a route. */
async function readCommands(rest: REST, route: `/${string}`): Promise<unknown[]> {
	// Without with_localizations Discord leaves the localization maps out, and every deploy would look changed.
	const answer = await rest.queueRequest({
		method: RequestMethod.Get,
		fullRoute: route,
		query: new URLSearchParams({ with_localizations: 'true' }),
	});
	return commandList(answer);
}

/**
 * How many of this application's commands the other scope holds (the global ones after a guild deploy, the
 * `checkGuildId` server's after a global one): members of that server then see every command twice. `undefined` when
 * there is no other scope to look at, or it cannot be read (a server the bot has left): a deploy that worked is not
 * failed for a check beside it.
 */
async function countElsewhere(rest: REST, options: DeployOptions): Promise<number | undefined> {
	const other = options.guildId ? Routes.applicationCommands(options.applicationId) : undefined;
	const route = other ?? (options.checkGuildId ? routeOf(options.applicationId, options.checkGuildId) : undefined);
	if (route === undefined) return undefined;
	try {
		return (await readCommands(rest, route)).length;
	} catch {
		return undefined;
	}
}

/** What a deploy or a removal did, and how many commands the other scope holds (see `countElsewhere`). */
export interface DeployResult {
	changed: boolean;
	count: number;
	elsewhere?: number | undefined;
}

/**
 * Registers the commands by bulk overwrite, but first reads what is registered and writes only when it differs:
 * Discord rate-limits command creation, and an unchanged deploy should cost nothing. Then counts the commands the
 * other scope holds.
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
	// Short timeout, no retries: a wrong DISCORD_API_BASE is reported in seconds, not after a minute of retries.
	const rest = startupRest(options.apiBase, options.token);
	const route = routeOf(options.applicationId, options.guildId);
	const registered = await readCommands(rest, route);
	const changed = !sameCommands(registered, options.commands);
	if (changed) await rest.put(route, { body: options.commands });
	return { changed, count: options.commands.length, elsewhere: await countElsewhere(rest, options) };
}

/**
 * Removes this application's commands from one scope (a server's, or the global ones), as Discord removes them: a
 * bulk overwrite with an empty list. Writes nothing when there is nothing to remove. `count` is how many were
 * removed; the answer to the overwrite must be the empty list, or the removal is reported as failed.
 */
export async function removeCommands(options: Omit<DeployOptions, 'commands'>): Promise<DeployResult> {
	const rest = startupRest(options.apiBase, options.token);
	const route = routeOf(options.applicationId, options.guildId);
	const registered = await readCommands(rest, route);
	if (registered.length > 0) {
		const left = await rest.put(route, { body: [] });
		if (!Array.isArray(left) || left.length > 0) {
			throw new Error(`discord: the commands were not removed (${Array.isArray(left) ? left.length : 'no list'} left)`);
		}
	}
	const elsewhere = await countElsewhere(rest, { ...options, commands: [] });
	return { changed: registered.length > 0, count: registered.length, elsewhere };
}
