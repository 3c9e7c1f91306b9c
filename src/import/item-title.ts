import { titleLinesJoined } from './title-candidate.ts';
import { CUT_SHORT, KIND_ONLY_DOUBT } from './title-doubts.ts';

/**
 * The agenda item's lines read as the title, when the document has none of its own after them, joined as any title's
 * (see `titleLinesJoined`). Printed without blank lines (a PDF's text), the item's title runs on into the document's
 * own with nothing to part them: a line opening in capitals under one that ends as a title may (`…of the General
 * Assembly` / `Women's equal participation…`), or may go on with a name (`…the United` / `Nations…`). The whole is
 * kept, as the item's title is cited when the document has none, and the import says which lines could be the
 * document's own title.
 */
export function itemTitleRead(lines: readonly string[]): { title: string; titleDoubt?: string } {
	const title = titleLinesJoined(lines);
	const own = lines.findIndex((line, i) => {
		const above = lines[i - 1];
		return above !== undefined && /^\p{Lu}/u.test(line) && !CUT_SHORT.test(above) && !above.endsWith('-');
	});
	if (own < 0) return { title };
	const rest = titleLinesJoined(lines.slice(own));
	return {
		title,
		titleDoubt: `it is the agenda item's title read on without a blank line; "${rest}" could be the document's own title`,
	};
}

/**
 * What a document with no title line of its own is cited by: its agenda item's title (see `itemTitleRead`), else the
 * line saying what kind of document it is (better than nothing, but not what it is about, and said so), else nothing.
 */
export function untitled(
	itemTitle: readonly string[],
	kindLine: string | undefined,
): { title?: string; titleDoubt?: string } {
	if (itemTitle.length > 0) return itemTitleRead(itemTitle);
	return kindLine === undefined ? {} : { title: kindLine, titleDoubt: KIND_ONLY_DOUBT };
}
