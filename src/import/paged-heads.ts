/**
 * A running head that counts the pages (`G20 Leaders’ Declaration      1/4`, `… Page 1 of 4`), as a PDF's text layer
 * repeats it atop each page: the first page's copy stands above the title and would be read as it, page count and
 * all. What gives it away is the repeat: the same words on another line with another page's number.
 */
const PAGE_COUNT = /^(.*?\S)\s+(?:Page\s+)?(\d{1,4})\s*(?:\/|\bof\b)\s*(\d{1,4})$/iu;

/** The lines of a text that are such running heads (see above), to be left out of those its title is read from. */
export function pagedRunningHeads(lines: readonly string[]): Set<string> {
	const byWords = new Map<string, Set<string>>();
	for (const line of lines) {
		const found = PAGE_COUNT.exec(line.trim());
		if (!found?.[1] || Number(found[2]) > Number(found[3])) continue;
		const words = found[1].replace(/\s+/gu, ' ');
		let numbers = byWords.get(words);
		if (!numbers) byWords.set(words, (numbers = new Set()));
		numbers.add(found[2] ?? '');
	}
	const heads = new Set<string>();
	for (const line of lines) {
		const words = PAGE_COUNT.exec(line.trim())?.[1]?.replace(/\s+/gu, ' ');
		if (words !== undefined && (byWords.get(words)?.size ?? 0) >= 2) heads.add(line);
	}
	return heads;
}
