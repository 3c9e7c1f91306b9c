import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { conclusions } from '../../commands/conclusions.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { documentOfSymbol } from '../../src/core/document-symbol.ts';
import { firstResponse, type Reply } from '../../src/render/reply.ts';
import { contextFor, indexOf, layoutsCorpus, requester, seedCorpus } from '../helpers/corpus.ts';
import { withTexts } from '../helpers/synthetic.ts';
import { validateChoices, validateMessage } from '../stand-in/validate-message.ts';

/**
 * A search for a loaded document's symbol (`SG/2084`), which its paragraphs do not print: the reply says whose
 * symbol it is and how to read or search that document, and shows no paragraph as if it matched.
 */

/** The only message a reply sends, checked against Discord's limits. */
function messageOf(reply: Reply) {
	const first = firstResponse(reply);
	if (first.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(first.data)).toEqual([]);
	expect(first.data.allowed_mentions).toEqual({ parse: [] });
	expect(reply.then).toEqual([]);
	return first.data;
}

describe('a search for a loaded document’s symbol', () => {
	const corpus = layoutsCorpus();
	const context = contextFor(corpus, requester('en-US'));

	it.each(['SG/2084', 'sg 2084', 'SG2084'])('%j points to SG/2084, with the document option', (query) => {
		const data = messageOf(conclusions.execute({ query }, context));
		expect(data.embeds ?? []).toEqual([]);
		expect(data.content).toBe(
			'“SG/2084” is the symbol of the document *Conclusions of the Fifth UN–Regional Organizations High-Level Meeting*, not words of its text. Read it from its first paragraph with `/quote 1 document:SG/2084` (◀ ▶ turn the pages), or search in it with `/conclusions query:<words> document:SG/2084`.',
		);
	});

	it('names another document’s first paragraph as it is reached (an extract that starts at ¶12)', () => {
		const data = messageOf(conclusions.execute({ query: 'A/61/256' }, context));
		expect(data.content).toContain('`/quote 12 document:A/61/256`');
	});

	it('in the asker’s language', () => {
		const data = messageOf(conclusions.execute({ query: 'SG/2084' }, contextFor(corpus, requester('fr'))));
		expect(data.content).toMatch(/^«\s?SG\/2084\s?» est la cote du document \*/u);
	});

	it('autocomplete previews no paragraph for it', () => {
		const choices = conclusions.autocomplete?.({ query: 'SG/2084' }, 'query', context) ?? [];
		expect(validateChoices(choices)).toEqual([]);
		expect(choices).toEqual([{ name: 'No paragraph matches “SG/2084”.', value: 'SG/2084' }]);
	});

	it('the CLI says the same', () => {
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['search', 'SG/2084'], () => core, out)).toBe(0);
		expect(stdout).toBe(
			'"SG/2084" is the symbol of the document "Conclusions of the Fifth UN–Regional Organizations High-Level Meeting", not words of its text: read it from its first paragraph with quote 1 --document sg2084, or search in it with search <words> --document sg2084.\n',
		);
		stdout = '';
		expect(runCli(['search', 'SG/2084', '--json'], () => core, out)).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ total: 0, results: [], related: [], symbolOf: 'sg2084' });
	});

	it('is searched as words where a paragraph prints it', () => {
		const seed = seedCorpus();
		const citing = withTexts(seed, {
			'sg2084-2': 'The conclusions were issued as press release SG/2084 on 31 July 2003.',
		});
		const data = messageOf(conclusions.execute({ query: 'SG/2084' }, contextFor(citing, requester('en-US'))));
		expect(data.embeds?.[0]?.title).toMatch(/^¶2\b/u);
	});
});

describe('a symbol typed without the year in brackets it ends with', () => {
	const seed = seedCorpus();
	const resolution = {
		...seed,
		documents: seed.documents.map((d) => ({ ...d, symbol: 'S/RES/9876 (2031)' })),
	};

	it.each(['S/RES/9876', 's/res/9876', 'S/RES/9876 (2031)'])('%j names the document', (typed) => {
		expect(documentOfSymbol(resolution, typed)?.slug).toBe('sg2084');
	});

	it('names none for another number, nor for a symbol that has no year', () => {
		expect(documentOfSymbol(resolution, 'S/RES/9875')).toBeUndefined();
		expect(documentOfSymbol(seed, 'SG/2084 (2003)')).toBeUndefined();
	});
});
