import { ENDS_SENTENCE } from './markers.ts';

/**
 * Why a text gave no paragraph, in words that let its importer fix the file: what the parser looks for, and what
 * this text lacks (blank lines between its paragraphs, or any sentence at all).
 */
export function noParagraphFound(source: string): string {
	const lines = source
		.replace(/\r\n?/gu, '\n')
		.trim()
		.split('\n')
		.map((l) => l.trim());
	const filled = lines.filter((l) => l !== '');
	const looksFor =
		'the parser looks for paragraphs numbered "1." or "1.1" or lettered "(a)" at the start of a line, bullets ' +
		'("•", "--"), or blocks of text that end like a sentence, separated by blank lines, after the title';
	let fix: string;
	if (!filled.some((l) => ENDS_SENTENCE.test(l))) {
		fix = 'none of its lines ends a sentence (". ; : ! ?"): is the text itself in the file, and not only its title?';
	} else if (filled.length === lines.length) {
		fix = 'the text has no blank line: put one between its paragraphs (and after the title), then import again';
	} else {
		fix = 'put a blank line between its paragraphs, or their numbers at the start of their lines, then import again';
	}
	return `no paragraph found in the text: ${looksFor}; ${fix}`;
}
