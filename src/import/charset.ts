import { TextDecoder } from 'node:util';

/**
 * Reading a saved page's bytes in the character set it declares, and a text file's in the one its bytes fit. Pages
 * saved by Word ("Save as Web Page") and older sites are windows-1252 or ISO-8859-1, and so is a text Word saves as
 * "Plain Text" by default: read as UTF-8, their ’ “ ” – and accented letters all become U+FFFD.
 */

/** `<meta charset="…">` and `<meta http-equiv=Content-Type content="text/html; charset=…">` alike. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;
/** Browsers look for the declaration in the first 1024 bytes; Word's long `<html xmlns…>` can push it further. */
const SNIFF_BYTES = 4096;

export interface DecodedPage {
	text: string;
	/** The encoding the bytes were read in (`utf-8`, `windows-1252`, …), as TextDecoder names it. */
	encoding: string;
	/** Something a reader should check: an unknown declaration, characters that could not be read. */
	warning?: string | undefined;
}

/** The encoding a byte order mark gives, and its length. */
function byteOrderMark(bytes: Uint8Array): { label: string; length: number } | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
	return undefined;
}

/**
 * Windows-1252's characters at bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ’ “ ” • – — ˜ ™ š › œ ž Ÿ), indexed from
 * 0x80; the five bytes it leaves undefined keep their C1 code. Some Node 20 releases decode `windows-1252` as
 * ISO-8859-1, leaving C1 controls where Word wrote its quotes and dashes: they are mapped here whatever Node did.
 */
const WINDOWS_1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
	const text = decoder.decode(bytes);
	if (decoder.encoding !== 'windows-1252') return text;
	return text.replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

const decoderFor = (label: string): TextDecoder | undefined => {
	try {
		return new TextDecoder(label);
	} catch {
		return undefined;
	}
};

/**
 * The text of a page's bytes: by its byte order mark, else by the charset its `<meta>` declares (WHATWG labels, so
 * `iso-8859-1` reads as windows-1252, as browsers do), else UTF-8 when the bytes are valid UTF-8, else windows-1252
 * (the usual encoding of an undeclared Western page). Whatever had to be guessed, or was lost, is said.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
	const bom = byteOrderMark(bytes);
	if (bom) return { text: new TextDecoder(bom.label).decode(bytes.subarray(bom.length)), encoding: bom.label };
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
	const declared = META_CHARSET.exec(head)?.[1];
	const decoder = declared === undefined ? undefined : decoderFor(declared);
	if (decoder) {
		const text = decodeWith(decoder, bytes);
		const lost = text.includes('\uFFFD');
		return {
			text,
			encoding: decoder.encoding,
			warning: lost ? `some characters are not valid ${declared} and were replaced by �` : undefined,
		};
	}
	const unknown = declared === undefined ? '' : `the page declares an unknown charset "${declared}"; `;
	const read = undeclared(bytes);
	if (read.encoding === 'utf-8') return { ...read, warning: unknown ? `${unknown}read as UTF-8` : undefined };
	return { ...read, warning: `${unknown || 'the page declares no charset and is not UTF-8; '}read as windows-1252` };
}

/** Bytes that say nothing of their encoding: UTF-8 when they are valid UTF-8, else windows-1252. */
function undeclared(bytes: Uint8Array): DecodedPage {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWith(new TextDecoder('windows-1252'), bytes), encoding: 'windows-1252' };
	}
}

/**
 * The text of a plain text file's bytes, which declare nothing: by its byte order mark, else UTF-8 when the bytes
 * are valid UTF-8, else windows-1252 (what Word's "Plain Text" and Notepad's "ANSI" write on Western systems), as a
 * saved page without a declaration is read. Any other reading than UTF-8 is said, for the import's notes.
 */
export function decodeText(bytes: Uint8Array): DecodedPage {
	const bom = byteOrderMark(bytes);
	if (bom) {
		const text = new TextDecoder(bom.label).decode(bytes.subarray(bom.length));
		return {
			text,
			encoding: bom.label,
			warning: bom.label === 'utf-8' ? undefined : `read as ${bom.label.toUpperCase()} (its byte order mark)`,
		};
	}
	const read = undeclared(bytes);
	if (read.encoding === 'utf-8') return read;
	return {
		...read,
		warning:
			'not UTF-8: read as windows-1252 (the encoding Word\'s "Plain Text" saves in); check its quotes and dashes',
	};
}
