import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import type { Requester } from '../../src/core/types.ts';
import { severalParagraphs } from '../../src/core/several-paragraphs.ts';
import { messageBody, type Reply } from '../../src/render/reply.ts';
import { contextFor, seedCore, seedCorpus } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/** A server that keeps the app from posting publicly: every answer is private. */
const forced: Requester = {
	userId: '1',
	locale: 'en-US',
	guildLocale: undefined,
	inGuild: true,
	canPostPublicly: false,
};
const publicly = (paragraph: string, requester?: Requester) =>
	quote.execute({ paragraph }, contextFor(seedCorpus(), requester));

/** The messages a reply sends in order, with who sees each, checked against Discord's limits on the way. */
function sent(reply: Reply) {
	const all = [
		...(reply.show.kind === 'message' ? [{ data: reply.show.data, ephemeral: reply.show.ephemeral }] : []),
		...reply.then.flatMap((next) => (next.kind === 'message' ? [next] : [])),
	];
	for (const m of all) expect(validateMessage(messageBody(m.data, m.ephemeral))).toEqual([]);
	return all;
}

describe('/quote with several paragraph numbers', () => {
	it.each([
		['3 4', '¶3', '¶4', '`/quote 4`'],
		['3, 4', '¶3', '¶4', '`/quote 4`'],
		['4 3', '¶4', '¶3', '`/quote 3`'],
		['3 and 4', '¶3', '¶4', '`/quote 4`'],
		['3-4', '¶3', '¶4', '`/quote 4`'],
		['3–6', '¶3', '¶4–6', '`/quote 4`'],
		['¶3, ¶5 and ¶7', '¶3', '¶5, ¶7', '`/quote 5`'],
		['paragraphs 3 and 4', '¶3', '¶4', '`/quote 4`'],
	])(
		'%j quotes %s, the first asked for, and tells the asker alone how to ask for the others',
		(typed, shown, others, example) => {
			const [post, ...after] = sent(publicly(typed));
			expect(post?.ephemeral).toBe(false);
			expect(post?.data.embeds?.[0]?.title).toBe(shown);
			expect(after).toEqual([
				{
					kind: 'message',
					ephemeral: true,
					data: { content: `One paragraph at a time: quoting ${shown}; ask again for ${others} (${example}).` },
				},
			]);
		},
	);

	it('where the answer is private anyway, the note is in it', () => {
		const [only, ...more] = sent(publicly('3 4', forced));
		expect(more).toEqual([]);
		expect(only?.ephemeral).toBe(true);
		expect(only?.data.content).toContain('One paragraph at a time: quoting ¶3; ask again for ¶4 (`/quote 4`).');
		expect(only?.data.embeds?.[0]?.title).toBe('¶3');
	});

	it('a first number that is no paragraph: refused privately, nothing posted', () => {
		const [only, ...more] = sent(publicly('99 3'));
		expect(more).toEqual([]);
		expect(only?.ephemeral).toBe(true);
		expect(only?.data.embeds).toBeUndefined();
		expect(only?.data.content).toBe(
			'There is no paragraph “99”. Valid paragraphs: SG/2084 ¶1–10.\n`/quote` takes one paragraph at a time.',
		);
	});

	it.each([
		'3',
		'¶3',
		'3.',
		'SG/2084 ¶3 · Terrorism — “Participants recognized that terrorism represents…”',
		'annex 1',
		'1.1',
	])('%j is one reference, read as before', (typed) => {
		expect(severalParagraphs(typed, ['SG/2084'])).toBeUndefined();
	});

	it('the CLI agrees: the first, and on stderr how to ask for the others', () => {
		let stdout = '';
		let stderr = '';
		const code = runCli(['quote', '3', '4'], seedCore, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
		expect(code).toBe(0);
		expect(stdout).toMatch(/^SG\/2084 \(31 July 2003\), ¶3\n/u);
		expect(stderr).toBe('one paragraph at a time: quoted ¶3; for ¶4, run quote 4\n');
	});

	it.each([
		['3 40', '`/quote` takes one paragraph at a time.\nThere is no paragraph ¶40. Valid paragraphs: SG/2084 ¶1–10.'],
		[
			'3 4 40',
			'One paragraph at a time: quoting ¶3; ask again for ¶4 (`/quote 4`).\nThere is no paragraph ¶40. Valid paragraphs: SG/2084 ¶1–10.',
		],
		[
			'3-40',
			'One paragraph at a time: quoting ¶3; ask again for ¶4–10 (`/quote 4`).\nThere is no paragraph ¶11–40. Valid paragraphs: SG/2084 ¶1–10.',
		],
	])('%j: the note names what exists and what does not', (typed, expected) => {
		const [post, note] = sent(publicly(typed));
		expect(post?.data.embeds?.[0]?.title).toBe('¶3');
		expect(note?.data.content).toBe(expected);
	});

	it('the CLI agrees on numbers the document does not have', () => {
		let stderr = '';
		const code = runCli(['quote', '3', '4', '40'], seedCore, { stdout: () => undefined, stderr: (t) => (stderr += t) });
		expect(code).toBe(0);
		expect(stderr).toBe(
			'one paragraph at a time: quoted ¶3; for ¶4, run quote 4\nthere is no ¶40: SG/2084 has ¶1–10\n',
		);
	});
});

describe('/quote of one paragraph where the server keeps the app from posting', () => {
	it('says why the answer is private, as /conclusions does', () => {
		const [only] = sent(publicly('3', forced));
		expect(only?.ephemeral).toBe(true);
		expect(only?.data.content).toContain(
			'This server does not let apps post for you here, so the answer is visible only to you.',
		);
	});
});
