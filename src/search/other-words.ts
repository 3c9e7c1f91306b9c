import { eachHasItsOwn } from './counterparts.ts';
import type { MatchSet } from './match-set.ts';
import { textRows } from './match-flow.ts';
import type { Reach } from './minisearch-query.ts';
import { RERANKED, sentenceCloseness, withScore } from './closest-first.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import { tableMeaningsIn, within } from './table-meanings.ts';
import { showsSomething, type SearchHit } from './search-hit.ts';
import type { SentenceEvidence } from './sentence-evidence.ts';

/**
 * A dead end that is a paraphrase: among its closest paragraphs, one that says at least this many parts of the query
 * in other words (the curated table's meanings, same-sense or narrower words of the lexical resource, for words the
 * reader typed that the text lacks) answers it. One such link lands anywhere ("climate" near a paragraph on the
 * environment); two independent ones agreeing on one paragraph ("vote watchers": election observation) rarely do by
 * chance, and a question about something the text does not discuss has its subject unlinked ("piracy off somalia").
 */
export const MIN_LINKED_PARTS = 2;
/**
 * Whether a dead end is answered is read from its closest paragraphs only: those it would show first, by the whole
 * paragraph's closeness or by its closest sentence's (see `sentenceCloseness`), the order its answers are shown in.
 * Five answered more paraphrases on every dev table with no query without an answer matched there, but a stranger's
 * `climate change and rising sea levels` matched ¶1 ("increasing", "High-Level") through a fourth paragraph's links.
 */
export const CONSIDERED = 3;
/** Whether a unit's own words (as typed, corrected, completed, or through the curated table) are in a paragraph. */
export function ownWordsIn(unit: QueryUnit, terms: ReadonlySet<string>): boolean {
	return typedWordsIn(unit, terms) || unit.expansions.some(within(terms));
}

/** The terms of the words a reader typed for a unit, as typed (not corrected nor completed), that a paragraph has. */
function literalTermsIn(unit: QueryUnit, terms: ReadonlySet<string>): string[] {
	return unit.literal.filter(within(terms)).flat();
}

/** Whether the words a reader typed for a unit (as typed, corrected or completed) are in a paragraph. */
export function typedWordsIn(unit: QueryUnit, terms: ReadonlySet<string>): boolean {
	return (
		unit.literal.some(within(terms)) ||
		unit.typos.some((t) => terms.has(t.term)) ||
		unit.completions.some((t) => terms.has(t))
	);
}

/**
 * How many parts of the query a paragraph says in other words: not the words typed, but the curated table's meaning
 * ("gun": small arms; not its joining of the word's own family), a same-sense or a narrower word, or a neighbour all
 * but the same sense (`linking`).
 */
export function partsInOtherWords(plan: QueryPlan, matchedTerms: ReadonlySet<string>, sameSenseOnly = false): number {
	const all = within(matchedTerms);
	const linked: string[][][] = [];
	for (const unit of plan.units) {
		if (typedWordsIn(unit, matchedTerms)) continue;
		const groups = [
			...tableMeaningsIn(unit, matchedTerms),
			...unit.related.filter(all),
			...(sameSenseOnly ? [] : unit.narrower.filter(all)),
			...(sameSenseOnly ? [] : (unit.linking ?? []).filter(all)),
		];
		if (groups.length > 0) linked.push(groups);
	}
	// Two parts said by one word of the text are one part said ("female genital mutilation": person, twice).
	return eachHasItsOwn(linked) ? linked.length : linked.length - 1;
}

/**
 * Whether a paragraph says one of a dead end's parts through the curated table's meaning, not in the words typed
 * ("interfaith": religious understanding; "mobsters", beside it "gangs": organized crime). An acronym written out is
 * its name, no meaning of it ("UN": United Nations).
 */
function saysThroughTable(plan: QueryPlan, matchedTerms: ReadonlySet<string>): boolean {
	return plan.units.some(
		(u) => !isWholeToken(u.typed) && !typedWordsIn(u, matchedTerms) && tableMeaningsIn(u, matchedTerms).length > 0,
	);
}

