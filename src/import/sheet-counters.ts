import type { HTMLElement } from 'node-html-parser';

/**
 * A list's counting set by the page's style sheet, not on the list itself: Google Docs' "Publish to the web" pages
 * number every list through CSS counters (`.lst-kix_x-1>li:before{content:"(" counter(lst-ctn-kix_x-1,lower-latin)
 * ") "}`, the list itself `list-style-type:none`), so a sub-list of letters read as its own `1.`, `2.`, `3.`, and
 * broke the paragraphs' numbering. Each class whose items' `:before` content draws a counter in a style gets that
 * style on its lists, inline, where the list marks are read (see `orderedItemMark`). Returns how many lists it set.
 */
export function withSheetCounters(root: HTMLElement): number {
	const sheet = root
		.querySelectorAll('style')
		.map((style) => style.text)
		.join('\n');
	const styles = new Map<string, string>();
	for (const rule of sheet.matchAll(
		/\.([\w-]+)\s*>\s*li:{1,2}before\s*\{[^}]*?counter\(\s*[\w-]+\s*,\s*([\w-]+)\s*\)/gu,
	)) {
		if (rule[1] !== undefined && rule[2] !== undefined) styles.set(rule[1], rule[2]);
	}
	if (styles.size === 0) return 0;
	let set = 0;
	for (const list of root.querySelectorAll('ol')) {
		const own = list.getAttribute('style') ?? '';
		if (/list-style(?:-type)?\s*:\s*(?!none)/iu.test(own) || list.getAttribute('type') !== undefined) continue;
		const style = (list.getAttribute('class') ?? '')
			.split(/\s+/u)
			.map((name) => styles.get(name))
			.find(Boolean);
		if (style === undefined) continue;
		list.setAttribute(
			'style',
			`${own.replace(/list-style(?:-type)?\s*:\s*none\s*;?/giu, '')};list-style-type:${style}`,
		);
		set += 1;
	}
	return set;
}

/** Whether a page is one Google Docs published ("Publish to the web"): its favicon, its lists' classes. */
export const isGoogleDocsPage = (html: string): boolean => /kix-favicon|class="[^"]*\blst-kix_/u.test(html);
