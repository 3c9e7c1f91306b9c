import { Action, customId } from './custom-id.ts';
import { documentOf } from '../corpus/lookup.ts';
import type { Corpus, CorpusDocument, Theme } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { ParagraphIndex, SearchOutcome } from '../search/paragraph-index.ts';
import { namedInDetails } from '../search/document-details.ts';
import { describedByTheme } from '../search/theme-descriptions.ts';
import { relatedHaveTypedWords } from '../search/related-have-typed.ts';
import { isFunctionWord } from '../search/function-words.ts';
import { isParagraphReference } from '../search/paragraph-reference.ts';
import { withoutMarkup } from '../search/query-parser.ts';
import type { QueryPlan } from '../search/query-plan.ts';
import { actionButton, rows } from './buttons.ts';
import { shorten } from './cut.ts';
import { escapeText } from './escape.ts';
import { LIMITS } from './limits.ts';
import { buttonMarks, citeButton, readFullButton, shareButtons, sourceButtons } from './paragraph-buttons.ts';
import { paragraphEmbeds } from './paragraph-embed.ts';
import { exampleCommand } from './search-example.ts';
import { searchScope, type ElsewhereCount } from './search-scope.ts';
import { pointerLines, type NoMatchPointers } from './no-match-pointers.ts';
import { matchedForms } from './matched-forms.ts';
import { bare, readAsTyped } from './read-as.ts';
import { messageResponse, type Reply } from './reply.ts';
import { echo } from './echo.ts';

export { echo } from './echo.ts';

/** How many paragraphs one page of results quotes. */
export const RESULTS_PER_PAGE = 3;
/**
 * The first embed's author line carries the query, for the page buttons, without Discord's mention markup as every
 * echo of it (see `searchedFor`), and unescaped: Discord renders no markdown there, so an escape would show.
 */
export const QUERY_MARK = '🔎 ';

/**
 * What a match's summary says was searched for: the query without Discord's mention markup, and without the words
 * that frame a question before its first searched word and after its last ("what did they say about terrorism" →
 * terrorism), since the paragraphs have the searched words, not the question's. Words between two searched ones stay
 * ("weapons of mass destruction"); a query with quoted phrases or exclusions is kept as typed but for the markup.
 */
