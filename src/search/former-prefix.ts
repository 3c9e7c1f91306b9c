import type { Analyzer } from './analyzer.ts';
import type { QueryUnit } from './query-unit.ts';
import type { KnownWords } from './word-forms.ts';

/** A word typed with the prefix "ex-" (`ex-fighters`, `ex‑soldiers`): what follows it. */
const EX_PREFIXED = /^ex[-\u2010\u2011](\p{L}[\p{L}-]*)$/iu;

/**
 * "Ex-fighters" are former fighters: where the text lacks the word as typed but writes "former", what the word after
 * the prefix means is searched beside "former" ("former combatants"), not alone. Alone, "fight" of "the fight against
 * terrorism" matched readers' "getting ex-fighters back into civilian life", and the paragraphs on former combatants'
 * reintegration came after it. Readers write the prefix in many paraphrases; conclusions write "former".
 */
export function asFormer(unit: QueryUnit, analyzer: Pick<Analyzer, 'term'>, known: Pick<KnownWords, 'hasTerm'>): void {
	const rest = EX_PREFIXED.exec(unit.typed)?.[1];
	const former = analyzer.term('former');
	if (rest === undefined || unit.answerable || former === null || !known.hasTerm(former)) return;
	const restTerm = analyzer.term(rest.replace(/[-\u2010\u2011]/gu, ''));
	const groups = [...(restTerm !== null && known.hasTerm(restTerm) ? [[restTerm]] : []), ...unit.related];
	const seen = new Set<string>();
	unit.related = groups
		.map((group) => (group.includes(former) ? group : [former, ...group]))
		.filter((group) => !seen.has(group.join(' ')) && seen.add(group.join(' ')));
}
