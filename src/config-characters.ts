/**
 * Characters that copying a credential through a chat, a word processor or a web page adds to it, and that no token,
 * key or id contains. Found here, each is named by its class; left in, a token makes an invalid HTTP header (the
 * request is never sent, and the error looks like a network failure) and a key or id fails its format check although
 * it looks right on screen.
 */

/** Invisible characters by name; others of the same classes are named by code point. */
const INVISIBLE_NAMES: Record<string, string> = {
	'\u00a0': 'a non-breaking space',
	'\u00ad': 'a soft hyphen',
	'\u200b': 'a zero-width space',
	'\u200c': 'a zero-width non-joiner',
	'\u200d': 'a zero-width joiner',
	'\u200e': 'a left-to-right mark',
	'\u200f': 'a right-to-left mark',
	'\u2060': 'a word joiner',
	'\u202f': 'a narrow non-breaking space',
	'\ufeff': 'a byte-order mark',
};

/** Format characters (zero-width, direction marks, BOM) and every space but the plain one. */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Curly and angle quotes, as word processors and chat apps type them, and CJK or full-width ones. */
const TYPOGRAPHIC_QUOTE = /[\u2018-\u201f\u2032-\u2037\u00ab\u00bb\u2039\u203a\u300c-\u300f\uff02\uff07]/u;
const STRAIGHT_QUOTE = /["'`]/u;
/** Plain spaces and tabs, inside the value (the ends are trimmed). */
const ASCII_SPACE = /[ \t\r\n]/u;

/** A character as a message shows it: its code point, after the character itself when it is visible. */
function shown(char: string): string {
	const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
	return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `${char} ${code}` : code;
}

/**
 * What is wrong with the characters of a credential (`DISCORD_TOKEN`, the public key, an id) and what to do, or
 * undefined. The value itself is never repeated: only the class of the character found, and its code point.
 * `noun` names the value in the advice ("paste the bare token"); `spaces` adds what plain spaces inside it may be.
 */
export function pastedCharacterProblem(name: string, raw: string, noun: string, spaces = ''): string | undefined {
	const again = `delete the ${noun} and paste it again from the developer portal, into a plain-text editor`;
	const invisible = INVISIBLE.exec(raw)?.[0];
	if (invisible !== undefined && invisible !== ' ') {
		const what = INVISIBLE_NAMES[invisible] ?? 'an invisible character';
		return `${name} contains ${what} (${shown(invisible)}), invisible on screen, which copying through a chat or a document adds — ${again}`;
	}
	const curly = TYPOGRAPHIC_QUOTE.exec(raw)?.[0];
	if (curly !== undefined) {
		return `${name} contains a typographic quote mark (${shown(curly)}, as a word processor or chat app types them) — paste the bare ${noun}; .env needs no quotes, and takes only straight ones (")`;
	}
	// dotenv takes quotes off only when they are closed: `DISCORD_TOKEN="abc` keeps its quote.
	if (STRAIGHT_QUOTE.test(raw))
		return `${name} contains a quote mark — paste the bare ${noun}, or close the quotes around it in .env`;
	if (ASCII_SPACE.test(raw)) return `${name} contains spaces — paste the bare ${noun}${spaces}`;
	const foreign = /[^\x20-\x7e]/u.exec(raw)?.[0];
	if (foreign !== undefined) {
		return `${name} contains ${shown(foreign)}, which no Discord token, key or id has — ${again}`;
	}
	return undefined;
}
