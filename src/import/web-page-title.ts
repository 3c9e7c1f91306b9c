/** `Title | Site`, `Site | Title`, `Title - United Nations`: the parts of a `<title>`, site names in them. */
const TITLE_PARTS = /\s+\|\s+/u;
const DASHED_TAIL = /\s+[-–—]\s+([^-–—]+)$/u;
/** What a site's name looks like at the end of a `<title>`: ending as the UN's and news sites' names do, or a domain. */
const SITE_NAME =
	/(?:^|\s)(?:United Nations|UN|UNIS|UN News|Press Releases?|Meetings Coverage|News Cent(?:re|er)|Press Room|Newsroom)$|\.[a-z]{2,}$/iu;

/** A few words ending as a site's name does; a title is longer, or ends otherwise. */
export const isSiteName = (text: string) => text.trim().split(/\s+/u).length <= 6 && SITE_NAME.test(text.trim());

/**
 * A `<title>` without the site's name that pages add to it: the longest part between ` | ` that is not a site's
 * name (whichever side the site puts its own), then a ` - Site` tail when it names a site (a title's own dash
 * stays). The site's declared name (`og:site_name`) is cut wherever it stands.
 */
export function pageTitleOf(title: string, siteName?: string): string {
	let text = title.replace(/\s+/gu, ' ').trim();
	const site = siteName?.replace(/\s+/gu, ' ').trim();
	if (site) {
		for (const sep of [' | ', ' - ', ' – ', ' — ']) {
			if (text.endsWith(`${sep}${site}`)) text = text.slice(0, -(sep.length + site.length));
			if (text.startsWith(`${site}${sep}`)) text = text.slice(site.length + sep.length);
		}
	}
	const parts = text.split(TITLE_PARTS);
	const own = parts.filter((part) => !isSiteName(part));
	text = (own.length > 0 ? own : parts).reduce((best, part) => (part.length > best.length ? part : best), '');
	const tail = DASHED_TAIL.exec(text);
	if (tail?.[1] !== undefined && isSiteName(tail[1])) text = text.slice(0, tail.index);
	return text.trim();
}

/**
 * Of a `<title>` in parts (`Texts adopted - Situation in Georgia - Thursday, 9 October 2024`), the part the page
 * prints as a block of its own (`blocks`): the document's title; the others name the site, the series, the day.
 */
export function printedTitlePart(title: string, blocks: readonly string[]): string | undefined {
	const plain = (text: string) => text.replace(/\s+/gu, ' ').trim();
	const printed = new Set(blocks.map(plain));
	return title.split(/\s+[-–—|]\s+/u).find((part) => plain(part) !== '' && printed.has(plain(part)));
}
