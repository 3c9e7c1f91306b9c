/**
 * What a file is by its first bytes, whatever its name says: a Word document saved or renamed as `.txt` reads as
 * bytes, not words, and the import would say only that it found no symbol, title or paragraph. Named by its kind,
 * the file can be saved again as one the import reads.
 */

/** A kind of file the import does not read, told by its signature (and, for a ZIP, by the parts it holds). */
export interface FileKind {
	/** What the file is, as its reader would call it: `a Word document (.docx)`. */
	name: string;
	/** The extension whose advice applies (see extract-file.ts). */
	extension: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** A ZIP archive's parts name its kind: Word's `word/`, LibreOffice's `mimetype` of a text document, Excel's `xl/`. */
function zipKind(bytes: Uint8Array): FileKind {
	const names = Buffer.from(bytes).toString('latin1');
	if (names.includes('word/')) return { name: 'a Word document (.docx)', extension: '.docx' };
	if (names.includes('application/vnd.oasis.opendocument.text'))
		return { name: 'a LibreOffice or OpenOffice document (.odt)', extension: '.odt' };
	return { name: 'a ZIP archive (a .docx, .odt or .xlsx file is one)', extension: '.zip' };
}

/** The kind of a file that is no text, by its first bytes; undefined for a text (or a kind not known here). */
export function binaryKind(bytes: Uint8Array): FileKind | undefined {
	if (startsWith(bytes, ascii('PK\u0003\u0004'))) return zipKind(bytes);
	if (startsWith(bytes, ascii('%PDF-'))) return { name: 'a PDF file', extension: '.pdf' };
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
		return { name: 'a Word 97–2003 document (.doc)', extension: '.doc' };
	if (startsWith(bytes, ascii('{\\rtf'))) return { name: 'a Rich Text Format document (.rtf)', extension: '.rtf' };
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]))
		return { name: 'an image', extension: '.image' };
	return undefined;
}
