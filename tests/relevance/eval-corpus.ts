import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { importDocument } from '../../src/import/import-document.ts';
import { FIXTURE_DOCUMENTS, LAYOUT_DOCUMENTS } from '../helpers/corpus.ts';

/** The layout fixtures the tables cite, as dropped into a data folder (one text per symbol: the PDF twin is left out). */
const LAYOUT_TEXTS = ['annex-roman', 'press-release-bullets', 'numbered-extract'];
/** The saved press release page, read by the import as a reader would add it. */
const LAYOUT_PAGES = ['press-release.html'];

/**
 * The corpus the relevance tables are written over: the bundled data folder, the small multi-document fixture, the
 * layout texts and the saved page imported through `npm run import`'s own code, in a temporary data folder (removed
 * before this returns), so the tables are scored on documents loaded exactly as a reader's data folder would be.
 * The blind table was written over the published documents only, so it is scored without the small `FIX/0001`.
 */
export async function evaluationCorpus(options: { withFixtureDocument?: boolean } = {}): Promise<Corpus> {
	const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
	try {
		cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
		const documents = join(dir, 'documents');
		mkdirSync(documents, { recursive: true });
		for (const folder of options.withFixtureDocument === false ? [] : [FIXTURE_DOCUMENTS]) {
			for (const name of readdirSync(folder)) cpSync(join(folder, name), join(documents, name));
		}
		for (const name of LAYOUT_TEXTS) {
			for (const ext of ['.txt', '.json']) cpSync(join(LAYOUT_DOCUMENTS, name + ext), join(documents, name + ext));
		}
		for (const page of LAYOUT_PAGES) await importDocument({ file: join(LAYOUT_DOCUMENTS, page), dataDir: dir });
		return loadCorpus(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
