/**
 * Whether a document's "symbol" is a label in words (`Pacific Ocean Security Dialogue Chair's Summary`, as the import
 * advises for a document published without a symbol) rather than a symbol in letters, digits and slashes
 * (`SG/2084`, `CMAG 58`, `PSC/PR/COMM.1234 (2025)`): a word of lower-case letters after a space. A label names the
 * document in the bot's lists; a citation does not pass it off as a document number.
 */
export function isLabel(symbol: string): boolean {
	return /\s/u.test(symbol) && /\p{Ll}{3,}/u.test(symbol);
}
