import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { find, seedText as text } from '../helpers/find-in-conclusions.ts';

/** Each paragraph shown: its mark and the note under its quote. */
const shown = (data: APIInteractionResponseCallbackData) =>
	(data.embeds ?? []).map((e) => ({
		mark: e.title?.split(' · ')[0],
		note: e.fields?.map((f) => f.value).join(' ') ?? '',
		quote: e.description ?? '',
	}));

/** The first sentence of ¶9, as a chat message quotes it. */
const sentence = () => text(9).split(/(?<=\.)\s+/u)[0] ?? '';

describe('Find in conclusions on a chat line quoting one sentence', () => {
	it('names the quoted paragraph first, and lists the others by how many key words they share, most first', async () => {
		const found = shown(await find(`lol look: ${sentence()} right?`));
		expect(found[0]?.mark).toBe('¶9');
		expect(found[0]?.note).toContain('quoted word for word');
		const counts = found.slice(1).map((f) => Number(/shares (\d+) of/u.exec(f.note)?.[1]));
		expect(counts.length).toBeGreaterThan(0);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it.each([
		'what did they agree on human rights and terrorism and poverty and regional cooperation with the UN?',
		'conflict prevention, peace-building, dialogue among civilizations, weapons of mass destruction',
	])('a paraphrase (%j): most shared key words first', async (message) => {
		const counts = shown(await find(message)).map((f) => Number(/shares (\d+) of/u.exec(f.note)?.[1]));
		expect(counts.length).toBeGreaterThan(1);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it('does not match the chat around the quote: “right?” is no key word, and “rights” is not bolded', async () => {
		const found = shown(await find(`lol look: ${sentence()} right?`));
		for (const f of found) expect(f.quote).not.toMatch(/\*\*[^*]*rights?[^*]*\*\*/iu);
	});

	it('a fragment of the sentence in quotation marks is said to be quoted word for word', async () => {
		const fragment = sentence().split(' ').slice(0, 16).join(' ');
		const found = shown(await find(`lol look: “${fragment}” right?`));
		expect(found[0]?.mark).toBe('¶9');
		expect(found[0]?.note).toContain('quoted word for word');
		const straight = shown(await find(`lol look: "${fragment}" right?`));
		expect(straight[0]?.note).toContain('quoted word for word');
	});
});
