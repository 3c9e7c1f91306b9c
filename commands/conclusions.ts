import { SlashCommandBuilder } from '@discordjs/builders';
import { findDocument } from '../src/corpus/lookup.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../src/corpus/types.ts';
import { documentNamedBy, documentOfSymbol, firstReference } from '../src/core/document-symbol.ts';
import { messagesOf } from '../src/core/locale.ts';
import { resolveDocument, resolveTheme } from '../src/core/resolve-options.ts';
import { matchesElsewhere } from '../src/core/search-elsewhere.ts';
import { everywhere } from '../src/core/reach.ts';
import { replyKey, type KeyPart } from '../src/core/reply-cache.ts';
import type { ChatInputCommand, CommandContext, OptionValues, Reply, Requester } from '../src/core/types.ts';
import type { Messages } from '../src/i18n/index.ts';
import { localize } from '../src/i18n/command-text.ts';
import { escapeText } from '../src/render/escape.ts';
import { MAX_CHOICES, documentChoices, paragraphChoice, themeChoices, typedChoice } from '../src/render/choices.ts';
import { paragraphReply } from '../src/render/paragraph-view.ts';
import { noticeResponse } from '../src/render/reply.ts';
import { shorten } from '../src/render/cut.ts';
import { inQuotes } from '../src/render/quoted.ts';
import { echo, searchReply, type SearchReplyOptions } from '../src/render/search-reply.ts';
import { searchScope } from '../src/render/search-scope.ts';
import { withoutMarkup } from '../src/search/query-parser.ts';
import type { SearchFilters } from '../src/search/paragraph-index.ts';

/** Discord's cap on the query option; the console and the CLI accept longer text, and search caps its terms. */
export const MAX_QUERY_LENGTH = 100;

/** Asked for privately, or where Discord forces every reply private. */
const isPrivate = (options: OptionValues, requester: Requester) =>
	options.private === true || !requester.canPostPublicly;

/** A search's reply: its results, or the notice for a query of stop words, question words or exclusions only. */
function searchAnswer({ corpus, index }: CommandContext, query: string, options: SearchReplyOptions): Reply {
	// Planned once: the outcome carries the plan.
	const outcome = index.search(query, { theme: options.theme?.id, document: options.document?.slug });
	const { plan } = outcome;
	if (plan.units.length === 0) {
		const { notice } = options;
		const words = plan.onlyAsks ? notice.onlyQuestion : notice.onlyStopWords;
		return noticeResponse(
			plan.excluded.length > 0 ? notice.onlyExclusions(echo(query, notice)) : words(echo(query, notice)),
		);
	}
	// A loaded document's symbol its text does not print: that document, not "no match" and unrelated paragraphs.
	const named = documentNamedBy(corpus, query, outcome);
	if (named) return noticeResponse(symbolNotice(corpus, named, options.notice));
	const elsewhere = matchesElsewhere({ corpus, index }, query, outcome, options);
	return searchReply({ corpus, index }, query, outcome, options, elsewhere);
}

/** What a search for a document's symbol is told: whose symbol it is, and the commands that read or search it. */
function symbolNotice(corpus: Corpus, document: CorpusDocument, m: Messages): string {
	const named = corpus.documents.length > 1 ? ` document:${document.symbol}` : '';
	const command = (text: string) => `\`${text.replace(/`/gu, '')}\``;
	// The symbol as the document prints it (`sg 2084` typed is SG/2084).
	return m.documentSymbol(
		echo(document.symbol, m),
		escapeText(document.shortTitle),
		command(`/quote ${firstReference(document)}${named}`),
		command(`/conclusions query:<words>${named}`),
	);
}

/**
 * Everything `searchAnswer` reads, for the reply cache: the query as typed, the corpus and its index, and every
 * option of the reply (any option added later is in the key too); objects (a theme, a catalog) by identity, one
 * corpus having one object of each.
 */
function searchKey({ corpus, index }: CommandContext, query: string, shown: SearchReplyOptions): string {
	const parts: Readonly<Record<keyof SearchReplyOptions, KeyPart>> = shown;
	return replyKey(['conclusions', query, corpus, index, ...Object.values(parts)]);
}

