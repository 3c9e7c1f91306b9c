/**
 * Structural mutations of valid interactions, for the malformed-interaction tests: each required field dropped,
 * nulled or of the wrong type, unknown interaction and option types, options nested as subcommands we never
 * registered, duplicate option names, 100 options, 6000-character values, lone surrogates, own-key traps
 * (`__proto__`, `constructor`), and a seeded batch of random ones, so that a failure reproduces with its seed.
 */

export type Payload = Record<string, unknown>;

export interface Mutation {
	name: string;
	apply(payload: Payload): Payload;
}

/** A small seeded generator (mulberry32): the same seed gives the same mutations. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The fields Discord always sends and the bot reads, where the kind has them. */
const REQUIRED = [
	'id',
	'application_id',
	'type',
	'token',
	'version',
	'data',
	'locale',
	'guild_id',
	'authorizing_integration_owners',
	'member',
	'member.user',
	'member.user.id',
	'member.permissions',
	'data.id',
	'data.name',
	'data.type',
	'data.options',
	'data.options.0',
	'data.options.0.name',
	'data.options.0.type',
	'data.options.0.value',
	'data.options.0.focused',
	'data.custom_id',
	'data.component_type',
	'data.target_id',
	'data.resolved',
	'data.resolved.messages',
	'message',
	'message.content',
	'message.embeds',
	'message.flags',
	'message.interaction_metadata',
	'message.interaction_metadata.user',
	'message.interaction_metadata.user.id',
];

const clone = (payload: Payload): Payload => structuredClone(payload);

function parentOf(root: Payload, path: string): [Record<string, unknown> | unknown[], string] | undefined {
	const keys = path.split('.');
	let node: unknown = root;
	for (const key of keys.slice(0, -1)) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	const last = keys.at(-1) ?? '';
	if (typeof node !== 'object' || node === null || !Object.hasOwn(node, last)) return undefined;
	return [node as Record<string, unknown>, last];
}

export const has = (payload: Payload, path: string) => parentOf(payload, path) !== undefined;

function at(path: string, change: (parent: Record<string, unknown>, key: string) => void) {
	return (payload: Payload): Payload => {
		const copy = clone(payload);
		const found = parentOf(copy, path);
		if (found) change(found[0] as Record<string, unknown>, found[1]);
		return copy;
	};
}

/** A value of another JSON type than `value`'s. */
function otherType(value: unknown): unknown {
	if (typeof value === 'string') return 12345;
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return 'true';
	if (Array.isArray(value)) return { 0: (value as unknown[])[0] ?? null };
	if (typeof value === 'object' && value !== null) return 'object';
	return [];
}

/** Dropped, null and wrong-typed versions of every required field the payload has. */
export function fieldMutations(payload: Payload): Mutation[] {
	return REQUIRED.filter((path) => has(payload, path)).flatMap((path): Mutation[] => [
		{ name: `${path} dropped`, apply: at(path, (p, k) => void delete p[k]) },
		{ name: `${path} null`, apply: at(path, (p, k) => void (p[k] = null)) },
		{ name: `${path} of another type`, apply: at(path, (p, k) => void (p[k] = otherType(p[k]))) },
	]);
}

const LONG = 'participants noted terrorism '.repeat(220).slice(0, 6000);
const SURROGATES = '\uD800terror\uDFFFism\uD83D';
const set = (path: string, value: unknown) => at(path, (p, k) => void (p[k] = value));

