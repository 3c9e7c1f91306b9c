import { bullet, isNumberedHeading, paragraphNumber } from '../corpus/markers.ts';
import { opensResolutionText } from './body-lines.ts';
import { symbolIn, titleTextOf } from './masthead.ts';
import { asName, isOrganisationName } from './organisation-names.ts';

/**
 * Lines around a document's title that are not its title: the menus of a web page copied with its text, and the
 * name of the body that issued a document, which UN documents set above their title.
 */

/** The language switcher of UN sites, each language named in itself, and a few others sites offer. */
const LANGUAGE_NAMES = new Set(
	[
		'العربية',
		'中文',
		'简体中文',
		'繁體中文',
		'English',
		'Français',
		'Русский',
		'Español',
		'Português',
		'Deutsch',
		'Kiswahili',
		'हिन्दी',
		'বাংলা',
		'اردو',
		'فارسی',
		'Bahasa Indonesia',
		'日本語',
		'한국어',
	].map((name) => name.toLowerCase()),
);

/** Site furniture a browser copy keeps as lines of their own: skip links, menu toggles, the search box, sidebars. */
const NAVIGATION =
	/^(?:skip to (?:the )?(?:main )?(?:content|navigation|search)|jump to (?:main )?(?:content|navigation)|toggle (?:navigation|menu)|(?:main |site )?(?:navigation|menu)|(?:open|close) (?:menu|search)|search(?: form| the site)?|home(?: page)?|welcome to the united nations|you are here:?|related (?:documents|links|stories|content|news)|share(?: this(?: page)?)?|print(?: this page)?|e-?mail(?: this page)?|back to top|follow us|subscribe)$/iu;
/** A breadcrumb trail: `Home / Secretary-General / Press Release`, `Home > Press releases`. */
const BREADCRUMBS = /^(?:home|accueil|inicio)\s*(?:[/>»›|]|\s[-–]\s)/iu;

