/** Words a cut title must not end on: it would read as a phrase left open ("… COUNCIL OF MINISTERS OF THE…"). */
const OPEN_ENDS = new Set(
	'a an and at between by for from in into of on or the to with among de des du del la le les los las et y en sur sobre para pour'.split(
		' ',
	),
);

/**
 * A short title for footers and choice lists: the title up to about 70 characters, cut at a word, then back to the
 * end of a phrase: never on a small word ("of the") or a comma, nor on a number or word that the next one completes.
 */
export function shortTitleOf(title: string): string {
	if (title.length <= 70) return title;
	const words = title.slice(0, 71).split(' ').slice(0, -1);
	while (words.length > 1 && OPEN_ENDS.has((words.at(-1) ?? '').toLowerCase().replace(/[,;:–—-]+$/u, ''))) words.pop();
	return `${words.join(' ').replace(/[\s,;:–—-]+$/u, '')}…`;
}
