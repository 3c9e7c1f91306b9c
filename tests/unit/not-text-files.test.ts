import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * A Word document, a PDF or an old .doc renamed (or saved under the wrong name) as `.txt`, `.md` or `.html` is read
 * by its first bytes: the import says what the file is and how to save one it reads, as it does for a file named as
 * what it is, rather than "could not read the document's symbol" and "no paragraph found".
 */
const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function dataFolder(): string {
	const dir = seedDataCopy('not-text-');
	scratch.push(dir);
	return dir;
}

/**
 * One entry of a ZIP archive: the local header, the name, the data, deflated as Word writes its parts or stored (an
 * OpenDocument file's `mimetype`, which the format requires first and uncompressed).
 */
function zipEntry(name: string, content: string, stored = false): Buffer {
	const data = stored ? Buffer.from(content) : deflateRawSync(Buffer.from(content));
	const header = Buffer.alloc(30);
	header.writeUInt32LE(0x04034b50, 0);
	header.writeUInt16LE(20, 4);
	header.writeUInt16LE(stored ? 0 : 8, 8);
	header.writeUInt32LE(data.length, 18);
	header.writeUInt32LE(content.length, 22);
	header.writeUInt16LE(Buffer.byteLength(name), 26);
	return Buffer.concat([header, Buffer.from(name), data]);
}

/** The first parts of a .docx (a Nordic Council statement saved from Word), as its bytes begin. */
const DOCX = Buffer.concat([
	zipEntry('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types/>'),
	zipEntry('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships/>'),
	zipEntry(
		'word/document.xml',
		'<w:document><w:body><w:p><w:r><w:t>1. The Nordic Council welcomed the joint statement on energy.</w:t></w:r></w:p></w:body></w:document>',
	),
]);

describe('npm run import on a file whose name says text but whose bytes do not', () => {
	it.each([
		[
			'statement.txt',
			DOCX,
			/statement\.txt is not a text file but a Word document \(\.docx\), although its name ends in \.txt: in Word, save it as "Web Page, Filtered" \(\.htm\) or as PDF, and import that/u,
		],
		['statement.html', DOCX, /is not a text file but a Word document \(\.docx\), although its name ends in \.html/u],
		[
			'statement.txt',
			Buffer.concat([
				zipEntry('mimetype', 'application/vnd.oasis.opendocument.text', true),
				zipEntry('content.xml', '<x/>'),
			]),
			/is not a text file but a LibreOffice or OpenOffice document \(\.odt\), although its name ends in \.txt: in LibreOffice, export it as PDF/u,
		],
		[
			'statement.txt',
			Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
			/is not a text file but a PDF file, although its name ends in \.txt: give it the name statement\.pdf and import that/u,
		],
		[
			'statement.md',
			Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
			/is not a text file but a Word 97–2003 document \(\.doc\), although its name ends in \.md: in Word, save it as "Web Page, Filtered"/u,
		],
		[
			'statement.txt',
			Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} The Nordic Council welcomed \\par }'),
			/is not a text file but a Rich Text Format document \(\.rtf\)/u,
		],
	])('%s holding another kind of file: named, with what to do, and nothing written', async (name, bytes, said) => {
		const dir = dataFolder();
		const file = join(dir, name);
		writeFileSync(file, bytes);
		const refused = await importCli([file, '--symbol', 'NC/2042/1', '--title', 'Joint statement on energy'], dir);
		expect(refused).toMatchObject({ code: 1, stdout: '' });
		expect(refused.stderr).toMatch(said);
		expect(refused.stderr).toContain('(nothing written)');
		expect(refused.stderr).not.toMatch(/symbol|no paragraph found/u);
		expect(existsSync(join(dir, 'documents', 'nc20421.txt'))).toBe(false);
	});

	it('reads a text that merely mentions such files as text', async () => {
		const dir = dataFolder();
		const file = join(dir, 'statement.txt');
		writeFileSync(
			file,
			'NC/2042/1\n\nJoint statement on energy\n\nOslo, 3 March 2042\n\n' +
				'1. PK and %PDF- are how ZIP and PDF files begin; this statement is text.\n\n' +
				'2. The Nordic Council welcomed the regional energy market and its interconnectors.\n',
		);
		const read = await importCli([file], dir);
		expect(read.code).toBe(0);
		expect(read.stderr).not.toMatch(/is not a text file/u);
	});
});
