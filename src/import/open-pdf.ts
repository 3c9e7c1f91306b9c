import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF opened with Mozilla's pdf.js as the import reads it: no code from the file is evaluated, no system or web
 * fonts are loaded (only the text layer and its type sizes are read), and pdf.js's own warnings are silent.
 */
export function openPdf(data: Uint8Array) {
	return getDocument({
		data,
		isEvalSupported: false,
		useSystemFonts: false,
		disableFontFace: true,
		verbosity: 0,
	}).promise;
}