/** `/conclusions query [theme] [document] [private]`: search the paragraphs and quote the best ones. */
export const conclusions = {
	name: 'conclusions',
	severalDocumentsOptions: ['document'],
	definition: (corpus) => {
		const builder = everywhere(localize(new SlashCommandBuilder(), 'conclusions'))
			.addStringOption((option) =>
				localize(option, 'conclusions.query').setRequired(true).setMaxLength(MAX_QUERY_LENGTH).setAutocomplete(true),
			)
			.addStringOption((option) => localize(option, 'conclusions.theme').setAutocomplete(true));
		// The option exists only when there is a choice to make.
		if (corpus.documents.length > 1) {
			builder.addStringOption((option) => localize(option, 'conclusions.document').setAutocomplete(true));
		}
		return builder.addBooleanOption((option) => localize(option, 'conclusions.private')).toJSON();
	},
	respondsWith: (options, { requester }) => (isPrivate(options, requester) ? 'private' : 'public'),
	needsTables: (options, { index }) => index.needsTablesFor(String(options.query ?? '')),
	execute(options, context) {
		const { corpus, requester, cooldown } = context;
		// Mentions and @everyone are no words of a search (see `withoutMarkup`): every echo of the query, in every door,
		// shows it without them, and a query of nothing else is an empty one.
		const query = typeof options.query === 'string' ? withoutMarkup(options.query) : '';
		const ephemeral = isPrivate(options, requester);
		const m = messagesOf(requester, ephemeral);
		const notice = messagesOf(requester, true);
		const theme = resolveTheme(options, context, notice);
		if (!theme.ok) return noticeResponse(theme.notice);
		const document = resolveDocument(options, context, notice);
		if (!document.ok) return noticeResponse(document.notice);
		if (query.trim() === '') {
			// A theme and no words (the console, or a client that lets the required box go empty): the reader wants that
			// theme, so say how to list it and how to search in it, rather than only asking for words.
			return noticeResponse(
				theme.value
					? notice.themeWithoutWords(theme.value.label, theme.value.id)
					: typeof options.query === 'string' && options.query.trim() !== ''
						? notice.onlyMentions
						: notice.emptyQuery,
			);
		}
		const limit = cooldown.take(requester.userId);
		if (!limit.ok) return noticeResponse(notice.cooldown(limit.retryAfterSeconds));
		// An autocomplete choice's value: that paragraph, directly.
		const chosen = corpus.paragraphById.get(query.trim());
		if (chosen) {
			return paragraphReply(corpus, chosen, {
				ephemeral,
				canPostPublicly: requester.canPostPublicly,
				messages: m,
				// Asked for publicly, made private by the server: said, as on a search's results.
				intro: ephemeral && options.private !== true ? `-# ${m.cannotPostHere}` : undefined,
			});
		}
		const shown: SearchReplyOptions = {
			theme: theme.value,
			document: document.value,
			ephemeral: options.private === true,
			canPostPublicly: requester.canPostPublicly,
			page: 0,
			messages: m,
			notice,
		};
		// A repeated question gets the reply kept for exactly these inputs (after the rate limit: it counts every search).
		const { replies } = context;
		if (!replies) return searchAnswer(context, query, shown);
		const key = searchKey(context, query, shown);
		return replies.get(key) ?? replies.keep(key, searchAnswer(context, query, shown));
	},
	autocomplete(options, focused, { corpus, index, requester }) {
		const m = messagesOf(requester, true);
		if (focused === 'theme') return themeChoices(corpus, String(options.theme ?? ''), m);
		if (focused === 'document') return documentChoices(corpus, String(options.document ?? ''));
		if (focused !== 'query') return [];
		// The query as the search will read it (a mention is no word of it): `@everyone` alone is nothing typed yet.
		const typed = withoutMarkup(String(options.query ?? ''));
		const filters = {
			theme: corpus.themeById.has(String(options.theme)) ? String(options.theme) : undefined,
			document: findDocument(corpus, String(options.document ?? ''))?.slug,
		};
		if (typed.trim() !== '') {
			const suggested = suggestionsFor(typed, filters, { corpus, index });
			// Previews only of what the search finds: a preview of anything else would read as a match.
			if (suggested.kind === 'paragraphs')
				return [...typedChoice(typed), ...suggested.paragraphs.map((p) => paragraphChoice(corpus, p))].slice(
					0,
					MAX_CHOICES,
				);
			if (suggested.kind === 'nothing') {
				const theme = filters.theme === undefined ? undefined : corpus.themeById.get(filters.theme);
				const document = corpus.documents.find((d) => d.slug === filters.document);
				return nothingFoundChoices(typed, suggested.didYouMean, searchScope(corpus, theme, document, m, true), m);
			}
			// Not known in time (a table the search needs is still being made): the typed text alone, no guess.
			return typedChoice(typed);
		}
		// Nothing typed yet: the themes' central paragraphs (each theme's first paragraph until they are worked out:
		// autocomplete cannot wait for the searches that find them).
		const paragraphs = (index.centralParagraphsIfReady() ?? firstOfEachTheme(corpus)).filter(
			(p) =>
				(!filters.theme || p.themes.includes(filters.theme)) && (!filters.document || p.document === filters.document),
		);
		return paragraphs.map((p) => paragraphChoice(corpus, p)).slice(0, MAX_CHOICES);
	},
} satisfies ChatInputCommand;