export function searchedFor(query: string, plan: QueryPlan): string {
	const text = withoutMarkup(query);
	// A paragraph asked for by its number ("paragraph 3") is echoed as asked, not as the number it searched.
	if (text === '' || /["“”„«»]|(?:^|\s)-\S/u.test(text) || isParagraphReference(text)) return text || query;
	const searched = new Set(plan.units.flatMap((unit) => unit.typed.split(' ').map(bare)));
	const words = text.split(' ');
	// A word the question's form added ("terrorism first": priority) was not typed: trimmed to "terrorism", a summary
	// that no paragraph has all of it would be untrue. It is echoed as typed.
	const typed = new Set(words.map(bare));
	if ([...searched].some((word) => !typed.has(word))) return text;
	const isSearched = (word: string) => searched.has(bare(word));
	const first = words.findIndex(isSearched);
	const last = words.findLastIndex(isSearched);
	if (first < 0) return text;
	// Between two searched words, a word of the question's frame that is not searched ("say" in "what did the council
	// say about women") is left out, with the small words that lean on it ("about"): the summary says the paragraphs
	// have these words, and they do not have that one. Small words between searched ones stay ("weapons of mass
	// destruction").
	const kept: string[] = [];
	let leftOut = false;
	for (const word of words.slice(first, last + 1)) {
		if (isSearched(word)) leftOut = false;
		else if (!isFunctionWord(bare(word))) leftOut = true;
		if (!leftOut) kept.push(word);
	}
	// A question's marks are not searched words ("terrorism?" → terrorism; Spanish "¿terrorismo?" → terrorismo).
	return kept.join(' ').replace(/^[¿¡]+|[?!]+$/gu, '');
}

export function themeList(corpus: Corpus): string {
	return corpus.themes.map((t) => t.label).join(', ');
}

export interface SearchReplyOptions {
	theme: Theme | undefined;
	document: CorpusDocument | undefined;
	/** Asked for privately; a reply is private also where Discord forces it (`canPostPublicly` false). */
	ephemeral: boolean;
	canPostPublicly: boolean;
	/** 0-based page of results. */
	page: number;
	/** The reply's language (the server's for a public reply). */
	messages: Messages;
	/** The language of a private notice (the user's): the no-match reply is private. */
	notice: Messages;
}

/**
 * The reply to a search with no match: what to try instead and, when there are some, the closest paragraphs by
 * related words, labelled as not containing the words typed.
 */
export function noMatchReply(
	corpus: Corpus,
	query: string,
	outcome: SearchOutcome,
	within: string,
	m: Messages,
	pointers: NoMatchPointers = {},
): Reply {
	const didYouMean =
		outcome.suggestions.length > 0
			? ` ${m.didYouMean(outcome.suggestions.map((s) => echo(s, m)).join(` ${m.or} `))}`
			: '';
	// A question for a fact no paragraph states: its words were found, so the paragraphs that have them follow.
	const unstated = outcome.unstated;
	const lines = unstated
		? [m.unstated[unstated](echo(query, m), within)]
		: [
				`${m.noMatch(echo(query, m), within)}${didYouMean}`,
				// Where the words are after all (a document's details, a theme's description, other documents), first.
				...pointerLines(query, pointers, m),
				m.tryThemes(themeList(corpus), exampleCommand(corpus)),
			];
	const related = outcome.related.slice(0, RESULTS_PER_PAGE);
	if (related.length === 0) return messageResponse({ content: lines.join('\n') }, { ephemeral: true });
	const label = relatedHaveTypedWords(outcome.plan, related) ? m.related : m.relatedNone;
	lines.push(`-# ${unstated ? m.unstatedRelated : label}`);
	const { embeds } = paragraphEmbeds(
		corpus,
		related.map((hit) => ({ paragraph: hit.paragraph, highlighter: hit.highlighter })),
		m,
		0,
	);
	return messageResponse({ content: lines.join('\n'), embeds }, { ephemeral: true });
}

/** A button to another page of the same search (disabled past either end). */
function pageButton(
	target: number,
	label: string,
	pages: number,
	theme: Theme | undefined,
	document: CorpusDocument | undefined,
) {
	return actionButton(label, customId(Action.page, target, theme?.id ?? '', document?.slug ?? ''), {
		disabled: target < 0 || target >= pages,
	});
}

/**
 * One page of a search's results: a summary line, then the page's paragraphs quoted, each with its themes and
 * citation, and the buttons: pages, Read full for cut quotes, Cite, Post or Delete, the sources. With no match in
 * the one document asked for, `elsewhere` says which others have some.
 */
export function searchReply(
	{ corpus, index }: { corpus: Corpus; index: ParagraphIndex },
	query: string,
	outcome: SearchOutcome,
	{ theme, document, ephemeral, canPostPublicly, page, messages: m, notice }: SearchReplyOptions,
	elsewhere?: readonly ElsewhereCount[],
): Reply {
	if (outcome.hits.length === 0) {
		const within = searchScope(corpus, theme, document, notice);
		const details = namedInDetails(corpus, index.analyzer, outcome);
		const described = describedByTheme(corpus, index.analyzer, outcome, { theme: theme?.id, document: document?.slug });
		return noMatchReply(corpus, query, outcome, within, notice, { details, described, elsewhere });
	}
	const within = searchScope(corpus, theme, document, m);
	const total = outcome.hits.length;
	const pages = Math.ceil(total / RESULTS_PER_PAGE);
	const current = Math.min(Math.max(0, page), pages - 1);
	const shown = outcome.hits.slice(current * RESULTS_PER_PAGE, (current + 1) * RESULTS_PER_PAGE);
	const pageNote = pages > 1 ? m.page(current + 1, pages) : '';
	const asked = searchedFor(query, outcome.plan);
	// One word searched: a paragraph has it or not, there is no "all of" or "some of" it.
	const oneWord = outcome.plan.units.length === 1 && !/\s/u.test(asked.trim());
	const forms = matchedForms(query, shown, (word) => index.analyzer.term(word));
	// One word read as another ("disarmamnet": disarmament): the paragraphs have the word it was read as, not the slip.
	const searched = echo(
		readAsTyped(asked, outcome.plan.units, shown, forms, (w) => index.analyzer.term(w)),
		m,
	);
	const lines = [
		outcome.match === 'some'
			? m.partial(total, searched, within, pageNote)
			: outcome.complete !== undefined && outcome.complete < total
				? m.matchesAndMore(outcome.complete, total - outcome.complete, searched, within, pageNote, oneWord)
				: m.matches(total, searched, within, pageNote),
	];
	if (forms.length > 0) lines.push(`-# ${m.matched}: ${forms.map((f) => escapeText(f)).join(', ')}`);
	// Only some of the words matched, all of them in a theme's description: that theme too (see `describedByTheme`).
	const described = describedByTheme(corpus, index.analyzer, outcome, { theme: theme?.id, document: document?.slug });
	if (described) lines.push(m.inThemeDescription(echo(query, m), escapeText(described.label), described.id));
	if (outcome.plan.unbalancedQuote) lines.push(`-# ${m.unclosedQuote}`);
	if (outcome.quotedApart) lines.push(`-# ${m.quotedApart}`);
	if (!canPostPublicly && !ephemeral) lines.push(`-# ${m.cannotPostHere}`);
	// The whole query, which the page buttons search again, without the mention markup no echo of it shows.
	const author = { name: shorten(`${QUERY_MARK}${withoutMarkup(query)}`, LIMITS.authorName) };
	const { embeds, cut } = paragraphEmbeds(
		corpus,
		shown.map((hit) => ({ paragraph: hit.paragraph, highlighter: hit.highlighter })),
		m,
		author.name.length,
	);
	if (embeds[0]) embeds[0].author = author;
	const navigation =
		pages > 1
			? [
					pageButton(current - 1, `◀ ${m.previous}`, pages, theme, document),
					pageButton(current + 1, `${m.next} ▶`, pages, theme, document),
				]
			: [];
	const paragraphs = shown.map((hit) => hit.paragraph);
	const markOf = buttonMarks(paragraphs, corpus);
	return messageResponse(
		{
			content: lines.join('\n'),
			embeds,
			components: rows(
				[...navigation, ...cut.map((p) => readFullButton(p, m, markOf(p)))],
				paragraphs.map((p) => citeButton(p, m, markOf(p))),
				shareButtons(paragraphs, m, { ephemeral, canPostPublicly }, markOf),
				sourceButtons(
					paragraphs.map((p) => documentOf(corpus, p)),
					m,
				),
			),
		},
		{ ephemeral: ephemeral || !canPostPublicly },
	);
}
