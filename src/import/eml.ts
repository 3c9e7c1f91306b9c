/**
 * A saved e-mail (`.eml`, RFC 822 as mail programs save it) as the text its reader sees: its headers (unfolded), then
 * the first plain-text part of its body, decoded (quoted-printable, base64; its charset). The import then reads it
 * as any e-mail copied as text (see `readEmail`). Undefined when it holds no plain-text part (an HTML-only message:
 * save it from the mail program as a web page, or as text).
 */
export function emlText(bytes: Uint8Array): string | undefined {
	const raw = new TextDecoder('latin1').decode(bytes).replace(/\r\n?/gu, '\n');
	return plainPart(raw);
}

/** A part's (or the message's) headers and body, split at the first blank line; header names in lower case. */
function split(raw: string): { headers: Map<string, string>; head: string; body: string } {
	const end = raw.indexOf('\n\n');
	const head = end < 0 ? raw : raw.slice(0, end);
	const body = end < 0 ? '' : raw.slice(end + 2);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\n[ \t]+/gu, ' ').split('\n')) {
		const found = /^([\w-]+):\s*(.*)$/u.exec(line);
		if (found?.[1] !== undefined) headers.set(found[1].toLowerCase(), found[2] ?? '');
	}
	return { headers, head, body };
}

/** The message's headers with the decoded text of its first `text/plain` part (searched through nested multiparts). */
function plainPart(raw: string, outer?: string): string | undefined {
	const { headers, head, body } = split(raw);
	const type = headers.get('content-type') ?? 'text/plain';
	const shown = outer ?? head;
	const boundary = /boundary="?([^";]+)"?/iu.exec(type)?.[1];
	if (/^multipart\//iu.test(type) && boundary !== undefined) {
		for (const part of body.split(`--${boundary}`).slice(1)) {
			if (part.startsWith('--')) break;
			const text = plainPart(part.replace(/^\n/u, ''), shown);
			if (text !== undefined) return text;
		}
		return undefined;
	}
	if (!/^text\/plain\b/iu.test(type)) return undefined;
	const charset = /charset="?([\w.-]+)"?/iu.exec(type)?.[1] ?? 'utf-8';
	const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
	const bytes =
		encoding === 'base64'
			? Buffer.from(body.replace(/\s+/gu, ''), 'base64')
			: encoding === 'quoted-printable'
				? quotedPrintable(body)
				: Buffer.from(body, 'latin1');
	let text: string;
	try {
		text = new TextDecoder(charset).decode(bytes);
	} catch {
		text = new TextDecoder('utf-8').decode(bytes);
	}
	return `${shown}\n\n${text}`;
}

/** Quoted-printable's bytes: `=XX` escapes, `=` at a line's end joining it to the next. */
function quotedPrintable(body: string): Buffer {
	const joined = body.replace(/=\n/gu, '');
	const bytes: number[] = [];
	for (let i = 0; i < joined.length; i += 1) {
		const hex = joined[i] === '=' ? /^[0-9A-F]{2}/iu.exec(joined.slice(i + 1, i + 3))?.[0] : undefined;
		if (hex !== undefined) {
			bytes.push(Number.parseInt(hex, 16));
			i += 2;
		} else bytes.push(joined.charCodeAt(i) & 0xff);
	}
	return Buffer.from(bytes);
}
