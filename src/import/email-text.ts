/**
 * A document received by e-mail and saved as text: the message's headers, the forwarder's note, quote marks, the
 * sender's signature and the legal disclaimer are the e-mail's, not the document's. Only the message that carries
 * the document (the innermost one, for a forward) is kept, without its envelope.
 */

/** A header line of a message as mail programs print it in a forward or a saved message. */
const HEADER =
	/^(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|Attachments|De|Envoyé|À|Objet|Von|Gesendet|An|Betreff):[ \t]/u;
/** The lines a mail program writes above a forwarded or quoted message. */
const FORWARD_LINE =
	/^(?:-{2,}\s*(?:Original Message|Forwarded message|Message d'origine|Message transféré)\s*-{2,}|Begin forwarded message:|On .{5,200} wrote:|Le .{5,200} a écrit\s?:)$/iu;
/** `> `, `>> `, `> > `: the quote marks of one or more levels, and how many. */
const QUOTE = /^(?:>[ \t]?)+/u;
/** A sender's closing on a line of its own: `Best regards,`, `Kind regards`, `Sincerely,`, `Cordialement,`. */
const CLOSING =
	/^(?:(?:with\s+)?(?:best|kind|warm(?:est)?|many)\s+(?:regards|wishes|thanks)|regards|best|sincerely|yours\s+(?:sincerely|faithfully|truly)|thanks(?:\s+and\s+regards)?|many thanks|cheers|respectfully|cordialement|bien\s+cordialement|saludos|atentamente)[,.!]?$/iu;
/** What mail programs and legal departments add under a message. */
const MAIL_TAIL =
	/^(?:--\s?|Sent from my .*|Get Outlook for .*|This (?:e-?mail|message|communication)\b.*\b(?:confidential|attachments?|intended|privileged).*|(?:CONFIDENTIALITY|DISCLAIMER|Confidentiality notice|Disclaimer)\b.*)$/iu;
/** A salutation opening a covering message: `Dear participants,`, `Dear all`, `Hello colleagues,`. */
const SALUTATION = /^(?:Dear|Hello|Hi|Greetings|Chers?|Chères?|Estimad[oa]s?)\b.{0,60}[,:]?$/u;
/** A covering message's sentence, which points at the document rather than being it. */
const COVERING = /\b(?:below|attached|enclosed|herewith|please find|for your information|ci-dessous|ci-joint)\b/iu;
/** The replies' and forwards' prefixes of a subject. */
const SUBJECT_PREFIX = /^(?:(?:FW|FWD|RE|TR|AW|WG|RV|RIF)\s*:\s*)+/iu;

export interface EmailDocument {
	/** The document's text, without the e-mail around it. */
	text: string;
	/** The innermost message's subject without `FW:`/`RE:`: a title to fall back on, to check. */
	subject: string | undefined;
}

/**
 * The lines with each header folded over lines (RFC 5322: a long `Subject:` goes on in indented lines) joined into
 * one: a folded subject would else be cut after its first line, and its rest read as the document's first line.
 */
function unfoldedHeaders(lines: readonly string[]): string[] {
	const out: string[] = [];
	let inHeader = false;
	for (const line of lines) {
		const bare = line.replace(QUOTE, '');
		if (inHeader && /^[ \t]+\S/u.test(bare) && out.length > 0) {
			out[out.length - 1] = `${out.at(-1) ?? ''} ${bare.trim()}`;
			continue;
		}
		inHeader = HEADER.test(bare);
		out.push(line);
	}
	return out;
}

const depthOf = (line: string) => (QUOTE.exec(line)?.[0].match(/>/gu) ?? []).length;

/**
 * Whether header lines are a message's: a sending date (`Sent:`, `Date:`) or an address. A cover note's `From:`,
 * `To:` and `Subject:` (an EU Council note's: `From: General Secretariat of the Council`) have neither.
 */
const isMessageHeader = (block: readonly string[]) =>
	block.some((line) => /^(?:From|De|Von):/u.test(line)) &&
	block.some((line) => /^(?:Sent|Date|Envoyé|Gesendet):/u.test(line) || /\S@[\w-]+\.\w/u.test(line));

/** Where each message's header block (two lines or more) starts and ends, in order. */
function headerBlocks(lines: readonly string[]): { start: number; end: number }[] {
	const blocks: { start: number; end: number }[] = [];
	for (let i = 0; i < lines.length; i += 1) {
		let end = i;
		while (end < lines.length && HEADER.test(lines[end] ?? '')) end += 1;
		const block = lines.slice(i, end);
		if (end - i >= 2 && isMessageHeader(block)) blocks.push({ start: i, end });
		i = Math.max(i, end);
	}
	return blocks;
}

/**
 * The quote level that holds the document: the one with the most lines of text (a forwarded document outweighs the
 * notes around it, and a line someone quoted inside it), the deeper on a tie; 0 when nothing is quoted.
 */
function documentLevel(lines: readonly string[]): number {
	const counts = new Map<number, number>();
	for (const line of lines) {
		if (line.replace(QUOTE, '').trim() !== '') counts.set(depthOf(line), (counts.get(depthOf(line)) ?? 0) + 1);
	}
	let best = { depth: 0, lines: 0 };
	for (const [depth, n] of counts) {
		if (depth > 0 && (n > best.lines || (n === best.lines && depth > best.depth))) best = { depth, lines: n };
	}
	return best.depth;
}

/** The text from its first line that is not a salutation or a covering sentence pointing at the document. */
function withoutCoveringNote(lines: string[]): string[] {
	const first = lines.findIndex((line) => line.trim() !== '');
	if (first < 0 || !SALUTATION.test(lines[first]?.trim() ?? '')) return lines;
	let i = first + 1;
	// Each following paragraph goes while it points at the document ("Please find below…").
	for (;;) {
		while (i < lines.length && lines[i]?.trim() === '') i += 1;
		let end = i;
		while (end < lines.length && lines[end]?.trim() !== '') end += 1;
		if (end === i || !COVERING.test(lines.slice(i, end).join(' '))) break;
		i = end;
	}
	// The note's own closing and sender (`With best regards,` / `DBRFF Secretariat`), and a rule drawn under it
	// (`=====`), before the document: the note's, or its closing read as the document's end left no text at all.
	while (i < lines.length && lines[i]?.trim() === '') i += 1;
	if (CLOSING.test(lines[i]?.trim() ?? '')) {
		let end = i + 1;
		while (end < lines.length && end - i <= SENDER_LINES && (lines[end]?.trim() ?? '') !== '') end += 1;
		i = end;
	}
	while (i < lines.length && (lines[i]?.trim() === '' || RULE.test(lines[i]?.trim() ?? ''))) i += 1;
	return lines.slice(i);
}

/** A covering note's closing is followed by its sender's name and office: a few short lines. */
const SENDER_LINES = 3;
/** A line drawn across between a message and what it carries: `=====`, `-----`, `_____`, `*****`. */
const RULE = /^[=\-_*~]{5,}$/u;

/**
 * The document carried by an e-mail saved as text, or undefined when the text is not an e-mail (it opens with no
 * header block). The quoted level with the most text is the forwarded message (the rest is the forwarders' notes);
 * its marks are taken off; what stands above its last header block or forward line is the envelope; its signature
 * and disclaimer end it.
 */
export function readEmail(source: string): EmailDocument | undefined {
	const all = unfoldedHeaders(source.replace(/\r\n?/gu, '\n').split('\n'));
	const unquoted = all.map((line) => line.replace(QUOTE, ''));
	if (headerBlocks(unquoted.slice(0, 40)).length === 0) return undefined;
	let lines = all;
	const level = documentLevel(lines);
	if (level > 0) {
		const first = lines.findIndex((line) => depthOf(line) === level);
		const last = lines.length - 1 - [...lines].reverse().findIndex((line) => depthOf(line) >= level);
		lines = lines.slice(first, last + 1).map((line) => line.replace(QUOTE, '').trimEnd());
	}
	const subject = headerBlocks(unquoted)
		.flatMap(({ start, end }) => unquoted.slice(start, end))
		.filter((line) => /^(?:Subject|Objet|Betreff):/u.test(line))
		.at(-1)
		?.replace(/^[^:]+:\s*/u, '')
		.replace(SUBJECT_PREFIX, '')
		.trim();
	// The document starts after the envelope of its own message: the last header block or forward line.
	const blocks = headerBlocks(lines);
	const forward = lines.findLastIndex((line) => FORWARD_LINE.test(line.trim()));
	const start = Math.max(blocks.at(-1)?.end ?? 0, forward + 1);
	const body = withoutCoveringNote(lines.slice(start));
	const tail = ruledOffAbove(body, mailTailAt(body));
	return { text: `${body.slice(0, tail).join('\n').trim()}\n`, subject: subject || undefined };
}

/**
 * Where the document ends when a rule sets it off from the sender's block above the disclaimer (`=====`, then
 * `DBRFF Secretariat`, its address and telephone): that block's short lines, which end no sentence, are the
 * signature's, not the last paragraph's. Else the tail as found.
 */
function ruledOffAbove(lines: readonly string[], tail: number): number {
	const rule = lines.slice(0, tail).findLastIndex((line) => RULE.test(line.trim()));
	if (rule < 0) return tail;
	const block = lines.slice(rule + 1, tail).filter((line) => line.trim() !== '');
	const signature =
		block.length > 0 && block.every((line) => line.trim().length <= SIGNATURE_LINE && !/[.!?]$/u.test(line.trim()));
	return signature ? rule : tail;
}

/** A line of a sender's block: a name, an office, an address, a telephone number, a site. */
const SIGNATURE_LINE = 60;

/** Where a message's signature or disclaimer starts (a closing or a mail program's line opening a block), or its end. */
function mailTailAt(lines: readonly string[]): number {
	const at = lines.findIndex(
		(line, i) => (lines[i - 1] ?? '').trim() === '' && (CLOSING.test(line.trim()) || MAIL_TAIL.test(line.trimEnd())),
	);
	return at < 0 ? lines.length : at;
}

/**
 * A text that is no e-mail but was copied out of one (its headers left behind) without the sender's signature and
 * disclaimer at its end, or undefined when it has none. What follows the closing must not number a paragraph: a
 * document's own `Sincerely,` inside its text is not its end.
 */
export function withoutMailTail(source: string): string | undefined {
	const lines = source.replace(/\r\n?/gu, '\n').split('\n');
	const tail = mailTailAt(lines);
	if (tail === lines.length || lines.slice(tail).some((line) => /^\s*(?:\d{1,3}|\([a-z]\))[.)]?\s/u.test(line)))
		return undefined;
	return `${lines.slice(0, tail).join('\n').trim()}\n`;
}
