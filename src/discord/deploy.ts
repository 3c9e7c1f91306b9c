import { Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { RequestMethod, type ResponseLike } from '@discordjs/rest';
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
	apiBase: string;
	commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
}

/**
 * Registers the commands by bulk overwrite, but first reads what is registered and writes only when it differs:
 * Discord rate-limits command creation, and an unchanged deploy should cost nothing.
 */
export async function deployCommands(options: DeployOptions): Promise<{ changed: boolean; count: number }> {
	// Short timeout, no retries: a wrong DISCORD_API_BASE is reported in seconds, not after a minute of retries.
	const rest = startupRest(options.apiBase, options.token);
	const route = options.guildId
		? Routes.applicationGuildCommands(options.applicationId, options.guildId)
		: Routes.applicationCommands(options.applicationId);
	// Without with_localizations Discord leaves the localization maps out, and every deploy would look changed.
	const answer = await rest.queueRequest({
		method: RequestMethod.Get,
		fullRoute: route,
		query: new URLSearchParams({ with_localizations: 'true' }),
	});
	const registered = await commandList(answer);
	if (sameCommands(registered, options.commands)) return { changed: false, count: options.commands.length };
	await rest.put(route, { body: options.commands });
	return { changed: true, count: options.commands.length };
}