/** Whether a line is only language names (`العربية 中文 English Français Русский Español`, or one of them). */
function isLanguageMenu(line: string): boolean {
	let rest = line.toLowerCase();
	for (const name of [...LANGUAGE_NAMES].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(name, ' ');
	return rest.trim() !== line.trim().toLowerCase() && /^[\s|/•·,]*$/u.test(rest);
}

/** Whether a line is a web page's navigation rather than the document: never a title, never its first line. */
export function isNavigation(line: string): boolean {
	const text = line.replace(/\s+/gu, ' ').trim();
	return text !== '' && (NAVIGATION.test(text) || BREADCRUMBS.test(text) || isLanguageMenu(text));
}

/** The words an organ's name is made of: capitalised words, numbers, and the small words between them. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.–-]*|\d+|the|and|of|on|for|in|to|against|with|its)`;
/**
 * What the body is, after capitalised words that qualify it (`Security Council`, `Ad Hoc`, `Executive`, joined by
 * `and`: `Peace and Security Council`, `Trade and Development Board`; not "Report of the", which makes a title) and
 * before what it is "on", "of" or "for".
 */
const BODY =
	'(?:Working Group|Committee|Subcommittee|Commission|Sub-Commission|Council|Conference|Board|Panel|Group of Experts|Tribunal|Forum|Meeting of States Parties)';
/**
 * Bodies a name must qualify (`United Nations Office on Drugs and Crime`, `United Nations Children's Fund`, `World
 * Health Organization`): alone they begin titles as well (`Programme of Action for…`).
 */
const NAMED_BODY = '(?:Office|Fund|Programme|Organization|Agency|Entity|Institute)';
/**
 * The body that issues a document, on its own line under the masthead and above the title: `Working Group on
 * Children and Armed Conflict`, `Committee on the Elimination of Racial Discrimination`, `Peacebuilding Commission`,
 * `Security Council Committee established pursuant to resolution 1591 (2005) concerning the Sudan`.
 */
const ORGAN_LINE = new RegExp(
	String.raw`^(?:(?:\p{Lu}[\p{L}'’.–-]*\s+(?:and\s+)?){0,6}?${BODY}|(?:\p{Lu}[\p{L}'’.–-]*\s+){1,6}?${NAMED_BODY})(?:\s+(?:on|of|for)\s+${NAME_WORD}(?:\s+${NAME_WORD})*|\s+established\s+pursuant\s+to\s+(?:Security Council\s+|General Assembly\s+)?resolutions?\s.*)?$`,
	'u',
);

/** A word that makes a run of capitalised words an organisation's name: `African Union`, `League of Arab States`. */
const ORGANISATION_WORD =
	/\b(?:Nations|Union|Organi[sz]ation|League|Community|Commission|Secretariat|Council|Bank|Fund|Agency|Alliance|States)$/u;
/** One organisation's name among those a line joins: capitalised words and the small words between them. */
const ORGANISATION_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’.–-]*(?:\s+${NAME_WORD})*$`, 'u');

/**
 * A heading naming the organisations that issue a joint text, joined by a spaced dash (`United Nations – African
 * Union`, `European Union — League of Arab States`): who speaks, set above the title, not the title.
 */
function isJointOrganLine(text: string): boolean {
	const names = text.split(/\s+[–—-]\s+/u);
	return names.length >= 2 && names.every((name) => ORGANISATION_NAME.test(name) && ORGANISATION_WORD.test(name));
}

/**
 * A verb a headline puts after the body it is about (`Lakeside Regional Forum on Water Security Adopts Conclusions`,
 * `Council of Ministers Agrees on…`): the line says what the body did, a title, however its words are capitalised.
 */
const HEADLINE_VERB =
	/\s(?:Adopts|Agrees|Approves|Calls|Closes|Concludes|Condemns|Decides|Discusses|Elects|Endorses|Highlights|Holds|Launches|Meets|Opens|Reaffirms|Says|Urges|Welcomes|Wraps)\b/iu;

/** Whether a line names the body that issued the document rather than what the document is. */
export function isOrganLine(line: string): boolean {
	const text = line.replace(/\s+/gu, ' ').trim();
	if (HEADLINE_VERB.test(text)) return false;
	// A name in capitals (`COMMISSION ON THE STATUS OF WOMEN`) is the same name.
	return ORGAN_LINE.test(text) || ORGAN_LINE.test(asName(text)) || isJointOrganLine(text) || isOrganisationName(text);
}

/** Scripts a title is written in; a title in more than one is a language menu read as a title. */
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Arabic}/u, /\p{Script=Han}/u, /\p{Script=Cyrillic}/u];

/** Whether a text mixes scripts, as a page's language switcher does and an English title does not. */
export function mixesScripts(text: string): boolean {
	return SCRIPTS.filter((script) => script.test(text)).length > 1;
}

/**
 * Where the text begins: a numbered paragraph, a bullet, a numbered heading, a dateline's ` --`, the organ acting
 * in a resolution (`The General Assembly,`).
 */
export function isFrontMatterEnd(line: string): boolean {
	return (
		paragraphNumber(line) !== undefined ||
		bullet(line) !== undefined ||
		isNumberedHeading(line) ||
		/ --/u.test(line) ||
		opensResolutionText(line)
	);
}

/**
 * The last line of the block that holds the symbol: its line, then the masthead, dates, navigation and blank lines
 * under it (`Distr.: General`, `15 July 2009`, `For information media…`). -1 when no line gives a symbol.
 */
export function symbolBlockEnd(raw: readonly string[], lines: readonly string[]): number {
	let end = raw.findIndex((line) => symbolIn(line) !== undefined);
	if (end < 0) return -1;
	while (end + 1 < raw.length && (lines[end + 1] === '' || titleTextOf(raw[end + 1] ?? '') === '')) end += 1;
	return end;
}
