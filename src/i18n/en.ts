import type { Detail } from '../search/document-details.ts';

/**
 * The bot's own words in English: the reference catalog. Every other language implements the same `Messages` type,
 * so a missing translation is a type error. Parameters arrive already escaped and formatted (quotes, bold).
 */
export const en = {
	/** The quotation marks around what someone typed, as this language writes them. */
	quotes: ['“', '”'] as readonly [string, string],
	matches: (count: number, query: string, within: string, page: string) =>
		`**${count}** ${count === 1 ? 'paragraph matches' : 'paragraphs match'} ${query}${within}${page ? ` — ${page}` : ''}:`,
	/** `oneWord`: the query is one word: a paragraph has it or not, so the others have "only its theme". */
	matchesAndMore: (count: number, more: number, query: string, within: string, page: string, oneWord = false) =>
		`**${count}** ${count === 1 ? 'paragraph has' : 'paragraphs have'} ${oneWord ? '' : 'all of '}${query}${within}, and **${more}** more ${oneWord ? `${more === 1 ? 'has' : 'have'} only its theme` : 'some of it or only its theme'}${page ? ` — ${page}` : ''}:`,
	partial: (count: number, query: string, within: string, page: string) =>
		`No paragraph has all of ${query}${within}; showing the closest of **${count}** partial ${count === 1 ? 'match' : 'matches'}${page ? ` — ${page}` : ''}:`,
	page: (page: number, pages: number) => `page ${page} of ${pages}`,
	matched: 'matched',
	inTheme: (label: string) => ` in the theme **${label}**`,
	inDocument: (symbol: string) => ` in **${symbol}**`,
	/** A search limited to one document found nothing there; `found` lists other documents with their match counts. */
	otherDocumentsMatch: (found: string, more: number) =>
		`Other documents match: ${found}${more > 0 ? ` and ${more} more` : ''}. Leave out **document:** to see them.`,
	unclosedQuote: 'A quote was not closed, so its words were searched one by one.',
	/** A quoted phrase no paragraph has: its words were searched apart (see `quotedApart`). */
	quotedApart: 'No paragraph has the quoted words side by side, so they were searched one by one.',
	noMatch: (query: string, within: string) => `No paragraph matches ${query}${within}.`,
	related: 'The closest paragraphs by related words — none of them has all the words you typed:',
	/** The same, when none of them has any word typed. */
	relatedNone: 'The closest paragraphs by related words — none of them has the words you typed:',
	unstated: {
		count: (query: string, within: string) => `No paragraph gives the number ${query} asks for${within}.`,
		amount: (query: string, within: string) => `No paragraph gives the amount ${query} asks for${within}.`,
		figure: (query: string, within: string) => `No paragraph gives the figures ${query} asks for${within}.`,
		definition: (query: string, within: string) => `No paragraph gives the definition ${query} asks for${within}.`,
		attendance: (query: string, within: string) => `No paragraph names who took part, as ${query} asks${within}.`,
		funding: (query: string, within: string) => `No paragraph says how it is paid for, as ${query} asks${within}.`,
		place: (query: string, within: string) => `No paragraph names the place ${query} asks for${within}.`,
		time: (query: string, within: string) => `No paragraph names the time ${query} asks for${within}.`,
		frequency: (query: string, within: string) => `No paragraph says how often, as ${query} asks${within}.`,
	},
	/** Words no paragraph has, in a document's details (see `namedInDetails`): which detail, as the data gives it. */
	/** Words no paragraph has, in the description of a theme paragraphs have (see `describedByTheme`). */
	inThemeDescription: (query: string, label: string, id: string) =>
		`${query} is among what the theme **${label}** covers: list its paragraphs with \`/themes theme:${id}\`.`,
	inDetails: (query: string, symbol: string, detail: Detail, value: string) =>
		`No paragraph's text has ${query}, but the details of ${symbol} do — ${{ author: 'author', title: 'title', place: 'place', publisher: 'publisher' }[detail]}: ${value}.`,
	unstatedRelated: 'The paragraphs with your words — none of them states it:',
	didYouMean: (words: string) => `Did you mean ${words}?`,
	or: 'or',
	tryThemes: (themes: string, example?: string) =>
		themes === ''
			? 'Try other words.'
			: `Try other words, or one of the themes: ${themes}${example === undefined ? '' : ` (e.g. \`${example}\`)`}.`,
	emptyQuery: 'Type some words to search for, e.g. `/conclusions query:terrorism`.',
	/** A query of mentions alone (everyone, a person, a role, a channel): they are no words of a search. */
	onlyMentions:
		'Mentions (of people, roles, everyone) and channels are not searched: type some words, e.g. `/conclusions query:terrorism`.',
	/** A question and nothing else ("where", "how many"): it names nothing to look for. */
	onlyQuestion: (query: string) =>
		`${query} only asks a question: say what it is about, e.g. \`/conclusions where was the meeting held\`.`,
	onlyStopWords: (query: string) =>
		`${query} has no words to search for (very common words such as “the” are ignored). Try e.g. \`/conclusions query:human rights\`.`,
	onlyExclusions: (query: string) =>
		`${query} only leaves words out. Add words to look for, e.g. \`children -terrorism\`.`,
	unknownTheme: (theme: string, themes: string) => `There is no theme ${theme}. The themes are: ${themes}.`,
	unknownThemeMeant: (theme: string, label: string, id: string, themes: string) =>
		`There is no theme ${theme}. Did you mean **${label}** (\`theme:${id}\`)? The themes are: ${themes}.`,
	themeWithoutParagraphs: (label: string, themes: string) =>
		`No paragraph of the loaded conclusions has the theme **${label}** yet. The themes with paragraphs are: ${themes}.`,
	/** `/conclusions` with a theme and no words: search within it, or list it with `/themes`. */
	themeWithoutWords: (label: string, id: string) =>
		`Type some words to search for in **${label}**, or list all its paragraphs with \`/themes theme:${id}\`.`,
	unknownDocument: (document: string, documents: string) =>
		`There is no document ${document}. The documents are: ${documents}.`,
	/** Words typed for `document` that several documents' names have. */
	severalDocumentsNamed: (document: string, documents: string) =>
		`Several documents have ${document} in their names (${documents}): name one by its symbol.`,
	onlyOneDocument: (document: string, loaded: string) =>
		`There is no document ${document}, and nothing to choose: only ${loaded} is loaded. Leave \`document\` out.`,
	themes: 'Themes',
	/** Shown instead of the themes of a paragraph no theme pattern matches yet. */
	noThemeYet: 'no theme yet',
	paragraphsCount: (count: number) => `${count} ¶`,
	previous: 'Previous',
	next: 'Next',
	/** `mark` is the paragraph as its document numbers it: `¶3`, or `annex ¶1` in an annex that restarts at 1. */
	readFull: (mark: string) => `Read full ${mark}`,
	cite: (mark: string) => `Cite ${mark}`,
	post: (mark: string) => `Post ${mark}`,
	delete: 'Delete',
	source: (symbol: string) => `Source: ${symbol}`,
	notYourPages: 'Only the person who searched can turn these pages. Run `/conclusions` for your own search.',
	notYourPost: 'Only the person who posted this can delete it.',
	staleButton: 'This button no longer works (the message is too old or the text has changed). Run the command again.',
	sharedBy: (user: string) => `Shared by ${user}:`,
	cannotPostHere: 'This server does not let apps post for you here, so the answer is visible only to you.',
	/** `/quote 3 4`: the first is quoted; `others` are `¶4`, `¶4–10`; `example` is the command for the next. */
	oneAtATime: (shown: string, others: string, example: string) =>
		`One paragraph at a time: quoting ${shown}; ask again for ${others} (${example}).`,
	/** `/quote 4 (b)`: the whole paragraph is quoted; `item` is `(b)`, `mark` the paragraph's (`¶4`). */
	itemInside: (item: string, mark: string) =>
		`Item ${item} is inside ${mark}: quoting the whole paragraph, as \`/quote\` quotes whole paragraphs.`,
	onePerQuote: '`/quote` takes one paragraph at a time.',
	/** A paragraph too long for one message: the rest follows in `count` more. */
	continuesBelow: (mark: string, count: number) =>
		`${mark} is longer than one Discord message holds: it continues in ${count} more ${count === 1 ? 'message' : 'messages'} below.`,
	/** A public message cut to one message: the rest is for Read full (`button` is its label), privately. */
	continuesInReadFull: (mark: string, button: string) =>
		`${mark} is longer than one Discord message holds: shown up to “…”; **${button}** shows the rest, privately.`,
	continued: (mark: string, part: number, parts: number) => `${mark} (continued, ${part}/${parts})`,
	restAtSource: (mark: string) => `The rest of ${mark} is too long to post here: read it at the source.`,
	/** Find in conclusions: a paragraph the message cites (its citation line, or the bot's own quote of it). */
	citedInMessage: 'cited in that message',
	quotedInMessage: 'quoted word for word in that message',
	citeTitle: (mark: string, symbol: string) => `Cite ${mark} of ${symbol}`,
	citePlain: 'Plain',
	citeAcademic: 'APA style',
	paragraphNeeded: (example: string, ranges: string) =>
		`Give a paragraph number, like ${example}. Valid paragraphs: ${ranges}.`,
	notAParagraph: (typed: string, example: string, ranges: string) =>
		`${typed} is not a paragraph number. Give one, like ${example} (valid paragraphs: ${ranges}), or search by words with \`/conclusions\`.`,
	outOfRange: (typed: string, ranges: string) => `There is no paragraph ${typed}. Valid paragraphs: ${ranges}.`,
	/** A paragraph reference that names none: `forms` are one or two that work, close to what was typed. */
	tryForms: (forms: string) => `Try ${forms}.`,
	/** An item after a mark several sections print (`(a)(i)`), found in more than one: `forms` reach each. */
	whichSection: (typed: string, forms: string) =>
		`${typed} is in more than one section: which section? Name it first, as in ${forms}.`,
	/** A search for a loaded document's symbol, which its text does not contain: how to read the document instead. */
	documentSymbol: (symbol: string, title: string, quote: string, search: string) =>
		`${symbol} is the symbol of the document *${title}*, not words of its text. Read it from its first paragraph with ${quote} (◀ ▶ turn the pages), or search in it with ${search}.`,
	/**
	 * `example` names a document in `paragraph` itself (`/quote paragraph:SG/2084 ¶3`): it works whether or not the
	 * registered command has its `document` option yet, which it lacks until the commands are deployed again.
	 */
	chooseDocument: (documents: string, example: string, deploy: string) =>
		`Several documents are loaded (${documents}): name one before the paragraph, e.g. ${example}, or choose it with \`document\`. If \`/quote\` offers no \`document\` option, the bot's commands need redeploying (${deploy}).`,
	themesTitle: 'Themes of the conclusions',
	themesFooter: 'Use /themes theme:<name> to list the paragraphs of one theme.',
	noThemesYet: 'No paragraph has a theme yet: the data folder’s themes.json gives them.',
	themeTitle: (label: string, count: number) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: 'Quotes official conclusions word for word: search them, share a paragraph, cite it.',
		commandsTitle: 'Commands',
		/** What each command does, after its usage (`/conclusions query [theme] [private]`, from its definition). */
		conclusions: 'the best paragraphs for your words',
		quote: 'post one paragraph with its citation; ◀ ▶ read on',
		themes: 'the themes, or the paragraphs of one theme',
		find: '**Apps → Find in conclusions** on any message — the paragraphs closest to its text',
		optional: 'Options in [brackets] are optional.',
		/** The `document` option, shown when several documents are loaded; `documents` lists their symbols. */
		documentOption: (documents: string) => `\`document\` — only the paragraphs of one document: ${documents}`,
		andMore: (count: number) => `and ${count} more`,
		syntaxTitle: 'Query syntax',
		syntax: [
			'All words are required (the closest matches are shown when none has them all).',
			'`"use of force"` — an exact phrase; `children -terrorism` — leave a word out.',
			'Stems, British/American spelling, hyphens and typos are understood; `WMD`, `UNSC`, `CTC` and other acronyms too.',
		].join('\n'),
		documentsTitle: 'Documents',
		version: (version: string) => `Corpus version ${version}`,
	},
	findEmpty: 'That message has no text to look up.',
	findAttachmentsOnly: 'That message only has attachments; I can look up text only.',
	findTitle: (count: number) => `The ${count === 1 ? 'paragraph' : `${count} paragraphs`} closest to that message:`,
	findNone: 'No paragraph is close to that message.',
	/** A citation in the message of a paragraph its document lacks: `SG/2084 has no ¶12 (it has ¶1–10).` */
	citedMissing: (symbol: string, mark: string, has: string) => `${symbol} has no ${mark} (it has ${has}).`,
	closeness: (shared: number, of: number) => `shares ${shared} of ${of} key words`,
	cooldown: (seconds: number) => `You are searching quickly: try again in ${seconds} s.`,
	error: 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.',
	/** Instead of an answer the bot could not finish before it stopped (a restart, a deploy). */
	restarting: 'The bot is restarting — please ask again in a moment.',
	unknownCommand: (name: string) => `This bot has no command \`/${name}\` any more.`,
	unknownComponent: 'This button is no longer in use. Run the command again for a fresh answer.',
};

export type Messages = typeof en;
