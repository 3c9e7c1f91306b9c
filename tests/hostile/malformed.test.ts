import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { DEFAULT_USER, findInConclusions, type InteractionSpec } from '../stand-in/interaction.ts';
import { apiUser, GUILD_ID } from '../stand-in/fixtures.ts';
import type { DiscordStandIn, InteractionRecord } from '../stand-in/stand-in.ts';
import {
	deeplyNested,
	fieldMutations,
	randomMutations,
	seeded,
	shapeMutations,
	type Mutation,
	type Payload,
} from './mutations.ts';
import { buildInteraction } from '../stand-in/interaction.ts';

/** Set MUTATION_SEED to replay another run's random mutations. */
const SEED = Number(process.env.MUTATION_SEED ?? 20_261_129);

const option = (name: string, value: string | boolean, type = 3, focused?: boolean) => ({
	name,
	type,
	value,
	...(focused === undefined ? {} : { focused }),
});
const command = (name: string, options: ReturnType<typeof option>[]): InteractionSpec => ({
	type: 2,
	data: { id: '1100000000000000001', name, type: 1, options },
});
/** A message the bot posted earlier, as a button click carries it. */
const postedMessage = {
	id: '1100000000000000500',
	type: 20,
	content: '-# SG/2084 ¶3',
	embeds: [{ title: '¶3', author: { name: '🔎 terrorism' } }],
	components: [],
	flags: 0,
	attachments: [],
	interaction_metadata: {
		id: '1100000000000000400',
		type: 2,
		user: apiUser(DEFAULT_USER),
		authorizing_integration_owners: { '0': GUILD_ID },
	},
};
const click = (customId: string): InteractionSpec => ({
	type: 3,
	data: { custom_id: customId, component_type: 2 },
	message: postedMessage,
});

/** A valid interaction of each kind the bot handles. */
const BASES: [string, InteractionSpec][] = [
	['/conclusions', command('conclusions', [option('query', 'terrorism'), option('private', true, 5)])],
	['/quote', command('quote', [option('paragraph', '3')])],
	['/themes', command('themes', [option('theme', 'terrorism')])],
	['/help', command('help', [])],
	[
		'autocomplete',
		{ type: 4, data: { id: '1', name: 'conclusions', type: 1, options: [option('query', 'terr', 3, true)] } },
	],
	['Find in conclusions', findInConclusions('terrorism')],
	['Cite button', click('cite:sg2084-3')],
	['page button', click('pg:1::')],
	['modal submit', { type: 5, data: { custom_id: 'gone', components: [] } }],
];

interface Case {
	name: string;
	base: InteractionSpec;
	mutation: Mutation;
}

const random = seeded(SEED);
const CASES: Case[] = BASES.flatMap(([kind, base]) => {
	const payload = buildInteraction(base, 'itoken.template') as unknown as Payload;
	return [...fieldMutations(payload), ...shapeMutations(payload), ...randomMutations(payload, random, 6)].map(
		(mutation) => ({ name: `${kind}: ${mutation.name}`, base, mutation }),
	);
});

/** A mutated copy of a fresh interaction the stand-in knows (its id and token, unless the mutation changed them). */
function mutated(standIn: DiscordStandIn, { base, mutation }: Case): { record: InteractionRecord; payload: Payload } {
	const record = standIn.createInteraction(base);
	return { record, payload: mutation.apply(record.payload) };
}

