import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { en } from '../../src/i18n/en.ts';
import { asksWhatDiscussed } from '../../src/search/query-words.ts';
import { turnPage } from '../../src/console/turn-page.ts';
import { indexOf, seedCore, seedCorpus } from '../helpers/corpus.ts';

const core = seedCore();
const index = indexOf(seedCorpus());

/** A response's message: what every door sends (the gateway and HTTP as JSON, the console as text). */
function messageOf(response: APIInteractionResponse | undefined) {
	if (
		response?.type !== InteractionResponseType.ChannelMessageWithSource &&
		response?.type !== InteractionResponseType.UpdateMessage
	)
		throw new Error(`not a message: ${JSON.stringify(response)}`);
	return response.data ?? {};
}

const search = async (query: string) => messageOf(await core.run({ name: 'conclusions', options: { query } }));

describe('a question and nothing else', () => {
	it.each([
		'where',
		'When?',
		'how many',
		'what year',
		'which city',
		'where were they?',
		'and where',
		// A request's verb and the words that frame it: "say" met "concerning" and "stating", "about" met "well".
		'what did they say',
		'what did they say about',
		'tell me about',
		'what was said',
	])('%j names nothing to look for: no paragraphs, and a reply that says so', async (query) => {
		expect(index.search(query)).toMatchObject({ plan: { units: [], onlyAsks: true }, hits: [], related: [] });
		const reply = await search(query);
		expect(reply.embeds ?? []).toEqual([]);
		expect(reply.content).toMatch(/^“[^”]+” only asks a question: say what it is about, e\.g\. `\/conclusions where/);
		expect(reply.allowed_mentions).toEqual({ parse: [] });
	});

	it.each(['what did they decide', 'what was decided', 'what did they conclude'])(
		'%j asks what was agreed where the text says so in its own word (SG/2084: "agreed"), not for decide\'s senses',
		(query) => {
			// "decide" met "unquestionable" and "determination" as same-sense words before it was read so.
			const found = index.search(query);
			expect(found.plan.units.map((u) => u.typed)).toEqual(['agreed']);
			expect(found.hits.map((h) => h.paragraph.number)).toEqual(
				index.search('what was agreed').hits.map((h) => h.paragraph.number),
			);
		},
	);

	it('was answered with a paragraph that has neither the word nor a place, under "no paragraph names the place"', async () => {
		// The contradiction this replaces: "where", searched as a word, met ¶5 through "when".
		const reply = await search('where');
		expect(reply.content).not.toMatch(/No paragraph names the place/);
		expect(reply.embeds?.map((e) => e.title) ?? []).not.toContain('¶5');
	});

	// What a meeting came to is what the bot is asked most: the text's "they agreed", not the words of the question.
	it.each(['what did they agree', 'what did they agree on?', 'what was agreed'])(
		'%j asks for what was agreed: the paragraphs that say so, a match',
		(query) => {
			const found = index.search(query);
			expect(found.plan.onlyAsks).toBe(false);
			expect(found.plan.units.map((u) => u.typed)).toEqual([query.includes('was') ? 'agreed' : 'agree']);
			expect(found.hits.map((h) => h.paragraph.number).sort((a, b) => a - b)).toEqual([8, 10]);
		},
	);

	// Hunting for a quote: the words of the hunt frame it, as a question's do.
	it.each([
		['the sentence about peaceful coexistence', 5],
		['quote the bit on tolerance', 5],
		['the line about monitoring', 6],
	])('%j is searched for its subject: ¶%i', (query, paragraph) => {
		const found = index.search(query);
		expect(found.match).toBe('all');
		expect(found.hits[0]?.paragraph.number).toBe(paragraph);
	});

	it('puts first, of the paragraphs on a subject, the one that says what was agreed on it', () => {
		// ¶3, ¶4, ¶5 and ¶10 speak of terrorism; ¶10 says "the participants agreed on the need for further consultations".
		const found = index.search('what did they agree on terrorism');
		expect(found.plan.units.map((u) => u.typed)).toEqual(['terrorism']);
		expect(found.match).toBe('all');
		expect(found.hits[0]?.paragraph.number).toBe(10);
		// Asked without the outcome, the same subject keeps its own order.
		expect(index.search('terrorism').hits[0]?.paragraph.number).not.toBe(10);
	});

	it.each([
		['who does what', 'searched as typed: "does" is not the grammar of a question'],
		['agreement', 'a filler word alone, not a question'],
		['mention', "a request's verb alone, not a request"],
	])('%j is still searched: %s', (query) => {
		expect(index.search(query).plan.units.length).toBeGreaterThan(0);
	});

	it.each([
		['wat did they say abt poverty', 'what did they say about poverty'],
		['pls find stuff abt disarmament', 'disarmament'],
		['looking for disarmament stuff', 'disarmament'],
		['do they want more high-level meetings', 'more high-level meetings'],
	])('reads a request typed in chat shorthand (%j) as its subject', (query, subject) => {
		const outcome = index.search(query);
		expect(outcome.match).toBe('all');
		expect(outcome.hits.map((h) => h.paragraph.number)).toEqual(
			index.search(subject).hits.map((h) => h.paragraph.number),
		);
		expect(outcome.hits.length).toBeGreaterThan(0);
	});

	it.each(['what threats were discussed', 'what challenges did they talk about', 'which issues were discussed'])(
		'answers %j with the paragraph that says what the meeting discussed',
		(query) => {
			// ¶1: "The participating organizations discussed the main challenges to international peace and security".
			expect(index.search(query).hits[0]?.paragraph.number).toBe(1);
		},
	);

	it('still asks about the subject when a question names it: "did they discuss terrorism?"', () => {
		expect(index.search('did they discuss terrorism?').hits[0]?.paragraph.number).toBe(3);
		expect(asksWhatDiscussed('what did they discuss about terrorism')).toBe(false);
		expect(asksWhatDiscussed('what threats did they talk about')).toBe(true);
	});

	it('keeps "info" as a word searched: "info sharing" is the exchange of information', () => {
		expect(index.search('info sharing').plan.units.map((u) => u.typed)).toEqual(['info', 'sharing']);
	});

	it('still answers a question that names what it asks about', async () => {
		expect(index.search('where was the meeting held').hits.map((h) => h.paragraph.number)).toEqual([1]);
		expect((await search('where was the meeting held')).embeds?.[0]?.title).toBe('¶1');
	});

	it('keeps the related paragraphs of a question whose fact no paragraph states, labelled as not stating it', async () => {
		const reply = await search('where multilingualism');
		expect(reply.content).toBe(
			'No paragraph names the place “where multilingualism” asks for.\n-# The paragraphs with your words — none of them states it:',
		);
		expect(reply.embeds?.[0]?.title).toBe('¶5');
	});

	it('is told the same by the CLI', () => {
		let stdout = '';
		const code = runCli(['search', 'where'], seedCore, { stdout: (t) => (stdout += t), stderr: () => {} });
		expect(code).toBe(0);
		expect(stdout).toBe('"where" only asks a question: say what it is about, e.g. where was the meeting held.\n');
	});
});

describe('a quoted phrase no paragraph has', () => {
	const query = '"dialogue between civilizations"';

	it('is answered by its words apart, the reply saying so under its count line', async () => {
		const data = await search(query);
		expect(data.content).toContain(en.quotedApart);
		expect(data.embeds?.map((e) => e.title?.split(' · ')[0])).toEqual(['¶5', '¶10']);
		expect(data.allowed_mentions).toEqual({ parse: [] });
	});

	it('is marked so in the CLI’s JSON and text', () => {
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['search', query, '--json'], seedCore, out)).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ match: 'some', quotedApart: true, total: 2 });
		stdout = '';
		runCli(['search', query], seedCore, out);
		expect(stdout).toContain('no paragraph has the quoted words side by side');
		stdout = '';
		runCli(['search', '"use of force"', '--json'], seedCore, out);
		expect(JSON.parse(stdout)).not.toHaveProperty('quotedApart');
	});
});

describe('the query echoed in the reply’s header', () => {
	it('drops mention markup as the summary line does, in the author line every door shows', async () => {
		const reply = await search('terrorism @everyone <@&123456789012345678>');
		expect(reply.embeds?.[0]?.author?.name).toBe('🔎 terrorism');
		expect(reply.content).toMatch(/have “terrorism”/);
		expect(JSON.stringify(reply)).not.toMatch(/@everyone|<@&/);
		expect(reply.allowed_mentions).toEqual({ parse: [] });
	});

	it('answers a query of mentions alone by saying they are not searched, echoing none of them', async () => {
		const reply = await search('@everyone <@123456789012345678>');
		expect(reply.content).toMatch(
			/^Mentions \(of people, roles, everyone\) and channels are not searched: type some words/,
		);
		expect(reply.content).not.toContain('@');
	});

	it('keeps the same header and results when its page buttons search again', async () => {
		const first = await search('terrorism @here');
		const second = messageOf(await turnPage(core, first, 'next'));
		expect(second.embeds?.[0]?.author?.name).toBe('🔎 terrorism');
		expect(second.content).toMatch(/have “terrorism”.* page 2 of 2/);
	});

	it('is cut after a whole word, with an ellipsis, within the author line’s limit', async () => {
		// Longer than Discord's query option allows: what the console or another client may still send.
		const long = `terrorism ${'international '.repeat(30)}`.trim();
		const name = (await search(long)).embeds?.[0]?.author?.name ?? '';
		expect(name.length).toBeLessThanOrEqual(256);
		expect(name).toMatch(/^🔎 terrorism( international)+…$/u);
	});
});
