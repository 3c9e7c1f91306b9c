import type { Analyzer } from './analyzer.ts';
import type { QueryUnit } from './query-unit.ts';
import type { KnownWords } from './word-forms.ts';

/**
 * The endings that make, of a word for what someone does, the office or the one who holds it: chair, chairman,
 * chairmanship, chairperson; leader, leadership.
 */
const OFFICE_ENDINGS = ['manship', 'ship', 'man', 'person'];

/**
 * A word typed whose office the text writes instead ("who chaired the meeting": "under the chairmanship of the
 * Minister"): the text's words of that office are same-sense words of it. WordNet links "chair" to "chairmanship"
 * only through "chairman", two steps, which the related words do not take; word vectors put "chaired" further from
 * "chairmanship" than from other words.
 */
export function withOffices(
	unit: QueryUnit,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): void {
	if (unit.phrase !== undefined || unit.literal.length !== 1) return;
	const [group] = unit.literal;
	const [term] = group ?? [];
	if (term === undefined || group?.length !== 1 || !/^\p{L}{3,}$/u.test(term)) return;
	const had = new Set(unit.related.map((g) => g.join(' ')));
	for (const ending of OFFICE_ENDINGS) {
		const office = analyzer.term(`${term}${ending}`);
		if (office === null || office === term || !known.hasTerm(office) || had.has(office)) continue;
		unit.related.push([office]);
		had.add(office);
	}
}
