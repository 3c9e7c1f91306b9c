import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import type { LentTerms } from './document-context.ts';
import { answerCheck, mayAsk, type AnswerKind } from './answer-type.ts';
import { askedAction } from './asked-action.ts';
import { namesOne, SLASH_DATE } from './which-one.ts';
import { coverage } from './hit-coverage.ts';
import type { Allowed } from './match-flow.ts';
import type { QueryPlan } from './query-plan.ts';
import { describingOf, namesOf, type RelatedWordsTable } from './related-words.ts';
import { describingOnly } from './describing-only.ts';
import type { KnownWords } from './word-forms.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import { namedScope } from './named-documents.ts';
import { isHeadline, namesOtherThing, sideBySide, typedWords, wordsTyped } from './typed-names.ts';
import { spelledOutBeside } from './acronyms.ts';
import { addedByForm } from './asked-words.ts';
import { whoseLacking } from './whose-lacking.ts';
import { inOrder, topicFirst } from './asked-topic.ts';
import { asksAhead, pastFirst } from './asked-ahead.ts';

/**
 * A partial match counts only when most of the query's parts (two in three) are the reader's own words found in the
 * text, related words aside: "women rights" in a text without women is not a question about human rights.
 */
const PARTIAL_SHARE = 2 / 3;
/**
 * Half the parts are enough when no compound the text lacks names what the query is about (see `modifiedHeads`): a
 * paraphrase keeps about half its words as the text's and says the rest otherwise (three of five or six parts), and
 * two in three left it a dead end. "Homeland security cooperation against terrorism" asks about homeland security.
 * Measured on the four relevance tables: no query without an answer matched more.
 */
const PARAPHRASE_SHARE = 1 / 2;
/** A long query (a question, a paraphrase) with this many of the reader's own words found is about the text. */
const MIN_OWN_WORDS = 3;
/**
 * A question for a time, a place or an amount with this many: the paragraphs must also state what it asks (see
 * `answerCheck`), which keeps them to the point ("what year was resolution 1373 adopted": ¶3, "resolution 1373
 * (2001)", though the text never says "adopted").
 */
const MIN_OWN_WORDS_ASKED = 2;
/**
 * A describing word the text lacks is left out beside this many of the reader's own words found (see
 * `describingOnly`): beside one, the rest of the query rests on links, and the describing word is what it asks about
 * ("green energy security", "thoroughly corrupt governments": found as vigour and government, no match).
 */
const MIN_OWN_WORDS_DESCRIBED = 2;

/**
 * What a query allows to count as a match, from its plan and its words: every part in one paragraph, or most parts;
 * only paragraphs that state the fact a question asks for (a count, an amount, a place, a time); a partial match
 * keeping what the question names. `otherThing`: the query names a number or ordinal the text lacks, or an acronym
 * nothing explains, so nothing matches.
 */