describe(`malformed interactions through the HTTP endpoint (MUTATION_SEED=${SEED})`, () => {
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness();
	});
	afterAll(async () => {
		await h?.close();
	});

	/** A signed POST that must be answered within Discord's 3 s. */
	async function post(body: string): Promise<{ status: number; body: unknown }> {
		const timestamp = String(Math.floor(Date.now() / 1000));
		const response = await fetch(`${h.endpoint.url}/interactions`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'x-signature-timestamp': timestamp,
				'x-signature-ed25519': h.discord.sign(timestamp, body),
			},
			body,
			signal: AbortSignal.timeout(3000),
		});
		return { status: response.status, body: await response.json() };
	}

	function expectValidOrRefused(record: InteractionRecord, answer: { status: number; body: unknown }): void {
		if (answer.status === 200) {
			h.standIn.receiveHttpResponse(record, answer.body);
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement).toBeDefined();
		} else {
			expect(answer.status).toBeGreaterThanOrEqual(400);
			expect(answer.status).toBeLessThan(500);
			expect(answer.body).toMatchObject({ error: expect.any(String) as unknown });
		}
	}

	it('has a case for every kind and mutation', () => {
		expect(CASES.length).toBeGreaterThan(300);
	});

	it.each(CASES)('$name: a valid response or a 4xx within 3 s', async (testCase) => {
		const { record, payload } = mutated(h.standIn, testCase);
		expectValidOrRefused(record, await post(JSON.stringify(payload)));
	});

	it('a PING with an unknown extra field nested 2000 deep is answered', async () => {
		const record = h.standIn.createInteraction({ type: 2, data: {} });
		const ping = { id: record.id, application_id: h.standIn.applicationId, type: 1, token: record.token, version: 1 };
		expect(await post(deeplyNested(ping, 2000))).toEqual({ status: 200, body: { type: 1 } });
	});

	it.each(BASES)('%s with an unknown field nested 2000 deep gets a valid answer', async (_kind, base) => {
		const record = h.standIn.createInteraction(base);
		expectValidOrRefused(record, await post(deeplyNested(record.payload, 2000)));
	});

	it.each([
		['an autocomplete without data', { type: 4 }],
		['a button click without custom_id', { type: 3, data: { component_type: 2 } }],
		['a button click whose custom_id is null', { type: 3, data: { custom_id: null, component_type: 2 } }],
		['a button click whose custom_id is a number', { type: 3, data: { custom_id: 7, component_type: 2 } }],
	])('%s (as once reported, held until the server timeout) is refused at once', async (_name, fields) => {
		const body = { id: '1100000000000000777', application_id: h.standIn.applicationId, token: 'itoken.x', ...fields };
		const answer = await post(JSON.stringify(body));
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ error: expect.stringMatching(/data/) as unknown });
	});

	it('a body that is nothing but nesting 2000 deep is refused', async () => {
		const answer = await post(`${'['.repeat(2000)}${']'.repeat(2000)}`);
		expect(answer).toEqual({ status: 400, body: { error: 'not a JSON object' } });
	});

	it('logs each refusal once, never a handler failure, and still answers correctly', async () => {
		expect(h.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
		const refusals = h.logs.filter((l) => l.includes('http: refused a malformed body'));
		expect(refusals.length).toBeGreaterThan(0);
		const { status, record } = await h.discord.interact(
			h.standIn,
			h.endpoint.url,
			h.standIn.commandSpec('conclusions', { query: 'terrorism' }),
		);
		expect(status).toBe(200);
		expect((await h.standIn.answerOf(record))?.embeds?.[0]?.title).toBe('¶3');
	});
});

describe(`malformed interactions through the gateway (MUTATION_SEED=${SEED})`, () => {
	let h: Harness;
	/**
	 * Log lines that close an interaction: answered (or given up), or ignored as malformed. Counted as the log grows
	 * (it only grows): each case polls this every few milliseconds, and the log reaches thousands of lines.
	 */
	let counted = 0;
	let closedLines = 0;
	const closed = () => {
		for (; counted < h.logs.length; counted += 1) {
			const line = h.logs[counted] ?? '';
			if (line.includes('"msg":"interaction"') || line.includes('ignored a malformed interaction')) closedLines += 1;
		}
		return closedLines;
	};
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(async () => {
		await h?.close();
	});

	it.each(CASES)('$name: answered validly or ignored, and the next search is answered', async (testCase) => {
		const before = closed();
		const { record, payload } = mutated(h.standIn, testCase);
		h.standIn.gateway.dispatch('INTERACTION_CREATE', payload, GUILD_ID);
		// The search goes once the mutated interaction is closed: sent while the bot still works on it, it would be
		// deferred (the bot is busy) and wait for a pause in traffic (src/discord/work-queue.ts) in every case.
		await expect.poll(closed, { interval: 2 }).toBeGreaterThanOrEqual(before + 1);
		const next = await h.standIn.interact(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		await expect.poll(closed, { interval: 2 }).toBeGreaterThanOrEqual(before + 2);
		// Whatever the bot sent about the mutated interaction, Discord accepted: no invalid first callback.
		expect(record.rejections).toEqual([]);
		expect(next.rejections).toEqual([]);
		expect((await h.standIn.answerOf(next))?.embeds?.[0]?.title).toBe('¶3');
	});

	it('sends nothing at all for an interaction of an unknown type (no invalid first callback)', async () => {
		const record = h.standIn.createInteraction(BASES[0]![1]);
		const before = h.standIn.requests.length;
		h.standIn.gateway.dispatch('INTERACTION_CREATE', { ...record.payload, type: 99 }, GUILD_ID);
		await expect.poll(() => h.logs.some((l) => l.includes('"reason":"not an interaction of a known type"'))).toBe(true);
		// The next interaction is answered, and nothing was sent about the unknown one.
		const next = await h.standIn.interact(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		expect((await h.standIn.answerOf(next))?.embeds?.[0]?.title).toBe('¶3');
		expect(h.standIn.requests.slice(before).filter((r) => r.includes(record.id))).toEqual([]);
		expect(record.acknowledgement).toBeUndefined();
		expect(record.rejections).toEqual([]);
	});

	it('logged no handler failure', () => {
		expect(h.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
	});
});
