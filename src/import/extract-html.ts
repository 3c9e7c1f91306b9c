import { HTMLElement, NodeType, TextNode, parse, type Node } from 'node-html-parser';

/** Elements that are never the text: page furniture, forms, media and code. */
const DROPPED_TAGS = [
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'button',
	'select',
	'iframe',
	'svg',
	'img',
	'video',
	'audio',
	'canvas',
];
/** Ids and classes that name navigation and boilerplate on news and UN pages. */
const BOILERPLATE =
	/(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|header|masthead|footer|sidebar|skip|share|social|print|search|banner|cookies?|toolbar|related)(?:$|[\s_-])/iu;
/** Where the text of a page usually is, most specific first. */
const MAIN_SELECTORS = ['main', '[role=main]', 'article', '#content', '.content', '#main', '#maincontent'];
/** Elements that stand on lines of their own. */
const BLOCK_TAGS = new Set([
	'address',
	'article',
	'blockquote',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'td',
	'th',
	'tr',
	'ul',
]);

/** HTML collapses its own white space (not U+00A0, which `&nbsp;` writes): the text as a browser shows it. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

function isBoilerplate(element: HTMLElement): boolean {
	const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
	return DROPPED_TAGS.includes(element.tagName?.toLowerCase() ?? '') || BOILERPLATE.test(name);
}

function removeBoilerplate(element: HTMLElement): void {
	for (const child of [...element.childNodes]) {
		if (child instanceof HTMLElement) {
			if (isBoilerplate(child)) child.remove();
			else removeBoilerplate(child);
		} else if (child.nodeType === NodeType.COMMENT_NODE) {
			child.remove();
		}
	}
}

/** Writes the text of a tree as blocks: one per paragraph-like element, list items with their bullet or number. */
class BlockWriter {
	readonly blocks: string[] = [];
	#line = '';

	flush(): void {
		// Pages that separate paragraphs with `<br><br>` rather than `<p>`: an empty line between two breaks.
		for (const part of this.#line.split(/\n[ ]*\n/u)) {
			const text = part
				.split('\n')
				.map((line) => line.replace(/^ +| +$/g, ''))
				.filter((line) => line !== '')
				.join('\n');
			if (text !== '') this.blocks.push(text);
		}
		this.#line = '';
	}

	write(node: Node): void {
		if (node instanceof TextNode) {
			this.#line += collapse(node.text);
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const tag = node.tagName?.toLowerCase() ?? '';
		if (tag === 'br') {
			this.#line += '\n';
			return;
		}
		const block = BLOCK_TAGS.has(tag);
		if (block) this.flush();
		if (tag === 'li') this.#line += `${this.#marker(node)} `;
		for (const child of node.childNodes) this.write(child);
		if (block) this.flush();
	}

	/** `•` in a bulleted list; in a numbered one the number the browser shows (from `start`, or `value`). */
	#marker(item: HTMLElement): string {
		const list = item.parentNode;
		if (list?.tagName?.toLowerCase() !== 'ol') return '•';
		const items = list.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement && n.tagName === 'LI');
		const start = Number(list.getAttribute('start') ?? '1');
		return `${(Number.isFinite(start) ? start : 1) + items.indexOf(item)}.`;
	}
}

export interface ExtractedHtml {
	/** The page's text, blocks separated by blank lines. */
	text: string;
	/** The page's own name for itself (`<h1>`, else `<title>`), for the metadata. */
	heading: string | undefined;
	/** Where the page was saved from (the browser's `saved from url` note, or its canonical link). */
	url: string | undefined;
}

/**
 * The text of a saved web page (a UN press release, say) as its reader sees it: the main content only, without
 * navigation, header, footer, scripts and forms; entities decoded; one block per paragraph, heading or list item.
 */
export function extractHtml(html: string): ExtractedHtml {
	const root = parse(html, {
		comment: true,
		blockTextElements: { script: true, style: true, noscript: true, pre: true },
	});
	const savedFrom = /saved from url=\(\d+\)(\S+?)\s*-->/u.exec(html)?.[1];
	const canonical =
		root.querySelector('link[rel=canonical]')?.getAttribute('href') ??
		root.querySelector('meta[property="og:url"]')?.getAttribute('content');
	const title = root.querySelector('title')?.text;
	const body = root.querySelector('body') ?? root;
	removeBoilerplate(body);
	const main = MAIN_SELECTORS.map((selector) => body.querySelector(selector)).find((e) => e !== null) ?? body;
	const writer = new BlockWriter();
	writer.write(main);
	writer.flush();
	const h1 = main.querySelector('h1')?.text;
	return {
		text: `${writer.blocks.join('\n\n')}\n`,
		heading: (h1 ?? title)?.replace(/\s+/gu, ' ').trim() || undefined,
		url: [savedFrom, canonical].find((u) => u !== undefined && /^https?:\/\//u.test(u)),
	};
}
