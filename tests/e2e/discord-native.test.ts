import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { EXTERNAL_GUILD, WITHOUT_EXTERNAL_APPS } from '../stand-in/fixtures.ts';
import { customIds } from '../stand-in/messages.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

const OTHER_USER = { id: '1000000000000000999', username: 'someone-else' };

describe('Discord-native experience, through the real client and the stand-in', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});
	const command = (name: string, options: Record<string, string | boolean>, extra = {}) =>
		harness.standIn.interact(harness.standIn.commandSpec(name, options, extra));
	const autocomplete = (name: string, options: { name: string; type: number; value: string; focused?: boolean }[]) =>
		harness.standIn.interact({ type: 4, data: { id: '1', name, type: 1, options } });
	const content = (record: InteractionRecord) => record.acknowledgement?.data?.content ?? '';
	const choices = (record: InteractionRecord) => record.acknowledgement?.data?.choices ?? [];
	const accepted = (record: InteractionRecord) => expect(record.rejections).toEqual([]);

	describe('autocomplete', () => {
		it('offers the typed text first, then paragraph previews valued by id', async () => {
			const record = await autocomplete('conclusions', [{ name: 'query', type: 3, value: 'terr', focused: true }]);
			accepted(record);
			expect(record.acknowledgement?.type).toBe(8);
			const [typed, ...previews] = choices(record);
			expect(typed).toEqual({ name: 'terr', value: 'terr' });
			expect(previews.map((c) => c.value)).toEqual(expect.arrayContaining(['sg2084-3', 'sg2084-4', 'sg2084-5']));
			for (const choice of previews) expect(choice.name).toMatch(/^¶\d+ · .+ — “.+”$/);
		});

		it('suggests the themes’ central paragraphs before anything is typed', async () => {
			const record = await autocomplete('conclusions', [{ name: 'query', type: 3, value: '', focused: true }]);
			const values = choices(record).map((c) => c.value);
			expect(values.length).toBeGreaterThanOrEqual(5);
			expect(values.every((v) => typeof v === 'string' && v.startsWith('sg2084-'))).toBe(true);
		});

		it('completes themes with paragraph counts, and quote paragraphs with previews', async () => {
			const theme = await autocomplete('conclusions', [
				{ name: 'query', type: 3, value: 'x' },
				{ name: 'theme', type: 3, value: 'hum', focused: true },
			]);
			expect(choices(theme)).toEqual([{ name: 'Human rights · 3 ¶', value: 'human-rights' }]);
			const paragraph = await autocomplete('quote', [{ name: 'paragraph', type: 3, value: '1', focused: true }]);
			expect(choices(paragraph).map((c) => c.value)).toEqual(['sg2084-1', 'sg2084-10']);
		});
	});

	describe('commands', () => {
		it('selects a paragraph directly when the query is an autocomplete value, and reads a theme label', async () => {
			const chosen = await command('conclusions', { query: 'sg2084-6' });
			expect(chosen.acknowledgement?.data?.embeds?.map((e) => e.title)).toEqual(['¶6']);
			const labelled = await command('conclusions', { query: 'security', theme: 'Terrorism · 5 ¶' });
			accepted(labelled);
			expect(content(labelled)).toContain('in the theme **Terrorism**');
		});

		it('/quote posts one paragraph publicly with its citation, ◀ ▶, Cite, Delete and the source', async () => {
			const record = await command('quote', { paragraph: '3' });
			accepted(record);
			const data = record.acknowledgement?.data;
			expect(data?.flags ?? 0).toBe(0);
			expect(data?.embeds?.[0]?.title).toBe('¶3');
			expect(data?.content).toContain('SG/2084 (31 July 2003), ¶3');
			expect(customIds(data)).toEqual(['q:sg2084-2:p', 'q:sg2084-4:n', 'cite:sg2084-3', 'del']);
			const links = (data?.components ?? []).flatMap((row) => row.components ?? []).filter((c) => c.style === 5);
			expect(links.map((l) => l.url)).toEqual(['https://unis.unvienna.org/unis/en/pressrels/2003/sg2084.html']);
		});

		it('/quote answers a number out of range privately with the valid range', async () => {
			const record = await command('quote', { paragraph: '11' });
			expect(record.acknowledgement?.data?.flags).toBe(64);
			expect(content(record)).toBe('There is no paragraph “11”. Valid paragraphs: SG/2084 ¶1–10.');
		});

		it('/quote with an empty paragraph (a hand-made or stale client) says how to use it, in the user’s language', async () => {
			const record = await command('quote', { paragraph: '' }, { locale: 'fr' });
			accepted(record);
			expect(record.acknowledgement?.data?.flags).toBe(64);
			expect(content(record)).toBe(
				'Indiquez un numéro de paragraphe, p. ex. `/quote 1`. Paragraphes valides : SG/2084 ¶1–10.',
			);
		});

		it('/themes lists every theme, /themes theme lists its paragraphs, /help names the corpus version', async () => {
			const all = await command('themes', {});
			expect(all.acknowledgement?.data?.embeds?.[0]?.description).toContain('**Organized crime** · 1 ¶');
			const one = await command('themes', { theme: 'disarmament' });
			expect(one.acknowledgement?.data?.embeds?.[0]?.description).toMatch(/\*\*¶1\*\* — [\s\S]*\*\*¶8\*\* — /);
			const help = await command('help', {});
			const embed = help.acknowledgement?.data?.embeds?.[0];
			expect(embed?.footer?.text).toBe(`Corpus version ${harness.core.context.corpus.version}`);
			expect(JSON.stringify(embed?.fields)).toContain('use of force');
		});

		it('Find in conclusions answers a quoted or paraphrased message privately, with how close each paragraph is', async () => {
			const ask = (message: { content: string; attachments?: unknown[] }) =>
				harness.standIn.interact({
					type: 2,
					data: {
						id: '1',
						name: 'Find in conclusions',
						type: 3,
						target_id: '77',
						resolved: {
							messages: {
								'77': {
									id: '77',
									channel_id: '1',
									content: message.content,
									attachments: message.attachments ?? [],
									embeds: [],
								},
							},
						},
					},
				});
			const paraphrase = await ask({
				content: 'They said kids caught up in wars need protecting, with peer review of the rules.',
			});
			accepted(paraphrase);
			expect(paraphrase.acknowledgement?.data?.flags).toBe(64);
			const [best] = paraphrase.acknowledgement?.data?.embeds ?? [];
			expect(best?.title).toBe('¶6');
			expect(best?.fields?.[0]?.value).toMatch(/^shares \d+ of \d+ key words$/);
			expect(content(await ask({ content: '' }))).toBe('That message has no text to look up.');
			expect(content(await ask({ content: '', attachments: [{ id: '1' }] }))).toMatch(/only has attachments/);
		});
	});

	describe('buttons', () => {
		it('pages results for the searcher only, and keeps working after the client is re-created', async () => {
			const search = await command('conclusions', { query: 'terrorism' });
			expect(customIds(search.acknowledgement?.data)).toContain('pg:1::');
			const other = await harness.standIn.click(search, 'pg:1::', { user: OTHER_USER });
			expect(other.acknowledgement?.data?.flags).toBe(64);
			expect(content(other)).toMatch(/Only the person who searched/);
			await harness.restartClient();
			const next = await harness.standIn.click(search, 'pg:1::');
			accepted(next);
			expect(next.acknowledgement?.type).toBe(7);
			expect(next.acknowledgement?.data?.embeds?.map((e) => e.title)).toEqual(['¶1', '¶5']);
			expect(content(next)).toContain('— page 2 of 2:');
			const back = await harness.standIn.click(search, 'pg:0::');
			expect(back.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶3');
		});

		it('cites a paragraph privately, in a code block with symbol, title, date, number, URL and corpus version', async () => {
			const search = await command('conclusions', { query: 'children' });
			const cite = await harness.standIn.click(search, 'cite:sg2084-6');
			const text = content(cite);
			expect(cite.acknowledgement?.data?.flags).toBe(64);
			expect(text).toContain('```');
			for (const part of [
				'SG/2084',
				'Fifth High-Level Meeting',
				'31 July 2003',
				'¶6',
				'sg2084.html',
				harness.core.context.corpus.version,
			]) {
				expect(text).toContain(part);
			}
		});

		it('posts a private result in the channel as an interaction response, naming without pinging', async () => {
			const search = await command('conclusions', { query: 'poverty', private: true });
			expect(customIds(search.acknowledgement?.data)).toContain('post:sg2084-7');
			const posted = await harness.standIn.click(search, 'post:sg2084-7');
			accepted(posted);
			expect(posted.acknowledgement?.type).toBe(4);
			expect(posted.acknowledgement?.data?.flags ?? 0).toBe(0);
			expect(content(posted)).toMatch(/^Shared by <@1000000000000000100>:/);
			expect(posted.acknowledgement?.data?.allowed_mentions).toEqual({ parse: [] });
			expect(harness.standIn.requests.some((r) => r.includes('/channels/'))).toBe(false);
		});

		it('lets only the person who caused a post delete it', async () => {
			const quote = await command('quote', { paragraph: '9' });
			const refused = await harness.standIn.click(quote, 'del', { user: OTHER_USER });
			expect(content(refused)).toMatch(/Only the person who posted this/);
			expect(quote.deleted).toBeUndefined();
			const deleted = await harness.standIn.click(quote, 'del');
			expect(deleted.acknowledgement?.type).toBe(6);
			await harness.standIn.waitFor(quote, (r) => r.deleted === true);
		});

		it('turns a quote’s page for its owner and shows others the paragraph privately', async () => {
			const quote = await command('quote', { paragraph: '3' });
			const mine = await harness.standIn.click(quote, 'q:sg2084-4:n');
			expect(mine.acknowledgement?.type).toBe(7);
			expect(mine.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶4');
			const theirs = await harness.standIn.click(quote, 'q:sg2084-5:n', { user: OTHER_USER });
			expect(theirs.acknowledgement?.type).toBe(4);
			expect(theirs.acknowledgement?.data?.flags).toBe(64);
			expect(theirs.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶5');
		});

		it.each([
			['pg:x::'],
			['cite:nope-1'],
			['q:sg2084-99:n'],
			['zz:1'],
			['tp:cooking:0'],
			['del:extra'],
			['full:sg2084-1:2'],
		])('answers a stale or forged custom_id %j politely', async (id) => {
			const forged = await harness.standIn.interact({
				type: 3,
				data: { custom_id: id, component_type: 2 },
				message: { id: '5', content: '', embeds: [], components: [], flags: 0 },
			});
			accepted(forged);
			expect(forged.acknowledgement?.data?.flags).toBe(64);
			expect(content(forged)).toMatch(/no longer (works|in use)/);
		});
	});

	describe('reach', () => {
		it('works as a user-installed app in a server without the bot, where Discord forces answers private', async () => {
			const record = await command(
				'conclusions',
				{ query: 'terrorism' },
				{ guildId: EXTERNAL_GUILD.id, userInstall: true, memberPermissions: WITHOUT_EXTERNAL_APPS },
			);
			accepted(record);
			const data = record.acknowledgement?.data;
			expect(data?.flags).toBe(64);
			expect(data?.content).toContain('-# This server does not let apps post for you here');
			expect(customIds(data).some((id) => id.startsWith('post:') || id === 'del')).toBe(false);
			expect(record.followUps).toEqual([]);
		});

		it('answers in the user’s language privately and in the server’s publicly', async () => {
			const privately = await command('conclusions', { query: 'zzqx' }, { locale: 'fr', guildLocale: 'ru' });
			expect(content(privately)).toMatch(/^Aucun paragraphe ne correspond/);
			const publicly = await command('conclusions', { query: 'poverty' }, { locale: 'fr', guildLocale: 'ru' });
			expect(content(publicly)).toMatch(/^По запросу/);
		});
	});
});