/**
 * Whether one sentence of a paragraph says a part of the query in the reader's own words, a word the corpus writes
 * seldom, and another part in other words: "you can't give up people's basic freedoms just to stay safe" is ¶4's
 * "respect for human rights constituted a basic element in ensuring security" (basic as typed, safe: security). A
 * word the text writes often ("regional organizations", "rights") beside a link is what many questions it does not
 * answer share with it. A word the question's form added ("priority" for "comes first") is no word the reader typed:
 * beside it, only a same-sense word says another part ("rebuilding": the building of ¶7's "Peace-building activities
 * … highest priority"), not a kind of one ("education comes first": education is an activity).
 */
function saysInOneSentence(plan: QueryPlan, hit: SearchHit, evidence: SentenceEvidence): boolean {
	return evidence.sentences(hit).some((terms) => {
		const said = new Set([...terms].filter((t) => hit.matchedTerms.has(t)));
		const ownOf = plan.units.map((u) => literalTermsIn(u, said));
		const own = new Set(ownOf.flat());
		// The other part is another part of the query, said by another word of the text: "environmental" and the
		// "environment" word vectors put near "climate" are one word saying one part.
		const others = { ...plan, units: plan.units.filter((_, i) => ownOf[i]?.length === 0) };
		const rest = new Set([...said].filter((t) => !own.has(t)));
		const seldom = (units: QueryUnit[]) =>
			units.some((u) => literalTermsIn(u, said).some((t) => own.has(t) && !evidence.isCommon(t)));
		if (seldom(plan.units.filter((u) => u.added !== true)) && partsInOtherWords(others, rest) > 0) return true;
		return seldom(plan.units.filter((u) => u.added === true)) && partsInOtherWords(others, rest, true) > 0;
	});
}

/**
 * The paragraphs of a dead end's closest that answer it in other words, in their order, when one of those considered
 * (see `consideredOf`) says at least `MIN_LINKED_PARTS` of its parts so, or the closest says one so beside a seldom
 * word typed, in one sentence (see `saysInOneSentence`): then every one (of those ordered by closeness) that says one
 * of its parts so. Closeness orders them better than how many parts each links: a paragraph may link two parts
 * through common words ("response", "force") and be further from what was asked. Else, when the closest says a part
 * through the curated table (see `saysThroughTable`), those that say it so.
 */
export function answersInOtherWords(
	plan: QueryPlan,
	closest: readonly SearchHit[],
	saysAll: (hit: SearchHit) => boolean = () => false,
	isCommon?: (word: string) => boolean,
	evidence?: SentenceEvidence,
): SearchHit[] {
	if (plan.units.some((u) => u.phrase !== undefined)) return [];
	const links = (hit: SearchHit) => partsInOtherWords(plan, hit.matchedTerms);
	// Once answered, a paragraph that says as many parts in the reader's own words is an answer too: "peacebuilding
	// given top priority" is answered through ¶3's "providing" and "best", and ¶7, with "peace-building" and "priority"
	// as typed, links no part in other words.
	const says = (hit: SearchHit) => links(hit) > 0 || partsSaid(plan, hit.matchedTerms) >= MIN_LINKED_PARTS;
	const closestOne = closest[0];
	const oneSentence =
		closestOne !== undefined && evidence !== undefined && saysInOneSentence(plan, closestOne, evidence);
	if (oneSentence || consideredOf(closest).some((hit) => links(hit) >= MIN_LINKED_PARTS || saysAll(hit)))
		return closest.slice(0, RERANKED).filter(says);
	// Answered through the curated table alone when the closest says a part so and every part the text lacks is a common
	// word (`isCommon`): the table is written for what the text talks about, so its meaning there is what the reader
	// asks about, unless the query also names something else ("the war in Iraq": Iraq is a name, the question is about
	// it). Then by the paragraphs that say that meaning: a weaker link of another part ("recruitment": achieve) answers
	// nothing beside it.
	const lacked = plan.units.filter((u) => !u.answerable && u.phrase === undefined);
	if (isCommon === undefined || lacked.some((u) => !isCommon(u.typed))) return [];
	const through = (hit: SearchHit) => saysThroughTable(plan, hit.matchedTerms);
	const first = closest[0];
	return first !== undefined && through(first) ? closest.slice(0, RERANKED).filter(through) : [];
}

/**
 * The closest paragraphs a dead end's answer is looked for in (see `CONSIDERED`): the first by closeness, and the
 * first by their closest sentence among those reordered, which may be further as a whole (a long paragraph whose one
 * sentence says what was asked).
 */
