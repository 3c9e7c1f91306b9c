/**
 * The bullets Word writes in its symbol fonts, as text saved by Word ("Plain Text") or copied from it keeps them:
 * code points of the private use area (U+F020–U+F0FF, the font's own code plus F000) that show as a missing glyph,
 * or as nothing, anywhere but in that font. At a line's start, before the item's words, such a character is the
 * item's bullet: it is read as the bullet a reader of the document sees.
 */

/** Symbol's `·` (U+F0B7) and Wingdings' bullets, as the glyphs the fonts draw. */
const SYMBOL_FONT_BULLETS: Record<string, string> = {
	'\uF0B7': '•', // Symbol: bullet
	'\uF0A7': '▪', // Wingdings: small square
	'\uF06E': '■', // Wingdings: square
	'\uF06C': '●', // Wingdings: circle
	'\uF071': '❑', // Wingdings: shadowed square
	'\uF076': '❖', // Wingdings: diamond of four
	'\uF0D8': '➢', // Wingdings: arrowhead
	'\uF0FC': '✓', // Wingdings: check mark
};

/**
 * A symbol-font character opening a line (after its indent), then the item's words after a tab or spaces, or right
 * after it. Elsewhere in a line such a character may be anything the font draws (a sign, an arrow): it is kept.
 */
const SYMBOL_FONT_BULLET = /^([^\S\r\n]*)([\uF020-\uF0FF])[^\S\r\n]*(?=\S)/gmu;

/** A text with its symbol-font bullets read as the bullets they show (see the top of this file). */
export function withSymbolFontBullets(text: string): string {
	if (!/[\uF020-\uF0FF]/u.test(text)) return text;
	return text.replace(
		SYMBOL_FONT_BULLET,
		(_whole, indent: string, mark: string) => `${indent}${SYMBOL_FONT_BULLETS[mark] ?? '•'} `,
	);
}
