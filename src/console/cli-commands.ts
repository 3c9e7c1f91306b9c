import { parseArgs } from 'node:util';
import { documentNames, findDocument, findTheme, paragraphNumbers, themesOf } from '../corpus/lookup.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { BotCore } from '../core/bot-core.ts';
import type { SearchHit } from '../search/paragraph-index.ts';
import { paragraphCitation } from '../render/citation.ts';
import { documentOf } from '../corpus/lookup.ts';

export const USAGE = `usage:
  npm run --silent cli -- search <words…> [--theme <id>] [--document <symbol|slug>] [--limit <n>] [--json]
  npm run --silent cli -- quote <number> [--document <symbol|slug>] [--json]
  npm run --silent cli -- themes [--json]
DATA_DIR names another corpus folder (default: the bundled data/).`;

export interface CliOutput {
	stdout(text: string): void;
	stderr(text: string): void;
}

class UsageError extends Error {}

/** A paragraph as the CLI prints it in JSON (the shape scripts rely on). */
export function paragraphJson(corpus: Corpus, paragraph: Paragraph) {
	return {
		id: paragraph.id,
		document: paragraph.document,
		paragraph: paragraph.number,
		section: paragraph.section,
		themes: themesOf(corpus, paragraph).map((t) => ({ id: t.id, label: t.label })),
		text: paragraph.text,
	};
}

function paragraphText(corpus: Corpus, paragraph: Paragraph): string {
	const themes = themesOf(corpus, paragraph)
		.map((t) => t.label)
		.join(' · ');
	return `${paragraphCitation(documentOf(corpus, paragraph), paragraph)}${paragraph.section ? ` — ${paragraph.section}` : ''}\n${paragraph.text}\nThemes: ${themes || 'no theme yet'}\n`;
}

function documentOption(corpus: Corpus, slug: string | undefined, required: boolean): string | undefined {
	if (slug === undefined) {
		if (!required) return undefined;
		if (corpus.documents.length === 1) return corpus.documents[0]?.slug;
		throw new UsageError(`--document is required: one of ${documentNames(corpus)}`);
	}
	const document = findDocument(corpus, slug);
	if (!document) throw new UsageError(`unknown document "${slug}": one of ${documentNames(corpus)}`);
	return document.slug;
}

function search(core: BotCore, args: string[], out: CliOutput): number {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			theme: { type: 'string' },
			document: { type: 'string' },
			limit: { type: 'string' },
			json: { type: 'boolean' },
		},
	});
	const query = positionals.join(' ');
	if (query.trim() === '') throw new UsageError('search needs words to look for');
	const limit = values.limit === undefined ? 5 : Number(values.limit);
	if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit takes a positive whole number');
	const { corpus, index } = core.context;
	const theme = values.theme === undefined ? undefined : findTheme(corpus, values.theme);
	if (values.theme !== undefined && !theme) {
		throw new UsageError(`unknown theme "${values.theme}": one of ${corpus.themes.map((t) => t.id).join(', ')}`);
	}
	const document = documentOption(corpus, values.document, false);
	const outcome = index.search(query, { theme: theme?.id, document });
	const hits = outcome.hits.slice(0, limit);
	const related = outcome.related.slice(0, limit);
	if (values.json) {
		const item = (hit: SearchHit) => ({ ...paragraphJson(corpus, hit.paragraph), score: hit.score });
		// `results` and `total` hold matches only; `related` paragraphs do not contain the words typed.
		const json = {
			query,
			total: outcome.hits.length,
			match: outcome.match,
			results: hits.map(item),
			related: related.map(item),
		};
		out.stdout(`${JSON.stringify(json, null, 2)}\n`);
	} else if (hits.length === 0) {
		out.stdout(`No paragraph matches "${query}".\n`);
		if (related.length > 0) {
			out.stdout(`\nRelated paragraphs (they do not contain the words typed):\n\n`);
			out.stdout(related.map((hit) => paragraphText(corpus, hit.paragraph)).join('\n'));
		}
	} else {
		out.stdout(
			`${outcome.hits.length} match(es)${outcome.match === 'some' ? ' (none has all the words; closest first)' : ''}:\n\n`,
		);
		out.stdout(hits.map((hit) => paragraphText(corpus, hit.paragraph)).join('\n'));
	}
	return 0;
}

function quote(core: BotCore, args: string[], out: CliOutput): number {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { document: { type: 'string' }, json: { type: 'boolean' } },
	});
	const { corpus } = core.context;
	const slug = documentOption(corpus, values.document, true) ?? '';
	const number = Number(positionals[0]);
	const paragraph = corpus.paragraphById.get(`${slug}-${number}`);
	if (positionals.length !== 1 || !Number.isInteger(number) || !paragraph) {
		const document = corpus.documentBySlug.get(slug);
		const has = document ? `${document.symbol} has ${paragraphNumbers(document)}` : '';
		const wanted =
			positionals.length === 1 && Number.isInteger(number)
				? `there is no ¶${number}: `
				: 'quote needs one paragraph number: ';
		throw new UsageError(`${wanted}${has}`);
	}
	out.stdout(
		values.json ? `${JSON.stringify(paragraphJson(corpus, paragraph), null, 2)}\n` : paragraphText(corpus, paragraph),
	);
	return 0;
}

function themes(core: BotCore, args: string[], out: CliOutput): number {
	const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
	const { corpus } = core.context;
	const list = corpus.themes.map((theme) => ({
		id: theme.id,
		label: theme.label,
		description: theme.description,
		paragraphs: corpus.paragraphs
			.filter((p) => p.themes.includes(theme.id))
			.map((p) => ({ document: p.document, paragraph: p.number })),
	}));
	if (values.json) out.stdout(`${JSON.stringify(list, null, 2)}\n`);
	else
		out.stdout(
			list
				.map(
					(t) =>
						`${t.label} (${t.id}) — ${t.description}\n  ¶ ${t.paragraphs.map((p) => `${p.document}-${p.paragraph}`).join(', ')}\n`,
				)
				.join(''),
		);
	return 0;
}

/**
 * The scripting CLI. Returns the exit code: 0 on success (also when nothing matched), 2 with a usage message on
 * stderr for bad arguments. With `--json`, stdout carries only JSON.
 */
export function runCli(argv: readonly string[], loadCore: () => BotCore, out: CliOutput): number {
	const [command, ...args] = argv;
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
		out.stderr(`${command === undefined ? 'missing command' : `unknown command "${command}"`}\n${USAGE}\n`);
		return 2;
	}
	try {
		const core = loadCore();
		// Problems in the data go to stderr, so that stdout stays the answer (pure JSON with --json).
		for (const warning of core.context.corpus.warnings) out.stderr(`warning: ${warning.message}\n`);
		return handler(core, [...args], out);
	} catch (error) {
		const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
		if (!isUsage) throw error;
		out.stderr(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
}