export function matchRules(
	query: string,
	plan: QueryPlan,
	analyzer: Analyzer,
	context: LentTerms,
	related: () => Pick<RelatedWordsTable, 'compounds' | 'names' | 'describing' | 'common'> = () => ({}),
	known?: Pick<KnownWords, 'hasTerm'> & { writes?: (words: readonly string[]) => boolean },
	bound: ReadonlySet<QueryUnit> = new Set(),
): { allow: Allowed; otherThing: boolean; check: { kind: AnswerKind } | undefined } {
	// Several words, none of them the reader's own found in the text: related words alone do not make an answer. A word
	// the text binds to another, typed before a word it lacks ("human trafficking"), is not found (see `boundModifiers`).
	// Nor is a word the question's form added ("equally" for "just as … as": see `addedByForm`).
	const added = addedByForm(query);
	const found = (u: QueryUnit) => u.answerable && !bound.has(u) && !added(u.typed);
	const own = plan.units.filter(found).length;
	// The heads of compounds the text lacks ("change" of climate change) are not what the query asks about. The table
	// is asked only after a word the text lacks, for which planning has already made it.
	const isCompound = (modifier: string, head: string) => compoundsOf(related()).has(`${modifier} ${head}`);
	const modified = modifiedHeads(query, plan, analyzer, isCompound);
	// Nor are the words whose owner the text lacks ("role" of "role of women": see `whoseLacking`).
	const ofLacking = whoseLacking(query, plan);
	// A name of the text typed as its words ("Security Council") is one part found, not two.
	const namePairs = capitalizedPairs(query, plan);
	const ownFound = plan.units.filter((u) => found(u) && !modified.has(u) && !ofLacking.has(u)).length - namePairs;
	// Nor is a word the text lacks that only describes ("early" of "heading off violence early": see `describingOnly`).
	const describes = (word: string) => describingOf(related())(word);
	const describing = ownFound < MIN_OWN_WORDS_DESCRIBED ? 0 : describingOnly(query, plan, describes).size;
	const parts = plan.units.length - namePairs - describing;
	// Same-sense related words count toward a partial match; narrower ones do not. So does a word the question's form
	// added that the text has, beside typed words all found ("fighting poverty comes first": priority); no match rests
	// on it alone.
	const typedFound = plan.units.every((u) => found(u) || added(u.typed));
	const sameSense =
		plan.units.filter((u) => found(u) || u.related.length > 0 || (typedFound && added(u.typed))).length + describing;
	const several = plan.units.length > 1;
	// Every part found as typed or in the same sense; or, in a long query, most parts the reader's own words. A part
	// with nothing in the text ("climate" in "did they discuss climate change") is what the question is about.
	// A question for a count is answered only by a number before what it counts (see `answerCheck`): that check, not
	// every word of the question ("how many troops did they send"), keeps a partial match to the point. Not a topic
	// named without a question ("FATF terrorist financing"): its words must be found as any query's.
	const check = answerCheck(
		query,
		(word) => analyzer.term(word),
		(counted) => sameSenseTerms(plan, foldCase(counted)),
	);
	const partial =
		several &&
		own > 0 &&
		(check?.kind === 'count' ||
			(check !== undefined && mayAsk(query) && ownFound >= MIN_OWN_WORDS_ASKED) ||
			sameSense === plan.units.length ||
			(ownFound >= MIN_OWN_WORDS && ownFound >= parts * (modified.size > 0 ? PARTIAL_SHARE : PARAPHRASE_SHARE)));
	// A number or ordinal the text lacks ("resolution 1624", "the fourth meeting"): the rest is about another one.
	// So does an acronym nothing explains, beside other words ("what role did NATO play at the meeting"): the query is
	// about the body it names, and the rest ("role", "meeting") finds the text's own. Not one the reader spells out
	// beside it ("CAAC children and armed conflict"): the words say what it names.
	// So does a name of the lexical resource's typed in capitals, one of whose words the text lacks ("did they discuss
	// the Chemical Weapons Convention?": not the text's weapons and conventions).
	// Not a number or ordinal a document's title gives every paragraph of it ("the 50th ASEAN summit" of the "CHAIRMAN'S
	// STATEMENT OF THE 50TH ASEAN SUMMIT"): the meeting its paragraphs conclude.
	// Asked only of a run with a word the text lacks, for which planning has already made the table.
	// Not a name the text writes otherwise: its same-sense words ("Ivory Coast": the text's "Côte d’Ivoire") are the
	// text's name of the same thing.
	const isName = (words: string) => !writtenOtherwise(plan, words) && (namesOf(related())?.(words) ?? false);
	const otherThing =
		plan.units.some(
			(u) =>
				!u.answerable &&
				u.phrase === undefined &&
				!lentByTitle(u, context) &&
				(namesOne(query, u.typed) || (several && unexplainedAcronym(u) && !spelledOutBeside(u.typed, query))),
		) ||
		(known !== undefined && namesOtherThing(query, analyzer, known, isName, plan.units));
	// A question for a count, an amount, a place or a time is answered only by paragraphs that state one.
	const answers = (hit: SearchHit) => check?.states(hit.paragraph.text) ?? true;
	// A partial match keeps every number or ordinal the question names ("the eighth meeting"), in its text or in its
	// document's title: without it, it is about another meeting or resolution.
	// So does it keep what a "who" question asks someone did ("who chaired…"): without it, it is about something else.
	const action = askedAction(query);
	const named = coverage(
		plan.units.filter((u) => u.phrase === undefined && (namesOne(query, u.typed) || foldCase(u.typed) === action)),
		context,
	);
	// ...and something of whom it is asked about besides: a paragraph with only the verb ("heads", "helped") of "who
	// heads the Executive Directorate" is about something else.
	const acted = plan.units.some((u) => foldCase(u.typed) === action);
	const names = acted ? (hit: SearchHit) => named(hit) && partsOf(hit) >= 2 : named;
	// One part, even of several words: a dictionary entry ("Ivory Coast" for the text's "Côte d’Ivoire") is one name,
	// as sure a match as a single word.
	const whole = own > 0 || plan.units.length === 1;
	// A query naming a body by its document's name keeps to what that body said (see `namedScope`).
	const scope = namedScope(plan, analyzer, context);
	// How often something is done is said with its own words ("more frequent meetings"), not the question's verb.
	const answeredByMost = check?.kind === 'frequency';
	// Which meeting it asks of, by its number or as the next, another paragraph of the same document may say where or
	// when it is.
	const answeredNearby =
		check !== undefined &&
		(asksAhead(query) || plan.units.some((u) => u.phrase === undefined && namesOne(query, u.typed)));
	// What a question asks about first (see `topicFirst`); for where or when something was, the past (`pastFirst`).
	const order = inOrder(topicFirst(query, plan), check && pastFirst(query, check.states));
	const ordered = order ? { order } : {};
	return {
		allow: { whole, partial, answers, names, answeredByMost, answeredNearby, ...(scope ? { scope } : {}), ...ordered },
		otherThing,
		check,
	};
}

