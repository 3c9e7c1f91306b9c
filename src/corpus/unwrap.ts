import { foldCase } from './text.ts';

/** The words of a text, folded, to decide whether a hyphen at a line end splits a word or belongs to it. */
export function wordsOf(text: string): Set<string> {
	return new Set(foldCase(text).match(/\p{L}+/gu) ?? []);
}

/**
 * Joins a wrapped line to the text before it with one space. A hyphen at the line end is the typesetter's only when
 * the joined word occurs elsewhere in the text (`organi-` + `zations` → `organizations`); otherwise it is the
 * word's own (`peace-` + `building` → `peace-building`) and stays, without a space.
 */
export function joinWrapped(before: string, line: string, words: Pick<ReadonlySet<string>, 'has'>): string {
	if (before === '') return line;
	const head = /(\p{L}+)-$/u.exec(before);
	const tail = /^\p{Ll}+/u.exec(line);
	if (head?.[1] && tail) {
		const joined = foldCase(head[1] + tail[0]);
		return words.has(joined) ? before.slice(0, -1) + line : before + line;
	}
	return `${before} ${line}`;
}