/**
 * The paragraphs for what is typed: the keystroke path (words and the prefix of the last one); when it finds nothing
 * (a typo, `terorism`, or words the text lacks, `kids in war`), what the search itself finds for it — its matches,
 * else its closest paragraphs — as long as that needs no table still to make (autocomplete cannot wait for one).
 */
function suggestionsFor(typed: string, filters: SearchFilters, { corpus, index }: SearchContext): Suggested {
	// A document's symbol: previews only where its text has it (the search's reply says whose symbol it is).
	if (documentOfSymbol(corpus, typed) && !index.needsTablesFor(typed)) {
		const outcome = index.search(typed, filters);
		if (documentNamedBy(corpus, typed, outcome)) return { kind: 'nothing', didYouMean: [] };
	}
	const quick = index.suggestParagraphs(typed, filters, MAX_CHOICES - 1);
	if (quick.length > 0) return { kind: 'paragraphs', paragraphs: quick };
	if (index.needsTablesFor(typed)) return { kind: 'unknown' };
	const outcome = index.search(typed, filters);
	const found = outcome.hits.length > 0 ? outcome.hits : outcome.related;
	if (found.length === 0) return { kind: 'nothing', didYouMean: outcome.suggestions };
	return { kind: 'paragraphs', paragraphs: found.slice(0, MAX_CHOICES - 1).map((hit) => hit.paragraph) };
}

/** What autocomplete's search reads: the corpus (for its documents' symbols) and its index. */
type SearchContext = Pick<CommandContext, 'corpus' | 'index'>;

/** What autocomplete can offer for typed words: paragraphs, the search's word that nothing is found, or not known. */
type Suggested =
	| { kind: 'paragraphs'; paragraphs: Paragraph[] }
	| { kind: 'nothing'; didYouMean: readonly string[] }
	| { kind: 'unknown' };

/** Room for the typed words in a choice's name that says nothing matches them (names hold 100 characters). */
const NOTHING_TYPED = 60;

/**
 * Words no paragraph has, nor anything close (`piracy`): one choice saying so, whose value is the typed text, so that
 * choosing it runs the search and its reply explains; then the search's "Did you mean" words, each a choice that
 * searches for it. Plain text: a choice's name is not Markdown.
 */
function nothingFoundChoices(
	typed: string,
	didYouMean: readonly string[],
	within: string,
	m: ReturnType<typeof messagesOf>,
): { name: string; value: string }[] {
	const value = typed.trim();
	const said = inQuotes(shorten(value, NOTHING_TYPED), undefined, m.quotes);
	return [
		{ name: m.noMatch(said, within), value },
		...didYouMean.map((word) => ({ name: m.didYouMean(inQuotes(word, undefined, m.quotes)), value: word })),
	].slice(0, MAX_CHOICES);
}

/** Each theme's first paragraph, in the themes' order: what an empty box offers before the central ones are known. */
function firstOfEachTheme(corpus: Corpus): Paragraph[] {
	const first = new Map<string, Paragraph>();
	for (const paragraph of corpus.paragraphs)
		for (const theme of paragraph.themes) if (!first.has(theme)) first.set(theme, paragraph);
	return [...new Set(corpus.themes.flatMap((theme) => first.get(theme.id) ?? []))];
}
