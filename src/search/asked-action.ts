import { mayAsk } from './answer-type.ts';

/** Words after "who" that are not what someone did: auxiliaries, modals, and words that start a phrase. */
const NOT_ACTIONS = new Set(
	(
		'is are was were be been being am s does did do has have had will would shall should can could may might must ' +
		'else exactly really actually in on at of for from to with by about then'
	).split(' '),
);

/**
 * A modal right after "who", before the deed ("who will lead", "who should chair"): the word after it is what
 * someone will do. Not "is" or "was" ("who is leading the mission": the text says "its leadership", which a paragraph
 * may state in a word of another stem), and not one before a subject ("who did they thank"): what is asked is then no
 * word right after it.
 */
const MODALS = new Set('will would shall should can could may might must'.split(' '));
/** Words that start a subject after a modal ("who will they send", "who will the conclusions be sent to"). */
const SUBJECT_STARTS = new Set(
	(
		'the a an this that these those they them we you he she it i there their its his her our any some each every ' +
		'what which who whom'
	).split(' '),
);

/**
 * What a "who" question asks someone did, when it names it right after "who" ("who chaired the eighth meeting",
 * "who heads the Directorate") or after a modal ("who will lead the consultations"): a paragraph that
 * answers it says so, in that word or the same sense. Conclusions rarely name chairs, heads and leads; a paragraph
 * that only has the rest of the question is about something else.
 */
export function askedAction(query: string): string | undefined {
	if (!mayAsk(query)) return undefined;
	const asked = /^\s*(?:and\s+|so\s+|but\s+)?who\s+(.*)$/isu.exec(query)?.[1];
	if (asked === undefined) return undefined;
	const words = (asked.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(0, 4);
	if (MODALS.has(words[0] ?? '')) words.shift();
	const word = words[0];
	if (word === undefined || NOT_ACTIONS.has(word) || SUBJECT_STARTS.has(word)) return undefined;
	// "Who gave support", "who made the proposal": the deed is the noun ("support"); a paragraph says "provided support".
	const noun = DETERMINERS.has(words[1] ?? '') ? words[2] : words[1];
	// "Who needs protection", "who needs to act": what is needed is asked about, not the needing, which a paragraph
	// on the protection of civilians never says.
	if (NEEDS.has(word)) return words[1] === 'to' ? words[2] : noun;
	return LIGHT_VERBS.has(word) && noun !== undefined && !NOT_ACTIONS.has(noun) ? noun : word;
}

/** Verbs of needing before what is needed ("who needs protection", "who deserves help", "who requires support"). */
const NEEDS = new Set(
	'need needs needed require requires required deserve deserves deserved want wants wanted'.split(' '),
);

/** The words a light verb's noun may follow ("made a proposal", "gave their support"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'their', 'its', 'any']);

/** Verbs that say little by themselves before the noun that names the deed ("gave support", "made a proposal"). */
const LIGHT_VERBS = new Set(
	'give gives gave given giving make makes made making offer offers offered offering lend lends lent lending'.split(
		' ',
	),
);
