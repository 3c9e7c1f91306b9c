import { foldCase } from '../corpus/text.ts';

/**
 * Words that frame a question rather than name its subject ("what did they say about small arms", "how should
 * they deal with poverty"). They are dropped from a query that has other words, so that a question asks the same as
 * its subject; a query made only of them is searched as typed.
 */
const FILLER_WORDS = new Set(
	(
		'what which who whom whose when where why how whether ' +
		'do does did done doing say says said saying tell told mention mentioned mentions ' +
		'about regarding concerning re anything something everything ' +
		'i me my we us our you your he she him her they them ' +
		'can could would should shall may might must ' +
		'agree agreed agreement conclude concluded conclusion conclusions paragraph paragraphs text document ' +
		'please find show any there here also many much'
	).split(' '),
);

export const isFillerWord = (word: string): boolean => FILLER_WORDS.has(foldCase(word));
