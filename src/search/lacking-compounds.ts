import type { Analyzer } from './analyzer.ts';
import { foldCase } from '../corpus/text.ts';
import { modifiedHeads } from './match-rules.ts';
import { whoseLacking } from './whose-lacking.ts';
import type { QueryPlan } from './query-plan.ts';
import { literalUnit } from './literal-unit.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import type { RelatedWordsTable } from './related-words.ts';
import { sideBySide, typedWords } from './typed-names.ts';

/**
 * The plan searched with a compound noun of WordNet's whose modifier the text lacks in any sense and whose head it has
 * ("free trade") as one part the text lacks: what the reader asks about is free trade, not the text's illicit trade in
 * small arms, and the modifier's own links (free: achieve) say nothing of it. Without it, `free trade` matched ¶8's
 * "achieving" and "trade" whole, and in a dead end two such links agreed on a paragraph and answered a question on
 * something the text does not discuss (`free trade agreements between regional blocs`). The match rules still count
 * the planned parts (see `modifiedHeads`, which keeps the head from counting toward a partial match for the same
 * reason). A compound whose head the text lacks ("arms race") is not one of these: reading every such dictionary
 * compound so cost paraphrases their links ("war zones", "economic growth").
 */
export function withLackingCompounds(
	plan: QueryPlan,
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	related: () => Pick<RelatedWordsTable, 'compounds'>,
): QueryPlan {
	let compounds: Set<string> | undefined;
	const isCompound = (modifier: string, head: string) =>
		(compounds ??= new Set(related().compounds ?? [])).has(`${modifier} ${head}`);
	const heads = modifiedHeads(query, plan, analyzer, isCompound);
	if (heads.size === 0) return plan;
	const units: QueryUnit[] = [];
	plan.units.forEach((unit, i) => {
		const next = plan.units[i + 1];
		if (next !== undefined && heads.has(next)) return;
		const modifier = plan.units[i - 1];
		if (!heads.has(unit) || modifier === undefined) {
			units.push(unit);
			return;
		}
		const literal = [[...(modifier.literal[0] ?? []), ...(unit.literal[0] ?? [])]];
		units.push({ ...literalUnit(`${modifier.typed} ${unit.typed}`, literal), linking: [] });
	});
	return { ...plan, units };
}

/**
 * The plan a dead end is weighed by, a part owned by a word the text lacks ("root causes of obesity", "humanitarian
 * impact of sanctions": see `whoseLacking`) without its other words: the causes and the impact are obesity's and the
 * sanctions', not the text's environment of terrorism or its "impact upon their broader constituencies". Not where the
 * lacking word only modifies a word the text has ("knock-on benefits of economic progress": progress is the text's).
 * A part the text says only in other words too: "safety of journalists" is not the text's security, nor "trafficking
 * of women" its illicit trade in small arms (seed dev: two more questions without an answer no match, no paraphrase
 * of any table lost). So is a part the text says only in other words that a noun it lacks modifies (see
 * `modifiedByLacking`).
 */
export function ownedByLacking(
	query: string,
	plan: QueryPlan,
	isNoun: (word: string) => boolean = () => false,
): QueryPlan {
	// A part the text says only in other words is owned too ("safety of journalists": not the text's security).
	const said = (u: QueryUnit) =>
		u.answerable || u.related.length > 0 || u.narrower.length > 0 || (u.linking ?? []).length > 0;
	const owned = [...whoseLacking(query, plan, said)].filter((unit) => {
		const at = plan.units.indexOf(unit);
		return !(plan.units[at + 2]?.answerable ?? false);
	});
	owned.push(...modifiedByLacking(query, plan, isNoun));
	if (owned.length === 0) return plan;
	const bare = (unit: QueryUnit): QueryUnit => ({ ...unit, expansions: [], related: [], narrower: [], linking: [] });
	return { ...plan, units: plan.units.map((unit) => (owned.includes(unit) ? bare(unit) : unit)) };
}

/**
 * The parts the text says only in other words that are typed right after a noun it lacks in every sense, both nouns
 * (`isNoun`): the two name one thing the text lacks ("debt relief", "disaster relief", "food safety", "power plant
 * safety"), not the text's practical assistance or security. A word ending in "-ing" is left out, a verb as often as
 * a noun ("shielding noncombatants", "narcotics bankrolling extremists"). Measured on the relevance tables: seven more
 * of seed dev's questions without an answer are no match, for four paraphrases lost ("staff talks" for ¶10's
 * consultations at the working level, "crisis relief"); without the noun test, paraphrases fell 3 to 8 points on every
 * table ("old dangers coming together"). Its cost is a modifier near the text's word that nothing links: of 181
 * paraphrases written to break it, 15 were lost ("infant safety during wars", "clash avoidance", "technician talks").
 */
function modifiedByLacking(query: string, plan: QueryPlan, isNoun: (word: string) => boolean): QueryUnit[] {
	const noun = (unit: QueryUnit | undefined) =>
		unit !== undefined && !/\s/.test(unit.typed) && !/ing$/i.test(unit.typed) && isNoun(unit.typed);
	const lacking = (unit: QueryUnit | undefined) =>
		unit !== undefined &&
		unit.phrase === undefined &&
		!unit.answerable &&
		unit.related.length === 0 &&
		unit.expansions.length === 0 &&
		!isWholeToken(unit.typed);
	let words: string[] | undefined;
	return plan.units.filter((unit, i) => {
		const before = plan.units[i - 1];
		if (unit.answerable || !lacking(before) || !noun(before) || !noun(unit)) return false;
		words ??= typedWords(query);
		return sideBySide(words, foldCase(before?.typed ?? ''), foldCase(unit.typed));
	});
}