function consideredOf(closest: readonly SearchHit[]): SearchHit[] {
	const bySentence = closest
		.slice(0, RERANKED)
		.map((hit, order) => ({ hit, order }))
		.sort((a, b) => sentenceCloseness(b.hit) - sentenceCloseness(a.hit) || a.order - b.order)
		.map(({ hit }) => hit);
	return [...new Set([...closest.slice(0, CONSIDERED), ...bySentence.slice(0, CONSIDERED)])];
}

/**
 * The matches of a dead end said in other words (see `answersInOtherWords`), in the order of their closest sentences
 * (see `saidFirst`): found again without looser neighbours, which a match never bolds. Empty when the closest do not
 * answer it.
 */
export function matchesInOtherWords(
	plan: QueryPlan,
	closest: readonly SearchHit[],
	run: (combineWith: 'OR', reach: Reach) => MatchSet,
	hitsOf: (matches: MatchSet, rows: number[]) => SearchHit[],
	saysAll?: (hit: SearchHit) => boolean,
	isCommon?: (word: string) => boolean,
	evidence?: SentenceEvidence,
	aligned?: (text: string) => number,
): SearchHit[] {
	const answering = answersInOtherWords(plan, closest, saysAll, isCommon, evidence);
	if (answering.length === 0) return [];
	const some = run('OR', { narrower: true, looser: false });
	const ids = new Set(answering.map((h) => h.paragraph.id));
	const found = new Map(
		hitsOf(
			some,
			textRows(some).filter((row) => ids.has(some.id(row))),
		).map((h) => [h.paragraph.id, h]),
	);
	// In the order of their closest sentences, a part said counting a little (see `saidFirst`), with the score they
	// are ordered by (what `--json` shows). One that shows nothing of the query in bold ("armed" for the arms of "gun")
	// says nothing of it a reader could see: not a match.
	return saidFirst(
		plan,
		answering.flatMap((h) => {
			const hit = found.get(h.paragraph.id);
			return hit && showsSomething(hit) ? [withScore(hit, h.score, sentenceCloseness(h))] : [];
		}),
		aligned,
	);
}

/**
 * A dead end's matches, given closest first with their closeness as score, in the order of their closest sentence's
 * closeness (see `sentenceCloseness`), the parts each says (see `PART_SAID`) and the share of the query its best
 * sentence says word by word (`aligned`, see `ALIGNED_SAID`), each with the score it is ordered by.
 */
export function saidFirst(
	plan: QueryPlan,
	closest: readonly SearchHit[],
	aligned: (text: string) => number = () => 0,
): SearchHit[] {
	const said = closest.map((hit, order) => ({
		hit,
		order,
		score:
			sentenceCloseness(hit) +
			PART_SAID * partsSaid(plan, hit.matchedTerms) +
			ALIGNED_SAID * aligned(hit.paragraph.searchText),
	}));
	said.sort((a, b) => b.score - a.score || a.order - b.order);
	return said.map(({ hit, score }) => withScore(hit, score));
}

/**
 * How much closer a dead end's match counts for each part of the query it says (in the reader's words, the curated
 * table's, same-sense or narrower ones): word vectors' closeness differs by a few hundredths between paragraphs that
 * say one part and paragraphs that say three ("UN should lead the worldwide anti-terror campaign": ¶2, 0.45 with the
 * UN alone, came before ¶3, 0.45 with the UN, its lead and terror), and a part said outright is the surer sign.
 * Measured between 0.02 and 0.05: every table's first match as good or better, none of the first three worse.
 */
const PART_SAID = 0.03;
/**
 * How much closer a dead end's match counts for the share of the query its best sentence says word by word (see
 * `alignedShare`): "keeping kids safe in war zones, with states checking each other's record" finds ¶6 (children in
 * armed conflict, monitoring and peer review) before ¶7, a little closer as a whole. Measured from 0.05 to 3: from
 * 0.2 to 1 every table's first matches as good or better (seed dev paraphrases R@1 .793 -> .800, R@3 .943 -> .946);
 * at 3 worse.
 */
const ALIGNED_SAID = 0.4;

/** How many parts of the query a paragraph says in any words but looser neighbours. */
function partsSaid(plan: QueryPlan, matchedTerms: ReadonlySet<string>): number {
	const all = within(matchedTerms);
	return plan.units.filter((u) => ownWordsIn(u, matchedTerms) || u.related.some(all) || u.narrower.some(all)).length;
}
