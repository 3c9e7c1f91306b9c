import { ApplicationCommandType, InteractionType, type APIInteraction } from 'discord-api-types/v10';

/** A body read as an interaction: one the core can answer, or why not (short, safe to log and to send back). */
export type ReadInteraction = { ok: true; interaction: APIInteraction } | { ok: false; reason: string };

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isSnowflake = (value: unknown) => typeof value === 'string' && /^\d{1,20}$/.test(value);
const isText = (value: unknown, max: number) => typeof value === 'string' && value.length > 0 && value.length <= max;
const optional = (value: unknown, check: (v: unknown) => boolean) => value === undefined || check(value);
const optionalOrNull = (value: unknown, check: (v: unknown) => boolean) => value === null || optional(value, check);
const field = (object: Shape, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** Who asked: a guild member (with permissions as a decimal string) or a user. */
function readsRequester(body: Shape): string | undefined {
	const member = field(body, 'member');
	const user = field(body, 'user');
	if (member !== undefined) {
		if (!isObject(member) || !isObject(field(member, 'user')) || !isSnowflake(field(member.user as Shape, 'id')))
			return 'member.user.id must be a snowflake';
		if (!optional(field(member, 'permissions'), (p) => typeof p === 'string' && /^\d{1,40}$/.test(p)))
			return 'member.permissions must be a decimal string';
	}
	if (!optional(user, (u) => isObject(u) && isSnowflake(field(u, 'id')))) return 'user.id must be a snowflake';
	if (!optional(field(body, 'locale'), (l) => isText(l, 20))) return 'locale must be a string';
	if (!optionalOrNull(field(body, 'guild_locale'), (l) => isText(l, 20))) return 'guild_locale must be a string';
	if (!optional(field(body, 'guild_id'), isSnowflake)) return 'guild_id must be a snowflake';
	if (!optional(field(body, 'authorizing_integration_owners'), isObject))
		return 'authorizing_integration_owners must be an object';
	return undefined;
}

const OPTION_VALUE = new Set(['string', 'number', 'boolean']);
/** The interaction types Discord defines (the enum's values, not its reverse-mapped names), listed once. */
const KNOWN_TYPES: ReadonlySet<unknown> = new Set(Object.values(InteractionType).filter((v) => typeof v === 'number'));

/** Options as Discord sends them: objects with a name and a type, values of a plain type, sub-options nested. */
function readsOptions(options: unknown, depth = 0): string | undefined {
	if (options === undefined) return undefined;
	if (!Array.isArray(options) || options.length > 25) return 'options must be a list of at most 25';
	for (const option of options) {
		if (!isObject(option) || !isText(field(option, 'name'), 32) || typeof field(option, 'type') !== 'number')
			return 'every option needs a name and a type';
		const value = field(option, 'value');
		if (value !== undefined && !OPTION_VALUE.has(typeof value))
			return 'an option value must be a string, number or boolean';
		if (!optional(field(option, 'focused'), (f) => typeof f === 'boolean')) return 'focused must be a boolean';
		const nested = field(option, 'options');
		if (nested !== undefined && (depth >= 1 || readsOptions(nested, depth + 1) !== undefined))
			return 'options are nested deeper than a subcommand group';
	}
	return undefined;
}

/** The message a button sits on, as far as the handlers read it. */
function readsMessage(message: unknown): string | undefined {
	if (!isObject(message)) return 'message must be an object';
	if (typeof field(message, 'content') !== 'string' || !Array.isArray(field(message, 'embeds')))
		return 'message needs content and embeds';
	if (!(field(message, 'embeds') as unknown[]).every(isObject)) return 'message embeds must be objects';
	if (!optional(field(message, 'flags'), (f) => typeof f === 'number')) return 'message flags must be a number';
	const metadata = field(message, 'interaction_metadata');
	if (
		!optional(
			metadata,
			(m) => isObject(m) && isObject(field(m, 'user')) && isSnowflake(field(field(m, 'user') as Shape, 'id')),
		)
	)
		return 'message interaction_metadata needs a user';
	return undefined;
}

function readsData(type: InteractionType, data: unknown): string | undefined {
	if (!isObject(data)) return 'data must be an object';
	if (type === InteractionType.MessageComponent || type === InteractionType.ModalSubmit) {
		if (!isText(field(data, 'custom_id'), 100)) return 'data.custom_id must be a string of 1–100 characters';
		return undefined;
	}
	if (!isText(field(data, 'name'), 100)) return 'data.name must be a string';
	const commandType = field(data, 'type');
	if (type === InteractionType.ApplicationCommand && typeof commandType !== 'number')
		return 'data.type must be a number';
	if (commandType === (ApplicationCommandType.Message as number) && type === InteractionType.ApplicationCommand) {
		const target = field(data, 'target_id');
		const resolved = field(data, 'resolved');
		const messages = isObject(resolved) ? field(resolved, 'messages') : undefined;
		const message = isSnowflake(target) && isObject(messages) ? field(messages, target as string) : undefined;
		if (
			!isObject(message) ||
			typeof field(message, 'content') !== 'string' ||
			!Array.isArray(field(message, 'attachments'))
		)
			return 'a message command needs its target message in data.resolved.messages';
	}
	return readsOptions(field(data, 'options'));
}

const no = (reason: string): ReadInteraction => ({ ok: false, reason });

/**
 * Checks a parsed body before anything reads it: the fields every door and handler rely on, with the types Discord
 * sends. Whatever passes here cannot make a handler read a missing field; whatever fails gets a short reason (for a
 * 400 over HTTP, for a log line on the gateway). Reads own properties only, so `__proto__` and friends are just
 * missing fields.
 */
export function readInteraction(body: unknown): ReadInteraction {
	if (!isObject(body)) return no('not a JSON object');
	const type = field(body, 'type');
	if (typeof type !== 'number' || !KNOWN_TYPES.has(type)) return no('not an interaction of a known type');
	if (!isSnowflake(field(body, 'id')) || !isSnowflake(field(body, 'application_id')))
		return no('id and application_id must be snowflakes');
	if (!isText(field(body, 'token'), 500)) return no('token must be a string');
	const known = type as InteractionType;
	if (known === InteractionType.Ping) return { ok: true, interaction: body as unknown as APIInteraction };
	const problem = readsRequester(body) ?? readsData(known, field(body, 'data'));
	// A button's message is optional here (handlers answer "stale button" without one), but well formed if present.
	if (problem === undefined && known === InteractionType.MessageComponent && field(body, 'message') !== undefined) {
		const message = readsMessage(field(body, 'message'));
		if (message) return no(message);
	}
	return problem ? no(problem) : { ok: true, interaction: body as unknown as APIInteraction };
}
