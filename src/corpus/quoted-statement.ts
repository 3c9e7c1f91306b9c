/**
 * A statement quoted paragraph by paragraph — a presidential statement's "…made the following statement on behalf of
 * the Council:" then `“The Security Council reaffirms…` — opens each paragraph with a quotation mark and closes only
 * the last one. Those marks belong to the quotation, not to the paragraphs: a reader quoting ¶3 quotes
 * `The Security Council underlines…`, without a mark that is never closed.
 */

const OPENS = /^[“"]/u;

/** Whether a paragraph opens a quotation it does not close (`“The Council…` with no `”` after it). */
function leavesOpen(text: string): boolean {
	if (!OPENS.test(text)) return false;
	if (text.startsWith('"')) return (text.match(/"/gu)?.length ?? 0) % 2 === 1;
	return (text.match(/“/gu)?.length ?? 0) > (text.match(/”/gu)?.length ?? 0);
}

/** Whether a paragraph opens a quotation and closes it at its end, its marks balanced (`“The Council… action.”`). */
function closesRun(text: string): boolean {
	if (text.startsWith('"')) return text.endsWith('"') && (text.match(/"/gu)?.length ?? 0) % 2 === 0;
	return text.startsWith('“') && text.endsWith('”') && text.match(/“/gu)?.length === text.match(/”/gu)?.length;
}

/**
 * The paragraphs' texts without the marks of a quotation that runs over several of them: a run of two or more
 * paragraphs, each opening a quotation it leaves open, closed by the last one. Other quotation marks stay, and so
 * does a quotation that opens and closes within one paragraph (`“In larger freedom” was…`).
 */
export function withoutStatementQuotes(texts: readonly string[]): string[] {
	const out = [...texts];
	let runStart = -1;
	for (const [i, text] of texts.entries()) {
		if (leavesOpen(text)) {
			if (runStart < 0) runStart = i;
			continue;
		}
		if (runStart >= 0 && closesRun(text)) {
			for (let j = runStart; j < i; j += 1) out[j] = (texts[j] ?? '').slice(1);
			out[i] = text.slice(1, -1);
		}
		runStart = -1;
	}
	return out;
}
