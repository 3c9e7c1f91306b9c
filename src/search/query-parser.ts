import { isIdentifierWord, UNIT_SYMBOL, unitWord } from './analyzer.ts';
import { plainWordSpans } from './plain-words.ts';

/** A query as typed, split into its syntax: plain words, "quoted phrases" and -exclusions. */
export interface ParsedQuery {
	/** Plain words in order (hyphenated compounds stay one word). */
	words: string[];
	/** Each phrase as its words. */
	phrases: string[][];
	/** Excluded words, and excluded phrases as their words. */
	excluded: string[][];
	/** An opening quote had no closing one; its words were read as plain words. */
	unbalancedQuote: boolean;
}

const QUOTES = /["“”„«»]/u;
// An apostrophe ends a word, as it does when the text is indexed ("d’Ivoire" is d + Ivoire; "Annan's" Annan + s).
const WORDS = /[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011./][\p{L}\p{N}\p{M}]+)*\.?/gu;

/**
 * The words of a stretch of query, cut as the analyser cuts the text: "U.N." and "U.S.C." lose their dots, so acronyms
 * typed either way meet; a number or symbol with a dot or slash (`1.5`, `WHA76.8`, `1/CP.21`) is one word; any other
 * dot or slash separates words (`and/or`).
 */
function wordsOf(text: string): string[] {
	return Array.from(text.matchAll(WORDS), (m) => {
		if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(m[0])) return [m[0].replace(/\./g, '')];
		const word = m[0].replace(/\.$/, '');
		return isIdentifierWord(word) || !/[./]/.test(word) ? [word] : word.split(/[./]/).filter(Boolean);
	}).flat();
}

/** A negative contraction whose words are not what precedes its "n't" ("won't" is will not, "can't" cannot). */
const IRREGULAR_NEGATIVES: Record<string, string> = {
	can: 'cannot',
	won: 'will not',
	shan: 'shall not',
	ain: 'is not',
};

/**
 * English contractions read as the words they stand for: a negative opened ("don't" do not, "won't" will not, "can't"
 * cannot, as if typed in full), an auxiliary's ending dropped ("we've", "they're", "I'd": we, they, I; an auxiliary
 * says nothing of what is asked). Cut at the apostrophe like the text, they would leave pieces ("don", "won", "ve")
 * that read as words the reader asked for, which the text lacks or has in another sense ("won"). A possessive's "s"
 * stays (no word of a search either way), and so does a name's apostrophe ("d’Ivoire", "O'Neill").
 */
