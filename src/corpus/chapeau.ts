import { afterBreak, type Cursor } from './layout-mode.ts';
import { paragraphNumber } from './markers.ts';

/**
 * A text's chapeau: the sentence that names who adopts it and where or at which meeting, whose verb is each of the
 * paragraphs under it. `The Peace and Security Council of the African Union (AU), at its 1200th meeting held on 15
 * March 2024, on the situation in the Sahel region,` (then `Recalling …;`), `We, the Heads of State and Government
 * of the Member States of ECOWAS, meeting in Abuja on …,` (then `Considering …;`), `Os Chefes de Estado e de Governo
 * …, reunidos em São Tomé …:` (then `1.`). It is the long form of a resolution's organ line (`The General
 * Assembly,`): above preambular paragraphs it is not one of them, since readers count them from the one after it
 * ("the first preambular paragraph" is `Recalling …`); above the first number, with no preambular paragraph, it is the
 * only text before the numbers, and it alone names who met and where.
 */

/**
 * Who acts: `The …`, `We, the …` (`We, the Heads of State`, `We, the leaders of the Arab States`) and the same in
 * French, Spanish and Portuguese.
 */
const SUBJECT =
	/^(?:(?:We|Nous|Nosotros|Nós),\s+(?:the|les|los|las|os|as)\s+\p{L}|(?:The|Les|Le|La|Los|Las|Os|As|El|O|A)\s+\p{Lu})/u;
/** Where or when they met: `at its 1200th meeting`, `meeting in Dili`, `gathered in`, `reunidos em`, `réunis à`. */
const MEETING =
	/\b(?:at its \d+\p{L}*|meeting|met|gathered|assembled|convened|session|summit|reunid[oa]s|réuni(?:e)?s|congregad[oa]s)\b/iu;
/** A chapeau that announces a text (`…, adopted the following decision:`): context above the text, never quoted. */
const ANNOUNCES_TEXT = /\b(?:following|as follows|seguinte|siguiente|suivante?s?)\b/iu;
/** A short sentence after the chapeau's that announces the text: `They agreed the following:`. */
const ANNOUNCED_AFTER = /(?<=[.!?])\s+\p{Lu}[^.!?]{0,60}\b(?:following|as follows)\s*:$/u;
/** A subject in the first person: the authors speak (`We, the Heads of State …`). */
const FIRST_PERSON = /^(?:We|Nous|Nosotros|Nós),/u;
/** A sentence's end inside it (`…was held in Banjul. The Summit …`): a chapeau is one unfinished sentence. */
const SENTENCE_INSIDE = /(?<!\b(?:Mr|Mrs|Ms|Dr|H\.E|No|St|\p{Lu}))[.!?][)"'”’»]*\s+\p{Lu}/u;
/** How many lines a chapeau may wrap over, and how many words it has at least (a bare organ line is shorter). */
const MAX_LINES = 10;
const MIN_WORDS = 8;
/** The short organ line a chapeau may stand over (`Council,`, `The Peace and Security Council,`), or an operative verb. */
const ORGAN_OR_VERB =
	/^(?:(?:The )?(?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*| and| of){0,5},|\p{L}+(?: \p{L}+){0,3}:)$/u;

/** A chapeau found at a line: how many lines it takes, its text and what stands under it. */
export interface Chapeau {
	lines: number;
	text: string;
	/** Whether the first numbered paragraph follows with no preambular paragraph between. */
	overNumbers: boolean;
	/** Whether it announces the text under it (`adopted the following decision:`) rather than being its subject. */
	announces: boolean;
}

/**
 * The chapeau that opens at line `i` (see above), up to the line that ends it with `,` or `:` right before a
 * preambular paragraph (`opens`), the first number, or a short organ line or operative verb over either; undefined
 * when none opens there.
 */
export function chapeauAt(
	cursors: readonly Cursor[],
	i: number,
	opens: (text: string) => boolean,
): Chapeau | undefined {
	const first = cursors[i];
	if (first === undefined || !SUBJECT.test(first.text) || opens(first.text)) return undefined;
	// Inside a block, after a line that ends no sentence (a title copied without a blank line), one line only.
	const opensHere = first.blockStart || afterBreak(first.previous);
	const lines: string[] = [];
	for (let end = i; end < Math.min(cursors.length, i + MAX_LINES); end += 1) {
		const line = cursors[end] as Cursor;
		if (end > i && (line.blockStart || paragraphNumber(line.text) !== undefined)) return undefined;
		lines.push(line.text);
		if (!/[,:]$/u.test(line.text)) {
			if (!opensHere) return undefined;
			continue;
		}
		const under = whatFollows(cursors, end + 1, opens);
		if (under === undefined) continue;
		const text = lines.join(' ');
		// Its one sentence, but for a short one after it that announces the text (`…met in Brussels on 21 and 22 May
		// 2024. They agreed the following:`).
		const said = text.replace(ANNOUNCED_AFTER, '');
		const isChapeau = said.split(/\s+/u).length >= MIN_WORDS && MEETING.test(said) && !SENTENCE_INSIDE.test(said);
		if (!isChapeau) return undefined;
		// `We, the leaders …, meeting in …, declare the following:` is the declaration's own voice, whose verb each
		// paragraph under it completes: no announcement of a text by someone else.
		const announces = ANNOUNCES_TEXT.test(text) && !FIRST_PERSON.test(text);
		return { lines: lines.length, text, overNumbers: under === 'number', announces };
	}
	return undefined;
}

/** What stands under a chapeau: the first number or a preambular paragraph, through a short organ line or a verb. */
function whatFollows(
	cursors: readonly Cursor[],
	at: number,
	opens: (text: string) => boolean,
): 'number' | 'preamble' | undefined {
	for (let j = at; j < Math.min(cursors.length, at + 2); j += 1) {
		const text = cursors[j]?.text ?? '';
		if (paragraphNumber(text) !== undefined) return 'number';
		if (opens(text)) return 'preamble';
		if (!ORGAN_OR_VERB.test(text)) return undefined;
	}
	return undefined;
}

/**
 * The subject of a declaration set in capitals, then where its authors met, ending with a comma: `THE MINISTERS OF
 * FOREIGN AFFAIRS AND HEADS OF DELEGATION OF THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS),
 * gathered in …,` (`LOS MINISTROS DE RELACIONES EXTERIORES …, reunidos en …,`). It opens the preamble as the organ's
 * line does (so does `THE GENERAL ASSEMBLY,`), its preambular paragraphs in capitals (`RECOGNIZING that …;`).
 */
const SUBJECT_IN_CAPITALS = /^(?:[\p{Lu}()'’-]{2,}[\s,]+){3}/u;
/** How many lines such a subject may wrap over. */
const MAX_SUBJECT_LINES = 8;

/**
 * How many lines from `i` a declaration's subject in capitals takes (see `SUBJECT_IN_CAPITALS`), up to the line that
 * ends it with a comma, at the end of its block or before a preambular paragraph (`opens`); 0 when none opens there.
 */
export function subjectInCapitals(cursors: readonly Cursor[], i: number, opens: (text: string) => boolean): number {
	if (!SUBJECT_IN_CAPITALS.test(cursors[i]?.text ?? '')) return 0;
	for (let end = i; end < i + MAX_SUBJECT_LINES; end += 1) {
		const line = cursors[end];
		if (line === undefined || (end > i && line.blockStart)) return 0;
		const next = cursors[end + 1];
		if (/,$/u.test(line.text) && (next === undefined || next.blockStart || opens(next.text))) {
			return end - i + 1;
		}
	}
	return 0;
}
