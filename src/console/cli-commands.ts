import { matchedForms } from '../render/matched-forms.ts';
import { findTheme } from '../corpus/lookup.ts';
import type { BotCore } from '../core/bot-core.ts';
import type { SearchHit } from '../search/paragraph-index.ts';
import { documentNamedBy, firstReference } from '../core/document-symbol.ts';
import { matchesElsewhere } from '../core/search-elsewhere.ts';
import { HelpWanted, NothingThere, readArgs, UsageError } from './cli-args.ts';
import { closestName } from '../core/closest-name.ts';
import { closestTheme, themeWithoutParagraphs } from '../core/theme-suggestion.ts';
import { typedLine, typedText } from './printable.ts';
import { paragraphJson, paragraphText } from './cli-paragraph.ts';
import { namedInDetails } from '../search/document-details.ts';
import { describedByTheme } from '../search/theme-descriptions.ts';
import { noMatch } from './cli-no-match.ts';
import { noteTableMaking } from './table-note.ts';
import type { CliOutput } from './cli-output.ts';
import { cliWarnings } from '../corpus/grouped-warnings.ts';
import { DEFAULT_DATA_DIR } from '../corpus/corpus-files.ts';
import { themes } from './cli-themes.ts';
import { readNpmFlags, type NpmFlag, type WordsFit } from '../npm-flags.ts';
import { documentOption } from './cli-document.ts';
import { quote } from './cli-quote.ts';

export const USAGE = `usage:
  npm run --silent cli -- search <words…> [--theme <id>] [--document <symbol|slug>] [--limit <n>] [--json]
  npm run --silent cli -- quote <number|mark> [--document <symbol|slug>] [--json]
    (a mark as the document prints it: 1.1, "(a)" or a, annex 1)
  npm run --silent cli -- themes [--json]
DATA_DIR names another corpus folder (default: the bundled data/).`;

function search(core: BotCore, args: string[], out: CliOutput): number {
	const { values, words } = readArgs('search', args, {
		theme: { type: 'string' },
		document: { type: 'string' },
		limit: { type: 'string' },
		json: { type: 'boolean' },
	});
	const query = words.join(' ');
	if (query.trim() === '') throw new UsageError('search needs words to look for');
	const limit = values.limit === undefined ? 5 : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a positive whole number');
	const { corpus, index } = core.context;
	const typedTheme = typeof values.theme === 'string' ? values.theme : undefined;
	const theme = typedTheme === undefined ? undefined : findTheme(corpus, typedTheme);
	if (typedTheme !== undefined && !theme) {
		const ids = corpus.themes.map((t) => t.id).join(', ');
		const unused = themeWithoutParagraphs(corpus, typedTheme);
		if (unused) throw new UsageError(`no paragraph of this corpus has the theme ${unused.id} yet: one of ${ids}`);
		const meant = closestTheme(corpus.themes, typedTheme);
		throw new UsageError(
			`unknown theme "${typedText(typedTheme)}"${meant ? ` (did you mean ${meant.id}?)` : ''}: one of ${ids}`,
		);
	}
	const document = documentOption(corpus, typeof values.document === 'string' ? values.document : undefined, false);
	// No window to keep: a table the search needs is made now, and stderr says why it takes seconds. Both tables are
	// made (or read back) for every search, as the bot's warm-up has them: a word the text has then finds the text's
	// words that share its sense (see `addSharedSenses`) on the first run as on the next, and the tables are made once.
	noteTableMaking(core, (line) => out.stderr(line));
	index.relatedWords();
	index.acronyms();
	const outcome = index.search(query, { theme: theme?.id, document });
	// A loaded document's symbol its text does not print: that document, not "no match" and unrelated paragraphs.
	const named = documentNamedBy(corpus, query, outcome);
	const hits = named ? [] : outcome.hits.slice(0, limit);
	const details = named ? undefined : namedInDetails(corpus, index.analyzer, outcome);
	// Limited to one document of several: said, as the console and Discord say it.
	const searched = corpus.documents.length > 1 ? corpus.documentBySlug.get(document ?? '') : undefined;
	// Not all of the words matched, all of them in a theme's description: that theme too (see `describedByTheme`).
	const described =
		values.json === true || named
			? undefined
			: describedByTheme(corpus, index.analyzer, outcome, { theme: theme?.id, document });
	if (values.json === true) {
		const item = (hit: SearchHit) => ({ ...paragraphJson(corpus, hit.paragraph), score: hit.score });
		// `results` and `total` hold matches only; `related` paragraphs do not contain the words typed. `complete`
		// counts the leading matches that have every word (the rest have some of them, or only their theme), as
		// Discord's summary does: "N paragraphs have all of …, and M more some of it".
		const json = {
			// A bot token pasted by mistake is not printed back (as in every echo).
			query: typedLine(query),
			total: outcome.hits.length,
			match: outcome.match,
			// A quoted phrase no paragraph has: its words were searched apart, and the matches have some of the query.
			...(outcome.quotedApart ? { quotedApart: true } : {}),
			complete: outcome.match === 'all' ? (outcome.complete ?? outcome.hits.length) : 0,
			results: hits.map(item),
			related: named ? [] : outcome.related.slice(0, limit).map(item),
			// The document whose symbol the query is (see above): its slug, for `quote --document`.
			...(named ? { symbolOf: named.slug } : {}),
			// Words no paragraph has, in a document's details (its author, title, place): which document and detail.
			...(details
				? { inDetails: { document: details.document.slug, detail: details.detail, value: details.value } }
				: {}),
		};
		out.stdout(`${JSON.stringify(json, null, 2)}\n`);
	} else if (named) {
		const option = corpus.documents.length > 1 ? ` --document ${named.slug}` : '';
		out.stdout(
			`"${typedText(query)}" is the symbol of the document "${named.shortTitle}", not words of its text: read it from its first paragraph with quote ${firstReference(named)}${option}, or search in it with search <words>${option}.\n`,
		);
	} else if (hits.length === 0) {
		// With the other documents that have matches.
		const elsewhere = matchesElsewhere(core.context, query, outcome, { theme, document: searched }) ?? [];
		const scope = searched ? { symbol: searched.symbol, elsewhere } : undefined;
		out.stdout(noMatch(outcome, query, corpus, limit, { details, scope, described }));
	} else {
		const total = outcome.hits.length;
		const complete = outcome.complete ?? total;
		// As in Discord: paragraphs with only some of the words (after those with all) are counted apart.
		const count =
			complete < total
				? `${complete} ${complete === 1 ? 'paragraph has' : 'paragraphs have'} all the words, ${total - complete} more some of them or only their theme`
				: `${total} ${total === 1 ? 'paragraph matches' : 'paragraphs match'}`;
		const shown = hits.length < total ? `, the first ${hits.length} shown (--limit)` : '';
		const some = outcome.quotedApart
			? ' (no paragraph has the quoted words side by side: searched one by one, closest first)'
			: outcome.match === 'some'
				? ' (none has all the words; closest first)'
				: '';
		// As the console and Discord do: the words bolded that were not typed (a synonym, a stem, a correction).
		const forms = matchedForms(query, hits, (word) => index.analyzer.term(word));
		const why = forms.length > 0 ? `matched: ${forms.join(', ')}\n` : '';
		const within = searched ? ` in ${searched.symbol}` : '';
		const covers = described
			? `"${typedText(query)}" is among what the theme "${described.label}" (${described.id}) covers.\n`
			: '';
		out.stdout(`${count}${within}${some}${shown}:\n${why}${covers}\n`);
		out.stdout(hits.map((hit) => paragraphText(corpus, hit.paragraph)).join('\n'));
	}
	return 0;
}

