/** How close word vectors must find two words for each use the search makes of them (cosines). */

/**
 * A cosine this high is the same sense on its own evidence ("talks" → negotiations 0.91, "smuggling" → trafficking
 * 0.86); word vectors also put near each other words that only share a context ("women" → children 0.73, "climate"
 * → environment 0.76), which must stay below it.
 */
export const SAME_SENSE = 0.8;
/** A cosine this high is the same word in other words, beside any the lexical resource gives ("troops", forces 0.92). */
export const ALL_BUT_SAME = 0.85;
/** Confirmed by the lexical resource (a broader or related WordNet word), a lower cosine is enough. */
export const CONFIRMED_SAME_SENSE = 0.6;
/**
 * One word of a reader's word's definition is its meaning when word vectors find them this close ("war": the waging
 * of armed conflict, 0.77 to "conflict"): higher than for a phrase of the text, since one word of a definition is as
 * often what the thing is used for ("attend": be present at meetings, 0.68). Measured: 0.6 let a question with no
 * answer match; 0.7 kept fewer paraphrases.
 */
export const DEFINING_WORD = 0.65;
/** A word sharing a stem with the text's word is that word's family from this cosine on (see `sameWord`). */
export const SAME_WORD = 0.4;
/**
 * A lemma sharing a typed word's stem lends it its WordNet senses from this cosine on (see `oneWordEntry`): higher than
 * `SAME_WORD`, since the typed word's own lemma is looked up already, and a stem-mate only near it brings senses it
 * does not have ("victims" and "victimized" 0.42: exploited, used). Measured at 0.4, 0.45 and 0.5 on every table: 0.45
 * lost nothing and left one more seed dev question without an answer unmatched; 0.5 lost a blind paraphrase.
 */
export const STEM_MATE = 0.45;
/**
 * A word the reader typed keeps the text's words of its stem down to this cosine, it or its base form ("brokers":
 * broker, brokering 0.57): below it they are other words ("civil", civilizations 0.15; "executive", execution 0.26).
 * Lower than for the lexical resource's words, since a reader's own word wrongly dropped loses a match it had.
 */
export const TYPED_SAME_WORD = 0.3;
/** Neighbours this close lead a dead end to the closest paragraphs (never a match). */
export const NEIGHBOUR = 0.6;
/**
 * A neighbour this close, just short of the same sense ("extremism", terrorism 0.77; not "swap", exchange 0.62), says
 * the reader's word in other words toward the two parts a dead end needs to be answered (see `partsInOtherWords`),
 * never a match by itself. Measured on the dev tables: 0.72 let a question with no answer match, 0.78 answered fewer
 * paraphrases; 0.75 lowered no table.
 */
export const LINKING_NEIGHBOUR = 0.75;
/**
 * A word WordNet opposes to a corpus term is kept in the table only from this cosine on (its lemma to any of the term's
 * forms): below it, no form of the word comes near enough to be taken for a neighbour (see `addNeighbours`).
 */
export const OPPOSITE_NEAR = 0.45;