/**
 * An acronym typed (`NATO`) that the text lacks and nothing links to the text: no typo, meaning or related word. Not
 * a date ("post-9/11"), a time the text speaks of in its own words (see `SLASH_DATE`).
 */
const unexplainedAcronym = (u: QueryUnit): boolean =>
	isWholeToken(u.typed) &&
	!SLASH_DATE.test(u.typed) &&
	[u.expansions, u.related, u.narrower, u.typos, u.completions].every((found) => found.length === 0);

/** Whether a run of words typed is one part the text writes in other words of the same sense (a curated or lexical one). */
const writtenOtherwise = (plan: QueryPlan, words: string): boolean =>
	plan.units.some((u) => (u.expansions.length > 0 || u.related.length > 0) && foldCase(u.typed) === words);

/** How many of the query's parts a hit matched in its own words (see `rank`); as many as it needs when not known. */
const partsOf = (hit: SearchHit): number => (hit instanceof LazyHit ? hit.direct : Infinity);

/**
 * The units that are the head of a compound noun whose modifier the text lacks in any sense ("climate change", "death
 * penalty"): the reader's word typed right after a word with no match nor same-sense word in the text, the two a noun
 * of the lexical resource (`isCompound`, by index terms). Such a head names another thing than the text's word alone
 * ("change" is not climate change), so it does not count as the reader's own word found toward a partial match.
 */
export function modifiedHeads(
	query: string,
	plan: QueryPlan,
	analyzer: Pick<Analyzer, 'term'>,
	isCompound: (modifier: string, head: string) => boolean,
): Set<QueryUnit> {
	const heads = new Set<QueryUnit>();
	let words: string[] | undefined;
	plan.units.forEach((unit, i) => {
		const before = plan.units[i - 1];
		if (!before || !unit.answerable || before.phrase !== undefined || unit.phrase !== undefined) return;
		// An acronym or a number is not a compound's modifier (and the table is not made for one).
		if (before.answerable || before.related.length > 0 || /\s/.test(before.typed) || isWholeToken(before.typed)) return;
		const a = foldCase(before.typed);
		const b = foldCase(unit.typed).split(/\s+/)[0] ?? '';
		const [modifier, head] = [analyzer.term(a), analyzer.term(b)];
		if (modifier === null || head === null || !isCompound(modifier, head)) return;
		// Typed side by side: "climate of change" is no compound.
		words ??= typedWords(query);
		if (sideBySide(words, a, b)) heads.add(unit);
	});
	return heads;
}

/**
 * How many pairs of the text's words the reader typed side by side, each capitalized ("Security Council reform and
 * new permanent members"): each pair names one thing of the text, so it is one part found toward a partial match, not
 * two. Not in a headline, whose every word is capitalized; not an acronym ("UN").
 */
export function capitalizedPairs(query: string, plan: QueryPlan): number {
	const words = wordsTyped(query);
	if (isHeadline(words)) return 0;
	const capitalized = (unit: QueryUnit | undefined): unit is QueryUnit =>
		unit !== undefined && unit.answerable && unit.phrase === undefined && /^\p{Lu}\p{Ll}+$/u.test(unit.typed);
	let pairs = 0;
	plan.units.forEach((unit, i) => {
		const before = plan.units[i - 1];
		if (capitalized(unit) && capitalized(before) && sideBySide(words, before.typed, unit.typed)) pairs += 1;
	});
	return pairs;
}

/** Each table's compounds as a set, made once per table. */
const compoundSets = new WeakMap<object, Set<string>>();
function compoundsOf(table: Pick<RelatedWordsTable, 'compounds'>): Set<string> {
	let set = compoundSets.get(table);
	if (!set) compoundSets.set(table, (set = new Set(table.compounds ?? [])));
	return set;
}

/**
 * The one-word terms a query's word is searched as besides its own: the curated table's meanings and the same-sense
 * words of the lexical resource ("kids": children). What a question counts may be written so.
 */
function sameSenseTerms(plan: QueryPlan, typed: string): Set<string> {
	const unit = plan.units.find((u) => foldCase(u.typed) === typed);
	const groups = unit === undefined ? [] : [...unit.literal, ...unit.expansions, ...unit.related];
	return new Set(groups.filter((group) => group.length === 1).flat());
}

/** Whether a document's metadata lends each of its paragraphs a unit's group of terms (see `documentContext`). */
function lentByTitle(unit: QueryUnit, context: LentTerms): boolean {
	return unit.literal.some((group) => group.length > 0 && group.every((term) => context.lends?.(term) === true));
}
