import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchGateway, benchHttp } from './latency-bench.ts';
import { describeMachine } from './machine.ts';
import { renderReport, renderTable } from './report.ts';
import { benchSearch } from './search-bench.ts';
import { writeSotuCorpus } from './sotu-corpus.ts';
import { benchStartup } from './startup-bench.ts';

/**
 * `npm run bench`: every measurement against its floor in one run — reply latency (gateway, HTTP), search and
 * autocomplete at seed size and at ~30,000 paragraphs, start-up and memory. `--json` prints one JSON object;
 * `--write` also regenerates docs/benchmarks.md.
 */
const args = new Set(process.argv.slice(2));
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

const started = performance.now();
const large = writeSotuCorpus(30_000);
try {
	log(`large corpus: ${large.paragraphs} paragraphs, ${(large.textBytes / 1e6).toFixed(1)} MB of text`);
	log('gateway latency…');
	const gateway = await benchGateway(400, 100);
	log('HTTP latency…');
	const http = await benchHttp(400, 100);
	log('search at seed size…');
	const searchSeed = benchSearch('seed', undefined, 40);
	log('search at 30k (indexing takes a while)…');
	const searchLarge = benchSearch('30k', large.dir, 10);
	log('start-up and memory…');
	const startup = await benchStartup(large, 5, 2);
	const result = {
		date: new Date().toISOString(),
		machine: describeMachine(),
		durationSeconds: Math.round((performance.now() - started) / 1000),
		corpus: { paragraphs: large.paragraphs, documents: large.documents, textBytes: large.textBytes },
		gateway,
		http,
		search: [searchSeed, searchLarge],
		startup,
	};
	const checks = [gateway, http, searchSeed, searchLarge, startup].flatMap((r) => r.checks);
	if (args.has('--json')) process.stdout.write(`${JSON.stringify({ ...result, checks })}\n`);
	else process.stdout.write(renderTable(result, checks));
	if (args.has('--write')) {
		const path = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
		writeFileSync(path, renderReport(result, checks));
		log(`wrote ${path}`);
	}
} finally {
	rmSync(large.dir, { recursive: true, force: true });
}