/** The commands' flags, for `npm run cli` typed without `--` (see `readNpmFlags`). */
const NPM_FLAGS: NpmFlag[] = [
	{ name: 'json', when: 'read' },
	...['theme', 'document'].map((name) => ({ name, when: 'refuse' as const, takesValue: true })),
	{ name: 'limit', when: 'refuse', takesValue: true, fits: (word) => /^\d+$/u.test(word) },
];

/**
 * How the words left fit a command, for finding which word npm passed on was a flag's value: a command first, then
 * what it takes (search: some words; quote: a number or mark, `annex 1` two words; themes: none).
 */
const cliWords: WordsFit = ([command, ...words]) => {
	if (command === 'search') return words.length > 0 ? 'yes' : 'no';
	if (command === 'quote') return words.length === 1 ? 'yes' : words.length > 1 ? 'maybe' : 'no';
	if (command === 'themes') return words.length === 0 ? 'yes' : 'no';
	return 'no';
};

/**
 * The scripting CLI. Returns the exit code: 0 on success (also when nothing matched), 2 with a usage message on
 * stderr for bad arguments. With `--json`, stdout carries only JSON.
 */
export function runCli(
	typedArgv: readonly string[],
	loadCore: () => BotCore,
	out: CliOutput,
	env: NodeJS.ProcessEnv = {},
	dataDir: string = DEFAULT_DATA_DIR,
): number {
	// `npm run cli search x --json` (no `--`): npm keeps the flag; `--json` is read anyway, a value cannot be.
	const npm = readNpmFlags('cli', typedArgv, env, NPM_FLAGS, { words: cliWords });
	if (npm.kind === 'refuse') {
		out.stderr(`${npm.message}\n`);
		return 2;
	}
	for (const note of npm.notes) out.stderr(`${note}\n`);
	const [command, ...args] = npm.argv;
	if (command === '--help' || command === '-h' || command === 'help') {
		out.stdout(`${USAGE}\n`);
		return 0;
	}
	// A Map, so that a command such as "constructor" or "toString" is unknown rather than found on Object's prototype.
	const handlers = new Map<string, typeof search>([
		['search', search],
		['quote', quote],
		['themes', themes],
	]);
	const handler = command === undefined ? undefined : handlers.get(command);
	if (!handler) {
		const meant = command === undefined ? undefined : closestName(command, [...handlers.keys()]);
		const problem =
			command === undefined
				? 'missing command'
				: `unknown command "${typedText(command)}"${meant ? ` (did you mean ${meant}?)` : ''}`;
		out.stderr(`${problem}\n${USAGE}\n`);
		return 2;
	}
	try {
		const core = loadCore();
		// Problems in the data go to stderr, so that stdout stays the answer (pure JSON with --json).
		for (const warning of cliWarnings(core.context.corpus, dataDir)) out.stderr(`warning: ${warning}\n`);
		return handler(core, [...args], out);
	} catch (error) {
		if (error instanceof HelpWanted) {
			out.stdout(`${USAGE}\n`);
			return 0;
		}
		const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		if (!isUsage) throw error;
		out.stderr(error instanceof NothingThere ? `${error.message}\n` : `${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
}