/** Mutations that are not about one field: types, nesting, duplicates, sizes, odd strings, own-key traps. */
export function shapeMutations(payload: Payload): Mutation[] {
	const list: Mutation[] = [
		{ name: 'unknown interaction type 99', apply: set('type', 99) },
		{ name: 'interaction type 0', apply: set('type', 0) },
		{ name: 'locale "__proto__"', apply: set('locale', '__proto__') },
		{ name: 'locale "constructor"', apply: set('locale', 'constructor') },
		{ name: 'locale "toString"', apply: set('locale', 'toString') },
		{ name: 'locale of 6000 characters', apply: set('locale', LONG) },
		{ name: 'locale with lone surrogates', apply: set('locale', SURROGATES) },
		{ name: 'guild_locale "__proto__"', apply: set('guild_locale', '__proto__') },
		{ name: 'an unknown extra field', apply: (p) => ({ ...clone(p), surprise: { nested: [1, 'two', null] } }) },
	];
	if (has(payload, 'data.options')) {
		const options = (payload.data as { options: Payload[] }).options;
		const first = options[0] ?? { name: 'query', type: 3, value: 'terrorism' };
		list.push(
			{ name: 'unknown option type 99', apply: set('data.options', [{ ...first, type: 99 }]) },
			{
				name: 'options nested as a subcommand never registered',
				apply: set('data.options', [{ name: 'sub', type: 1, options }]),
			},
			{
				name: 'options nested as a subcommand group never registered',
				apply: set('data.options', [{ name: 'group', type: 2, options: [{ name: 'sub', type: 1, options }] }]),
			},
			{
				name: 'options nested three deep',
				apply: set('data.options', [
					{ name: 'a', type: 2, options: [{ name: 'b', type: 1, options: [{ name: 'c', type: 1, options }] }] },
				]),
			},
			{ name: 'duplicate option names', apply: set('data.options', [...options, ...options]) },
			{
				name: '100 options',
				apply: set(
					'data.options',
					Array.from({ length: 100 }, (_, i) => ({ name: `o${i}`, type: 3, value: 'x' })),
				),
			},
			{ name: 'an option value of 6000 characters', apply: set('data.options.0.value', LONG) },
			{ name: 'an option value with lone surrogates', apply: set('data.options.0.value', SURROGATES) },
			{ name: 'an option named "__proto__"', apply: set('data.options.0.name', '__proto__') },
			{ name: 'an option named "constructor"', apply: set('data.options.0.name', 'constructor') },
			{ name: 'an option value that is an object', apply: set('data.options.0.value', { toString: 'x' }) },
		);
	}
	if (has(payload, 'data.custom_id')) {
		list.push(
			{ name: 'custom_id of 6000 characters', apply: set('data.custom_id', LONG) },
			{ name: 'custom_id with lone surrogates', apply: set('data.custom_id', `cite:${SURROGATES}`) },
			{ name: 'custom_id "__proto__"', apply: set('data.custom_id', '__proto__') },
			{ name: 'custom_id "constructor:1"', apply: set('data.custom_id', 'constructor:1') },
			{ name: 'custom_id naming theme "__proto__"', apply: set('data.custom_id', 'tp:__proto__:0') },
			{ name: 'custom_id naming paragraph "constructor"', apply: set('data.custom_id', 'full:constructor') },
		);
	}
	if (has(payload, 'data.target_id')) {
		list.push(
			{ name: 'target_id "__proto__"', apply: set('data.target_id', '__proto__') },
			{ name: 'target_id of a message not resolved', apply: set('data.target_id', '78') },
			{ name: 'target message of 6000 characters', apply: set('data.resolved.messages.77.content', LONG) },
		);
	}
	if (has(payload, 'data.name')) {
		list.push(
			{ name: 'command name "__proto__"', apply: set('data.name', '__proto__') },
			{ name: 'command name with lone surrogates', apply: set('data.name', SURROGATES) },
		);
	}
	return list;
}

const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, '', ' ', SURROGATES, LONG, [], {}, [[[]]], true, '__proto__'];

/** `count` random mutations drawn with `random`: a random field of the payload set to a random odd value. */
export function randomMutations(payload: Payload, random: () => number, count: number): Mutation[] {
	const paths = REQUIRED.filter((path) => has(payload, path));
	return Array.from({ length: count }, (_, i): Mutation => {
		const path = paths[Math.floor(random() * paths.length)] ?? 'type';
		const value = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)];
		return { name: `random #${i}: ${path} = ${JSON.stringify(value)?.slice(0, 20)}`, apply: set(path, value) };
	});
}

/** A JSON text whose `surprise` field is an array nested `depth` deep (too deep for naive recursive readers). */
export function deeplyNested(payload: Payload, depth: number): string {
	const text = JSON.stringify(payload);
	return `${text.slice(0, -1)},"surprise":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}
