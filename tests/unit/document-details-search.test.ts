import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { conclusions } from '../../commands/conclusions.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { firstResponse, type Reply } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedCorpus } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * A search no paragraph answers whose words are in a document's details: SG/2084's conclusions are Kofi Annan's, named
 * in the press release's opening line (its `author`), never in a paragraph. "No paragraph matches" alone would tell a
 * reader the document never names him.
 */

function contentOf(reply: Reply): string {
	const first = firstResponse(reply);
	if (first.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(first.data)).toEqual([]);
	expect(first.data.allowed_mentions).toEqual({ parse: [] });
	return first.data.content ?? '';
}

describe('words no paragraph has, in a document’s details', () => {
	const corpus = seedCorpus();

	// "Secretary-General": no word of any paragraph, nor "general"'s meaning ("main", in ¶1's "main challenges").
	it.each(['Kofi Annan', 'annan', 'who chaired the meeting', 'Secretary-General'])(
		'%j: no match, and the detail that names it',
		(query) => {
			const content = contentOf(conclusions.execute({ query }, contextFor(corpus, requester('en-US'))));
			expect(content).toContain(`No paragraph matches “${query}”.`);
			expect(content).toContain(
				`No paragraph's text has “${query}”, but the details of “SG/2084” do — author: Secretary-General Kofi Annan, Chairman of the meeting.`,
			);
		},
	);

	it('says nothing of details when a word is in none of them, or when paragraphs match', () => {
		const context = contextFor(corpus, requester('en-US'));
		expect(contentOf(conclusions.execute({ query: 'Kofi Annan piracy' }, context))).not.toContain('details of');
		expect(contentOf(conclusions.execute({ query: 'piracy' }, context))).not.toContain('details of');
	});

	it('in the asker’s language', () => {
		const content = contentOf(conclusions.execute({ query: 'Kofi Annan' }, contextFor(corpus, requester('fr'))));
		expect(content).toMatch(/mais les données de «\s?SG\/2084\s?» oui — auteur\s?: Secretary-General Kofi Annan/u);
	});

	it('the CLI says it too, and --json names the document and the detail', () => {
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['search', 'Kofi', 'Annan'], () => core, out)).toBe(0);
		expect(stdout).toContain(
			`No paragraph's text has "Kofi Annan", but the details of SG/2084 do — author: Secretary-General Kofi Annan, Chairman of the meeting.`,
		);
		stdout = '';
		expect(runCli(['search', 'Kofi', 'Annan', '--json'], () => core, out)).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			total: 0,
			match: 'none',
			results: [],
			inDetails: {
				document: 'sg2084',
				detail: 'author',
				value: 'Secretary-General Kofi Annan, Chairman of the meeting',
			},
		});
		// A question whose words paragraphs have, though not the fact it asks for, names no detail in --json either
		// ("meeting" is in the author's line too).
		stdout = '';
		expect(runCli(['search', 'when', 'is', 'the', 'next', 'meeting', '--json'], () => core, out)).toBe(0);
		const next = JSON.parse(stdout) as Record<string, unknown>;
		expect(next).toMatchObject({ match: 'none', results: [] });
		expect(next).not.toHaveProperty('inDetails');
	});
});

describe('a search that names who a document is by, beside what it asks', () => {
	const index = indexOf(seedCorpus());
	const numbers = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);

	it('asks that document for the rest ("what did the secretary-general conclude on terrorism": what was agreed on it)', () => {
		// Searched as typed, "secretary-general" is in no paragraph: no match at all.
		expect(numbers('what did the secretary-general conclude on terrorism')).toEqual(
			numbers('what did they agree on terrorism'),
		);
		expect(numbers('what did kofi annan say about poverty')).toEqual(numbers('poverty'));
	});

	it('searches the rest beside the byline in any order, and leaves the byline alone to the details notice', () => {
		expect(index.search('kofi annan').match).toBe('none');
		expect(numbers('secretary-general terrorism')).toEqual(numbers('terrorism'));
	});
});
