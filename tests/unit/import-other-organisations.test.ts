import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataCopy(): string {
	const dir = seedDataCopy('other-orgs-');
	scratch.push(dir);
	return dir;
}
// A path, not a URL's pathname: a checkout in a folder with a space has `%20` in the URL.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/front-matter/${name}`, import.meta.url));

describe("importing other organisations' documents as the README says, with no option", () => {
	it.each([
		['osce-decision-layout.txt', 'MC.DEC/3/24', '2024-12-06'],
		['oas-declaration-layout.txt', 'AG/DEC. 110 (LIV-O/24)', '2024-06-28'],
		['oic-communique-layout.txt', 'OIC/SUMMIT-15/2024/FC/FINAL', '2024-05-05'],
	])('%s: imported under the symbol it prints, without a made-up source URL', async (name, symbol, date) => {
		const dir = dataCopy();
		const result = await importCli([fixture(name)], dir);
		expect(result.code, result.all).toBe(0);
		expect(result.stdout).toContain(`symbol read from the text: ${symbol}`);
		expect(result.stdout).toContain(`${symbol} is not a UN symbol`);
		const slug =
			/imported (\S+)/u.exec(result.stdout)?.[1] ?? /documents\/([a-z0-9-]+)\.json/u.exec(result.stdout)?.[1];
		expect(slug).toBeDefined();
		const meta = JSON.parse(readFileSync(join(dir, 'documents', `${slug ?? ''}.json`), 'utf8')) as Record<
			string,
			unknown
		>;
		expect(meta).toMatchObject({ symbol, releaseDate: date });
		expect(meta.sourceUrl).toBeUndefined();
	});

	it('names the lines it looked at for a date it could not read', async () => {
		const dir = dataCopy();
		const file = join(dir, 'declaration.txt');
		writeFileSync(
			file,
			'Declaration of the Ministers on the Sea\n\nDone at Lima, the 28th day of June 2024\n\n1. The ministers met.\n',
		);
		const result = await importCli([file, '--symbol', 'Lima Declaration'], dir);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('"Done at Lima, the 28th day of June 2024"');
		expect(result.stderr).toContain('--date YYYY-MM-DD');
	});
});
