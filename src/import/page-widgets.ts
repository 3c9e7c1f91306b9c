import { isSiteName } from './web-page-title.ts';
import type { HTMLElement } from 'node-html-parser';

/**
 * The widgets a site puts in or around a page's text: share buttons (WordPress's Jetpack `sharedaddy` box, AddToAny,
 * ShareThis), print and e-mail links, "Related posts", the post's tags and categories, the comment form, the cookie
 * banner. They are known by their markup, as a browser's reader view knows them: the names their class or id carry,
 * their ARIA role or label, and where their links lead (a social site's share page, `mailto:?subject=…` with the
 * page's address, `javascript:window.print()`, a tag's page). Never by the words they show: a paragraph of the
 * document that names Facebook, or says "print" or "share", is the document's.
 */

/**
 * Class and id names of widgets, each from the start of a word of the name: `sharedaddy`, `sd-sharing-enabled`,
 * `addtoany_share_save_container`, `a2a_kit`, `jp-relatedposts`, `tags-links`, `cat-links`, `comment-respond`,
 * `cookie-law-info-bar`, `cmplz-cookiebanner`. (A `printable` wrapper may hold the text: only named print links are.)
 */
const WIDGET_NAME = new RegExp(
	String.raw`(?:^|[\s_-])(?:shar(?:e|ing)|social|addtoany|a2a|addthis|sharethis|shariff|printfriendly|` +
		String.raw`print-?(?:link|button|icon|page)|e-?mail-?(?:link|button|this|page)|related|yarpp|` +
		String.raw`tags?(?=$|[\s_-])|tagged|tag-?(?:cloud|list)|cat-?links|categor(?:y|ies)-?links|` +
		String.raw`comments?(?=$|[\s_-])|comment-?(?:respond|form|list)|respond(?=$|[\s_-])|` +
		String.raw`cookie|gdpr|consent|cmplz|onetrust|cc-(?:window|banner))`,
	'iu',
);
/** ARIA roles of what is not the text: a dialog (a cookie banner), the site's banner, navigation, search, footer. */
const WIDGET_ROLE = /^(?:dialog|alertdialog|banner|navigation|search|contentinfo|complementary)$/u;
/** An ARIA label or title that names a widget: `Share on social media`, `Print this page`, `Cookie consent`. */
const WIDGET_LABEL = /\b(?:share|sharing|social|print|e-?mail|cookies?|consent|tags|related|comments?)\b/iu;

/** Sites whose links in a page's widget share it or follow its publisher. */
const SOCIAL_HOST =
	/(?:^|\.)(?:facebook\.com|fb\.com|twitter\.com|x\.com|linkedin\.com|whatsapp\.com|wa\.me|t\.me|telegram\.(?:me|org)|reddit\.com|pinterest\.com|tumblr\.com|vk\.com|weibo\.com|line\.me|bsky\.app|threads\.net|instagram\.com|youtube\.com|flickr\.com|addtoany\.com|addthis\.com|sharethis\.com)$/iu;
