import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A file pdf.js cannot open (damaged, not a PDF at all, encrypted): the import names the file and says why. */
export class UnreadablePdf extends Error {
	override name = 'UnreadablePdf';
}

/**
 * A PDF opened with Mozilla's pdf.js as the import reads it: no code from the file is evaluated, no system or web
 * fonts are loaded (only the text layer and its type sizes are read), and pdf.js's own warnings are silent.
 */
export async function openPdf(data: Uint8Array) {
	try {
		return await getDocument({
			data,
			isEvalSupported: false,
			useSystemFonts: false,
			disableFontFace: true,
			verbosity: 0,
		}).promise;
	} catch (error) {
		// pdf.js's own words (InvalidPDFException: "Invalid PDF structure", PasswordException: "No password given").
		const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/u, '');
		throw new UnreadablePdf(reason, { cause: error });
	}
}