export function openedContractions(text: string): string {
	return text
		.replace(/(\p{L}+n)['\u2019]t(?!\p{L})/giu, (_, head: string) => {
			return IRREGULAR_NEGATIVES[head.toLowerCase()] ?? `${head.slice(0, -1)} not`;
		})
		.replace(/(?<=\p{L})['\u2019](?:re|ve|ll|d|m)(?!\p{L})/giu, '');
}

/**
 * Contractions typed without their apostrophe ("dont duplicate", "isnt terrorism a threat", "theyre"), as a phone or a
 * hurry writes them: with it again, they are read as those with one are (see `openedContractions`). Only forms that
 * are no other word of English ("well", "were", "hell", "lets" are left as typed).
 */
const WITHOUT_APOSTROPHE =
	/\b(?:(?:do|does|did|is|are|was|were|has|have|had|could|should|would|must|need|ca|wo)nt|im|(?:i|we|you|they)ve|(?:you|they)re|(?:they|you)ll)\b/giu;
/** Where a contraction's apostrophe goes back: before its "t" or its auxiliary's ending. */
const APOSTROPHE_AT = /(?=t$)|(?=(?:m|ve|re|ll)$)/iu;

/** A query with its contractions' apostrophes restored (see `WITHOUT_APOSTROPHE`); the pronoun "I" in capitals. */
export function apostrophesRestored(text: string): string {
	return text.replace(WITHOUT_APOSTROPHE, (word) => word.replace(APOSTROPHE_AT, "'").replace(/^i'/u, "I'"));
}

/**
 * Shorthands of written English a reader types for a word the text writes out ("intl cooperation", "regional orgs",
 * "govts", "w/", "'03"; "swapping intel", which a typo's correction took for the "inter" of "inter-State"), and the
 * marks of an example or a list going on ("e.g.", "etc."), which name nothing to find.
 */
const SHORTHANDS: Record<string, string> = {
	intl: 'international',
	"int'l": 'international',
	natl: 'national',
	"nat'l": 'national',
	org: 'organization',
	orgs: 'organizations',
	govt: 'government',
	govts: 'governments',
	"gov't": 'government',
	dept: 'department',
	mtg: 'meeting',
	mtgs: 'meetings',
	intel: 'intelligence',
	'w/': 'with',
	'w/o': 'without',
	'b/c': 'because',
	'e.g.': '',
	'i.e.': '',
	etc: '',
	'etc.': '',
};
/** The shorthands as typed: the longest first ("w/o" before "w/"), an apostrophe either way ("int’l"). */
const SHORTHAND = new RegExp(
	`(?<![\\p{L}\\p{N}'’/.])(?:${Object.keys(SHORTHANDS)
		.sort((a, b) => b.length - a.length)
		.map((key) => key.replace(/[./]/gu, '\\$&').replace("'", "['’]"))
		.join('|')})(?![\\p{L}\\p{N}'’/])`,
	'giu',
);
/**
 * A year by its last two digits after an apostrophe ("July '03", "the '90s"): 2003, as a text writes it ('50 to '99:
 * the 1900s).
 */
const SHORT_YEAR = /(?<![\p{L}\p{N}])['’](\d{2})(s?)(?![\p{L}\p{N}'’])/gu;

/** A query with its shorthands written out and its short years in full (see `SHORTHANDS`, `SHORT_YEAR`). */
export function shorthandsSpelled(text: string): string {
	return text
		.replace(SHORTHAND, (found) => SHORTHANDS[found.toLowerCase().replace(/’/gu, "'")] ?? found)
		.replace(SHORT_YEAR, (_, year: string, decade: string) => `${Number(year) < 50 ? '20' : '19'}${year}${decade}`);
}

/** Auxiliaries that open a question ("isn't it…", "didn't they…"); "do" also opens an order ("don't duplicate"). */
const QUESTION_AUXILIARIES = new Set(
	'is are was were has have had does did do could should would will can must need'.split(' '),
);
/** What follows a question's auxiliary, not an order's verb: "don't they agree", "don't the participants…". */
const SUBJECT = /^\s*\S+\s+(?:they|we|you|he|she|it|the|participants|leaders)\b/iu;

/**
 * A question opened by a negative auxiliary ("isn't terrorism a threat", "didn't they agree?") as the same question
 * without its "not", which is the question's form, not what it asks: kept, "not" became a word every answer must
 * have. An order ("don't duplicate efforts") keeps it.
 */
export function negativeQuestionOpened(query: string): string {
	const opening = /^\s*(\p{L}+n)['\u2019]t(?!\p{L})/iu.exec(query);
	const head = opening?.[1]?.toLowerCase();
	if (opening === null || head === undefined) return query;
	const auxiliary = head === 'won' ? 'will' : head === 'can' ? 'can' : head.slice(0, -1);
	if (!QUESTION_AUXILIARIES.has(auxiliary)) return query;
	if (auxiliary === 'do' && !/\?\s*$/u.test(query) && !SUBJECT.test(query)) return query;
	return `${auxiliary}${query.slice(opening[0].length)}`;
}

/** A unit's symbol by a number (see `UNIT_SYMBOL`) as its word: a phrase compares word for word with the text's. */
const unitsAsWords = (text: string): string => text.replace(UNIT_SYMBOL, (symbol) => ` ${unitWord(symbol)} `);
/** Without units' symbols: outside a phrase the number says enough (`1.5°C` finds `1.5 degrees` too). */
const withoutUnits = (text: string): string => text.replace(UNIT_SYMBOL, ' ');

/**
 * Discord's markup for mentions, channels, custom emoji, commands and timestamps (`<@123>`, `<@&123>`, `<#123>`,
 * `<:name:123>`, `</name:123>`, `<t:123:R>`), and `@everyone` / `@here`: pasted or picked from Discord's menus, they
 * are not words of a search ("@everyone terrorism" asks for terrorism).
 */
const DISCORD_MARKUP =
	/<(?:@[!&]?|#|a?:[\w~]+:|\/[\w -]+:|t:)\d+(?::[tTdDfFR])?>|(?<![\p{L}\p{N}])@(?:everyone|here)\b/giu;

/**
 * An emoji's shortcode as typed in Discord's box (`:smile:`, `:+1:`, `:flag_fr:`): Discord turns it into the emoji
 * in a message, not in a command's option, where it arrives as text. It names no word of the text to search
 * ("children :smile:" asks for children); a time (`10:30:00`) is not one, being digits joined to the colons.
 */
const EMOJI_SHORTCODE = /(?<![\p{L}\p{N}:]):[\w+-]+:(?![\p{L}\p{N}:])/gu;

/**
 * A United Nations resolution typed by its symbol (`S/RES/1373 (2001)`, `A/RES/60/1`) or abbreviated (`res. 1373`), as
 * the texts name one: `resolution 1373` (`Security Council resolution 1373 (2001)`), `resolution 60/1`.
 */
const RESOLUTION_SYMBOL = /\b(?:[SAE]\/RES\/|res\.?\s*)(\d+(?:\/\d+)?)(?:\s*\(\d{4}\))?/giu;

function resolutionsNamed(query: string): string {
	return query.replace(RESOLUTION_SYMBOL, 'resolution $1');
}

/** A query without Discord's mention markup (see `DISCORD_MARKUP`), its spaces collapsed. */
export function withoutMarkup(query: string): string {
	return query.replace(DISCORD_MARKUP, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the query syntax. Never fails: an unbalanced quote is read as plain words, a lone `-` is ignored, and a
 * hyphen inside a word (`non-proliferation`) is part of the word, not an exclusion. Discord's mention markup is not
 * read as words (see `DISCORD_MARKUP`), nor is an emoji's shortcode (see `EMOJI_SHORTCODE`).
 */
export function parseQuery(typed: string): ParsedQuery {
	const query = negativeQuestionOpened(resolutionsNamed(apostrophesRestored(shorthandsSpelled(typed))));
	const plain = plainWords(query);
	if (plain) return { words: plain, phrases: [], excluded: [], unbalancedQuote: false };
	const parsed: ParsedQuery = { words: [], phrases: [], excluded: [], unbalancedQuote: false };
	let rest = query.replace(DISCORD_MARKUP, ' ').replace(EMOJI_SHORTCODE, ' ');
	while (rest.length > 0) {
		const quoteAt = rest.search(QUOTES);
		const before = openedContractions(withoutUnits(quoteAt < 0 ? rest : rest.slice(0, quoteAt)));
		const negatePhrase = quoteAt > 0 && /(^|\s)-$/.test(before);
		for (const token of before.split(/\s+/)) {
			if (token.startsWith('-') && token.length > 1) parsed.excluded.push(...wordsOf(token.slice(1)).map((w) => [w]));
			else parsed.words.push(...wordsOf(token));
		}
		if (quoteAt < 0) break;
		const afterQuote = rest.slice(quoteAt + 1);
		const closeAt = afterQuote.search(QUOTES);
		if (closeAt < 0) {
			parsed.unbalancedQuote = true;
			parsed.words.push(...wordsOf(openedContractions(withoutUnits(afterQuote))));
			break;
		}
		const phrase = wordsOf(unitsAsWords(afterQuote.slice(0, closeAt)));
		if (phrase.length > 0) (negatePhrase ? parsed.excluded : parsed.phrases).push(phrase);
		rest = afterQuote.slice(closeAt + 1);
	}
	return parsed;
}

/** The words of a plain ASCII query (most queries), or undefined for any other: see `plainWordSpans`. */
function plainWords(query: string): string[] | undefined {
	return plainWordSpans(query)?.map((span) => span.word);
}

/**
 * The query with its quoted phrases as plain words (a phrase to leave out, `-"…"`, stays one); undefined when it
 * quotes none.
 */
export function withoutQuotes(query: string): string | undefined {
	// A quote opens where no hyphen or letter stands before it, as `parseQuery` reads it; `-"…"` stays.
	const apart = query.replace(/(^|[^-\p{L}\p{N}])["“”„«»]([^"“”„«»]+)["“”„«»]/gu, '$1$2');
	return apart === query ? undefined : apart;
}