/** A share page on any site: `/sharer.php`, `/share`, `/intent/tweet`, `/shareArticle`. */
const SHARE_PATH = /\/(?:sharer(?:\.php)?|share(?:Article)?|intent\/(?:tweet|post))(?:[/?#]|$)/iu;
/** A page of the site's tags or categories, which a post's tag list links to. */
const TAXONOMY_PATH = /\/(?:tags?|category|categories|topics?)\//iu;

/**
 * Where a link leads, if a widget's: `share` (a share page, an e-mail share, print, a tag, a labelled button), which
 * alone makes a widget, or `site` (a social site's page, a page of topics), which a widget lists with others.
 */
function widgetLink(link: HTMLElement): 'share' | 'site' | undefined {
	const href = (link.getAttribute('href') ?? '').trim();
	const rel = link.getAttribute('rel') ?? '';
	const label = `${link.getAttribute('aria-label') ?? ''} ${link.getAttribute('title') ?? ''}`;
	if (/\b(?:tag|category)\b/u.test(rel) || /print\s*\(/u.test(link.getAttribute('onclick') ?? '')) return 'share';
	if (WIDGET_LABEL.test(label) || /^#print$/iu.test(href) || /^(?:sms|whatsapp|tg|fb-messenger):/iu.test(href))
		return 'share';
	if (/^javascript:/iu.test(href)) return /print\s*\(/u.test(href) ? 'share' : undefined;
	// An e-mail share carries the page's address or no addressee; a contact address (`press@un.org`) is the text's.
	if (/^mailto:/iu.test(href))
		return /^mailto:\?|[?&](?:body|subject)=[^&]*(?:https?|%3A%2F%2F)/iu.test(href) ? 'share' : undefined;
	try {
		const url = new URL(href, 'https://page.invalid/');
		if (SHARE_PATH.test(url.pathname)) return 'share';
		return SOCIAL_HOST.test(url.hostname) || TAXONOMY_PATH.test(url.pathname) ? 'site' : undefined;
	} catch {
		return undefined;
	}
}

/** A widget's own words besides its links are a label (`Share this:`, `Tagged`, `Follow us on`): this many at most. */
const MAX_LABEL_WORDS = 6;
/** ... and each of its links is a button's or a tag's words, this many at most. */
const MAX_LINK_WORDS = 8;

const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Whether an element is only widget links and a label: every link leads where a widget's do, none reads as a
 * sentence, one at least shares or several lead to other sites, and the words outside the links are a short label without figures (a post's date stays).
 */
function isWidgetLinks(element: HTMLElement): boolean {
	const links = element.querySelectorAll('a');
	const kinds = links.map(widgetLink);
	if (links.length === 0 || kinds.includes(undefined)) return false;
	// One link to a social site or a topic is a sentence's or a heading's; a widget lists several, or shares.
	if (links.length === 1 && kinds[0] !== 'share') return false;
	if (links.some((link) => wordsOf(link.text).length > MAX_LINK_WORDS)) return false;
	let label = element.text;
	for (const link of links) label = label.replace(link.text, ' ');
	return wordsOf(label).length <= MAX_LABEL_WORDS && !/\d/u.test(label);
}

/** Where the text itself is: a widget's name on an element that holds it (a theme's wrapper) does not drop it. */
const HOLDS_TEXT = 'h1, main, article, [role=main], [itemprop=articleBody], .entry-content, .post-content, #content';

/** Whether an element is a page widget (see the top of this file), never one that holds the page's text. */
export function isPageWidget(element: HTMLElement): boolean {
	const tag = element.tagName?.toLowerCase() ?? '';
	if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
	const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
	const role = element.getAttribute('role') ?? '';
	const label = `${element.getAttribute('aria-label') ?? ''}`;
	const named = WIDGET_NAME.test(name) || WIDGET_ROLE.test(role) || (label !== '' && WIDGET_LABEL.test(label));
	if (named) return element.querySelector(HOLDS_TEXT) === null;
	return isWidgetLinks(element);
}

/** A name for a page's header: the site's banner, or the document's own head on a page that names it so. */
const HEADER_NAME = /(?:^|[\s_-])(?:header|masthead|banner)(?:$|[\s_-])/iu;
/** At most this share of a header's words in links, for it to be the document's head, not the site's navigation. */
const MAX_LINKED_SHARE = 0.5;

/**
 * Whether a header (`<header>`, or an element whose class or id says header) is the document's own head, kept with
 * its text: it holds the page's `<h1>` (WordPress's `<header class="entry-header"><h1>…`), or stands inside the
 * article, or its words are mostly not links (the European Parliament's `<table class="doc_box_header">` with the
 * document's reference). A site's header is mostly links: its navigation.
 */
export function isDocumentHeader(element: HTMLElement): boolean {
	const tag = element.tagName?.toLowerCase() ?? '';
	const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
	if (tag !== 'header' && !HEADER_NAME.test(name)) return false;
	// A site's header may hold its name as an `<h1>`, beside its menus: that is no document's head.
	if (element.querySelector('nav, ul, form') !== null) return false;
	const h1 = element.querySelector('h1');
	if (h1 !== null && !isSiteName(h1.text.replace(/\s+/gu, ' '))) return true;
	for (let node = element.parentNode; node; node = node.parentNode) {
		if (['article', 'main'].includes(node.tagName?.toLowerCase() ?? '')) return true;
	}
	const words = wordsOf(element.text).length;
	const linked = element.querySelectorAll('a').reduce((n, link) => n + wordsOf(link.text).length, 0);
	return words > 0 && linked <= words * MAX_LINKED_SHARE;
}

/**
 * Whether an element wraps the page's document: it holds the article or main part that carries the page's `<h1>`.
 * Its class may still read as furniture, named for what it lays out beside the text (Drupal's `<div class="container
 * layout-with-sidebar">` around the article and its sidebar), and dropping it lost the whole page. A related-content
 * box's teasers (`<article>` cards) carry no `<h1>` of the page.
 */
export function wrapsDocument(element: HTMLElement): boolean {
	return element
		.querySelectorAll('article h1, main h1, [role=main] h1')
		.some((h1) => !isSiteName(h1.text.replace(/\s+/gu, ' ')));
}
