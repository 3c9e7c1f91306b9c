import { findInConclusions as findIn, type InteractionSpec } from '../stand-in/interaction.ts';

/** One hostile input: what is sent, and what kind of first response must come back. */
export interface HostileCase {
	name: string;
	spec: InteractionSpec;
	/** 4: a message; 8: autocomplete choices; 7 or 4 for a button. */
	expect: 'message' | 'choices' | 'button';
}

const option = (name: string, value: string | number | boolean, type = 3, focused = false) => ({
	name,
	type,
	value,
	...(focused ? { focused } : {}),
});
const command = (name: string, options: ReturnType<typeof option>[]): InteractionSpec => ({
	type: 2,
	data: { id: '1100000000000000001', name, type: 1, options },
});
const conclusions = (query: string, extra: ReturnType<typeof option>[] = []) =>
	command('conclusions', [option('query', query), ...extra]);
const quote = (paragraph: string) => command('quote', [option('paragraph', paragraph)]);
const autocomplete = (name: string, focused: string, value: string): InteractionSpec => ({
	type: 4,
	data: { id: '1100000000000000001', name, type: 1, options: [option(focused, value, 3, true)] },
});

const long = 'participants noted cooperation between regional organizations and the united nations again '.repeat(50);

/** Queries a person or a script might type into `/conclusions`. */
const QUERIES: [string, string][] = [
	['empty query', ''],
	['whitespace query', '   \t  '],
	['newlines only', '\n\n\n'],
	['100 identical letters', 'a'.repeat(100)],
	['100 characters of words', long.slice(0, 100)],
	['zero-width space inside a word', 'terr\u200Borism'],
	['only zero-width characters', '\u200B\u200C\u200D\uFEFF'],
	['right-to-left override', '\u202Eterrorism\u202C'],
	['Arabic text', 'الإرهاب وحقوق الإنسان'],
	['Hebrew text', 'טרור'],
	['emoji only', '💣🔥🕊️'],
	['emoji and a word', 'terrorism 🚀'],
	['control characters', '\u0000\u0001\u0007terrorism\u007f'],
	['terminal escape', '\u001b[31mred\u001b[0m'],
	['markdown injection', '**bold** _it_ ~~strike~~ ||spoiler||'],
	['code fence injection', '```js\nalert(1)\n```'],
	['lone backtick', '`'],
	['quote and heading markdown', '> quote\n# heading'],
	['masked link', '[click](https://evil.example)'],
	['@everyone', '@everyone'],
	['@here with a word', '@here terrorism'],
	['user mention', '<@1000000000000000100>'],
	['role mention', '<@&1000000000000000001>'],
	['channel mention', '<#1000000000000000002>'],
	['nickname mention and timestamp', '<@!123> <t:0:R>'],
	['regex dot-star', '.*'],
	['catastrophic regex', '(a+)+$'],
	['unclosed bracket', '['],
	['backslash', '\\'],
	['regex metacharacters', '$^|?*+(){}'],
	['only stop words', 'the of and'],
	['only an exclusion', '-terrorism'],
	['only exclusions', '-terrorism -human -rights'],
	['empty phrase', '""'],
	['unterminated phrase', '"weapons of mass'],
	['unknown paragraph id', 'sg2084-0'],
	['paragraph id past the end', 'sg2084-999'],
	['SQL-looking text', "'; DROP TABLE paragraphs; --"],
];

/** At least fifty hostile inputs across every command, option type, autocomplete, message command and button. */
export const HOSTILE_CASES: HostileCase[] = [
	...QUERIES.map(([name, query]): HostileCase => ({
		name: `/conclusions: ${name}`,
		spec: conclusions(query),
		expect: 'message',
	})),
	...['0', '11', '-1', '1e9', 'abc', '', '1.5', '¶', '<@&1>'].map((value): HostileCase => ({
		name: `/quote paragraph ${JSON.stringify(value)}`,
		spec: quote(value),
		expect: 'message',
	})),
	{
		name: '/conclusions unknown theme',
		spec: conclusions('terrorism', [option('theme', 'no-such-theme')]),
		expect: 'message',
	},
	{
		name: '/conclusions theme "@everyone"',
		spec: conclusions('peace', [option('theme', '@everyone')]),
		expect: 'message',
	},
	{
		name: '/conclusions unknown document',
		spec: conclusions('peace', [option('document', '../../etc')]),
		expect: 'message',
	},
	{ name: '/themes unknown theme', spec: command('themes', [option('theme', 'nope')]), expect: 'message' },
	{
		name: '/themes theme of 100 characters',
		spec: command('themes', [option('theme', 'x'.repeat(100))]),
		expect: 'message',
	},
	{ name: 'query sent as a number', spec: command('conclusions', [option('query', 42, 10)]), expect: 'message' },
	{ name: 'private sent as a string', spec: conclusions('peace', [option('private', 'yes')]), expect: 'message' },
	{ name: 'paragraph sent as a boolean', spec: command('quote', [option('paragraph', true, 5)]), expect: 'message' },
	{ name: '/conclusions without any option', spec: command('conclusions', []), expect: 'message' },
	{ name: '/quote without any option', spec: command('quote', []), expect: 'message' },
	{ name: 'autocomplete of "@everyone"', spec: autocomplete('conclusions', 'query', '@everyone'), expect: 'choices' },
	{
		name: 'autocomplete of control characters',
		spec: autocomplete('conclusions', 'query', '\u0000\u001b'),
		expect: 'choices',
	},
	{
		name: 'autocomplete of regex metacharacters',
		spec: autocomplete('conclusions', 'query', '(.*'),
		expect: 'choices',
	},
	{
		name: 'autocomplete of 100 characters',
		spec: autocomplete('conclusions', 'query', long.slice(0, 100)),
		expect: 'choices',
	},
	{ name: 'theme autocomplete of emoji', spec: autocomplete('conclusions', 'theme', '🔥'), expect: 'choices' },
	{ name: 'quote autocomplete of "1e9"', spec: autocomplete('quote', 'paragraph', '1e9'), expect: 'choices' },
	{ name: 'autocomplete of an unknown command', spec: autocomplete('retired', 'query', 'x'), expect: 'choices' },
	{ name: 'message command: 4000 characters', spec: findIn(long.slice(0, 4000)), expect: 'message' },
	{ name: 'message command: empty text', spec: findIn(''), expect: 'message' },
	{
		name: 'message command: mentions only',
		spec: findIn('@everyone <@&1000000000000000001> @here'),
		expect: 'message',
	},
	{ name: 'message command: a code fence', spec: findIn('```\n' + '`'.repeat(3000) + '\n```'), expect: 'message' },
];

/** Button ids a client could forge, truncate or keep from an older version. */
export const HOSTILE_BUTTON_IDS = [
	'full:sg2084-999',
	'cite:',
	'post:sg2084-1:extra',
	'pg:abc::',
	'pg:99::',
	'pg:1:terr',
	'q:../../etc',
	'tp:nope:1',
	'tp:terrorism:-5',
	'del:forged',
	'unknownprefix:1',
	'x'.repeat(100),
];
