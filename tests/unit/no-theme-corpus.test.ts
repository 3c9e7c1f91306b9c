import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { conclusions } from '../../commands/conclusions.ts';
import { themes } from '../../commands/themes.ts';
import { commandList } from '../../src/console/parse-line.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { indexOf, requester, seedDataCopy } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * A data folder whose themes match none of its paragraphs: what a folder of one's own holds right after its first
 * import, before themes.json is extended. Every reply must still read as a sentence and offer nothing it lacks.
 */
const dir = seedDataCopy('no-theme-');
writeFileSync(
	join(dir, 'themes.json'),
	JSON.stringify({ themes: [{ id: 'fisheries', label: 'Fisheries', description: 'Fish.', patterns: ['trawler'] }] }),
);
const corpus = loadCorpus(dir);
const context = { corpus, index: indexOf(corpus), requester: requester('en-US'), cooldown: Cooldown.off() };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The reply's text: its content and every embed's description. */
function textOf(response: APIInteractionResponse): string {
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	return [response.data.content ?? '', ...(response.data.embeds ?? []).map((e) => e.description ?? '')].join('\n');
}

describe('a corpus where no paragraph has a theme yet', () => {
	it('has no theme to offer', () => {
		expect(corpus.themes).toEqual([]);
	});

	it('a search with no match says to try other words, and names no theme list', () => {
		const text = textOf(firstResponse(conclusions.execute({ query: 'zanzibar' }, context)));
		expect(text).toContain('Try other words.');
		expect(text).not.toMatch(/themes: \./u);
		expect(text).not.toContain('theme:');
	});

	it('/themes says that no paragraph has a theme yet, and not how to list one theme', () => {
		const response = firstResponse(themes.execute({}, context));
		expect(textOf(response)).toContain('No paragraph has a theme yet');
		expect(JSON.stringify(response)).not.toContain('/themes theme:');
	});

	it('a theme asked for gets the same answer, not an empty list of themes', () => {
		for (const reply of [
			firstResponse(conclusions.execute({ query: 'terrorism', theme: 'terrorism' }, context)),
			firstResponse(themes.execute({ theme: 'terrorism' }, context)),
		]) {
			expect(textOf(reply)).toContain('No paragraph has a theme yet');
			expect(textOf(reply)).not.toMatch(/: \./u);
		}
	});

	it("the console's command list gives no example with a theme it does not have", () => {
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		expect(commandList(core)).not.toContain('theme:terrorism');
		expect(commandList(core)).not.toContain('Example:');
	});
});
