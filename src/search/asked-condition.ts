/**
 * A "when" that asks under what conditions, not at what time: "when is it ok to use force", "when can countries go to
 * war legally". The text's answer is a rule ("in accordance with the Charter"), which no date states. The word for
 * "allowed" (group 1) is the question's frame, not a word the answer has.
 */
const CONDITION_FRAME =
	/^\s*(?:and\s+|so\s+)?when\s+(?:is|was|would\s+it\s+be|are)\s+(?:it\s+)?(?:ever\s+)?(ok|okay|fine|alright|right|legal|lawful|legitimate|acceptable|permissible|permitted|allowed|justified|justifiable)\b/i;
const CONDITION_ADVERB = /\b(?:legally|lawfully|legitimately)\b/i;
/**
 * The same words after what they judge, ending the question or before what it is for or whose view it is: "when is
 * the use of force considered legitimate", "when are sanctions ok", "when is force justified to protect civilians",
 * "when is military force legitimate according to the participants"; not a name's word ("when was the legal committee
 * set up").
 */
const CONDITION_LATER =
	/^\s*(?:and\s+|so\s+)?when\b.*\b(?:ok|okay|legal|lawful|legitimate|acceptable|permissible|permitted|allowed|justified|justifiable)\s*(?:[?.!,;]|$|(?:to|for|under|if|in|according|by|without|unless|as)\b)/i;
/** Whether a "when" question asks under what conditions, not at what time (see `CONDITION_FRAME`). */
export const asksCondition = (query: string): boolean =>
	CONDITION_FRAME.test(query) || CONDITION_ADVERB.test(query) || CONDITION_LATER.test(query);

/** A "when" question without its word for "allowed" (`CONDITION_FRAME`'s group 1), which no answer says. */
export const withoutConditionFrame = (query: string): string =>
	query.replace(CONDITION_FRAME, (frame, allowed: string) => frame.slice(0, frame.length - allowed.length));
