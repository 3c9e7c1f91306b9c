import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import { extractHtml, type ExtractedHtml } from './extract-html.ts';
import { symbolIn } from './masthead.ts';

/**
 * A Markdown document (a Chair's summary as GitHub-hosted sites publish it) read as its reader sees it: rendered to
 * HTML by `marked` (GitHub's flavour, its footnotes by `marked-footnote`) and read through the saved-page reader, so
 * that headings are blocks of their own, an ordered list is numbered as it is displayed (Markdown renumbers `1.`
 * items, from the first item's number), and footnotes and their marks are left out as a page's are; so is the markup
 * of the site's templates (see `SITE_MARKUP`).
 */

/** Front matter at the very top: YAML between `---` lines (Jekyll, GitHub Pages), or TOML between `+++` (Hugo). */
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/u;
/** Its `title:` (YAML) or `title =` (TOML) line, at the top level. */
const TITLE_KEY = /^title[ \t]*[:=][ \t]*(.*)$/mu;
/** Its `date:` (YAML) or `date =` (TOML) line, at the top level. */
const DATE_KEY = /^date[ \t]*[:=][ \t]*(.*)$/mu;
/**
 * Its line for the document's number, as sites name it (`symbol:`, `document_no:`, `doc-number =`, `reference:`): a
 * page's settings may give the symbol its text does not print.
 */
const SYMBOL_KEY = /^(?:symbol|doc(?:ument)?[_ -]?(?:no|number|symbol|ref)|reference|ref)[ \t]*[:=][ \t]*(.*)$/imu;
/** The day a date or a timestamp opens with: `2024-11-18`, `2024-11-18T09:00:00-03:00`, `2024-11-18 10:00:00 +0000`. */
const DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/u;

/**
 * What a static site's templates and Markdown dialects put in a page's source for the site, not the reader: Liquid
 * tags and outputs (`{% include breadcrumbs.html %}`, `{{ page.title }}`, as Jekyll and GitHub Pages write them),
 * Hugo's shortcodes (`{{< figure … >}}`, `{{% notice %}}`), and kramdown's and Pandoc's attribute lists, on a line of
 * their own after a block (`{: .lead}`) or ending a heading (`## The way forward {#way-forward}`). Left in, they read
 * as words glued to a paragraph (`…our future. {: .lead}`), and a tag standing above the first paragraph made it
 * front matter.
 */
const SITE_MARKUP = /[ \t]*(?:\{%-?[\s\S]*?-?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\})/gu;
const ATTRIBUTE_LINE = /^[ \t]*\{:[^}\n]*\}[ \t]*$/gmu;
const HEADING_ATTRIBUTES = /^([ \t]{0,3}#{1,6}[ \t].*?)[ \t]+\{[#.:][^}\n]*\}[ \t]*$/gmu;

/** The Markdown without the site's markup (see `SITE_MARKUP`): a line left empty by it is a blank line. */
const withoutSiteMarkup = (markdown: string): string =>
	markdown.replace(SITE_MARKUP, '').replace(ATTRIBUTE_LINE, '').replace(HEADING_ATTRIBUTES, '$1');

/** A scalar as YAML or TOML writes it on one line: `"double"` (JSON escapes), `'single'` (`''` for `'`), or plain. */
function scalarOf(value: string): string | undefined {
	const text = value.trim();
	if (text.startsWith('"')) {
		try {
			return JSON.parse(text.replace(/\s+#.*$/u, '')) as string;
		} catch {
			return text.replace(/^"|"$/gu, '');
		}
	}
	if (text.startsWith("'")) return text.replace(/^'|'\s*(?:#.*)?$/gu, '').replace(/''/gu, "'");
	// A plain scalar ends before a comment; a block scalar (`>-`, `|`) is not read (its lines follow).
	const plain = text.replace(/\s+#.*$/u, '');
	return /^[>|][+-]?$/u.test(plain) ? undefined : plain;
}

/**
 * The front matter's title, date (its day, YYYY-MM-DD, as the site dates the page) and symbol (see `SYMBOL_KEY`), and
 * the Markdown without its front matter (settings for the site, not text).
 */
export function splitMarkdownFrontMatter(markdown: string): {
	title: string | undefined;
	date?: string | undefined;
	symbol?: string | undefined;
	body: string;
} {
	const found = FRONT_MATTER.exec(markdown);
	if (!found) return { title: undefined, body: markdown };
	const value = TITLE_KEY.exec(found[2] ?? '')?.[1];
	const title = value === undefined ? undefined : scalarOf(value)?.replace(/\s+/gu, ' ').trim();
	const dated = DATE_KEY.exec(found[2] ?? '')?.[1];
	const date = DAY.exec((dated === undefined ? undefined : scalarOf(dated)) ?? '')?.[1];
	// Only a value that reads as a symbol: a site's `reference:` may be a link or a note.
	const numbered = SYMBOL_KEY.exec(found[2] ?? '')?.[1];
	const symbol = numbered === undefined ? undefined : symbolIn(scalarOf(numbered) ?? '');
	const body = markdown.slice(found[0].length);
	return { title: title || undefined, ...(date === undefined ? {} : { date }), ...(symbol ? { symbol } : {}), body };
}

/**
 * The text of a Markdown document, blocks separated by blank lines; its title from its front matter, else its `#`;
 * the date and the symbol its front matter gives, if any.
 */
export function extractMarkdown(
	markdown: string,
): ExtractedHtml & { date?: string | undefined; symbol?: string | undefined } {
	const { title, body, ...settings } = splitMarkdownFrontMatter(markdown);
	const html = new Marked({ gfm: true }, markedFootnote()).parse(withoutSiteMarkup(body), { async: false });
	const page = extractHtml(`<html><body><main>${html}</main></body></html>`);
	return { ...page, heading: title ?? page.heading, ...settings };
}
