import { wordUnitAt, type PlanSources } from './query-unit.ts';

/**
 * Modifiers typed one after another before one head ("nuclear, chemical and biological arms", "chemical or biological
 * weapons"): the first ones, then "and" or "or", then the last one and the head.
 */
const SHARED_HEAD = /((?:[\p{L}-]+\s*,\s*)*[\p{L}-]+),?\s+(?:and|or|&)\s+[\p{L}-]+\s+([\p{L}-]+)/giu;

/**
 * The query with the head that coordinated modifiers share written after each of them where the two make one thing
 * the planner knows ("nuclear, chemical and biological arms": nuclear arms, chemical arms and biological arms; the
 * curated table and WordNet read each as weapons of mass destruction). English writes the head once; the reader means
 * it after each. Only a modifier the text lacks gets it: a word of the text finds its own paragraphs as typed.
 */
export function withSharedHeads(query: string, sources: PlanSources): string {
	const { analyzer, known } = sources;
	return query.replace(SHARED_HEAD, (whole: string, firsts: string, head: string) => {
		let changed = false;
		const shared = firsts.replace(/[\p{L}-]+/gu, (modifier) => {
			const term = analyzer.term(modifier);
			if (term === null || known.hasTerm(term) || !makesOne(modifier, head, sources)) return modifier;
			changed = true;
			return `${modifier} ${head}`;
		});
		return changed ? shared + whole.slice(firsts.length) : whole;
	});
}

/** Whether the planner reads a modifier and a head typed side by side as one part ("nuclear arms"). */
function makesOne(modifier: string, head: string, sources: PlanSources): boolean {
	const words = [modifier, head];
	const terms = words.map((word) => sources.analyzer.term(word) ?? '');
	return wordUnitAt(words, terms, 0, sources, sources.known).span === 2;
}
