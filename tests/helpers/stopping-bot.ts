/**
 * A bot in a process of its own, for the tests of what a signal does (tests/e2e/shutdown-notice-gateway.test.ts and -http.test.ts, through tests/helpers/shutdown-notice-cases.ts): the real
 * door (`DOOR`: gateway or http) stopped by the real signal handling and the same stop as `npm start`'s
 * (`closeGateway` or the endpoint's `close`, within `STOP_BUDGET`), over the real commands on SG/2084 as a first start
 * has them: the search tables not made yet. They are made up front in another index of the same corpus and handed
 * over, as the bot's worker hands its tables over, only when the test writes `release` to this process's stdin:
 * until then a search that needs them is deferred and waits, as on a busy machine making its tables.
 *
 * Environment: DOOR, API_BASE, and TOKEN (gateway) or PUBLIC_KEY (http); MADE_TABLES_DIR, the test run's folder of
 * shared tables (see share-tables.ts). Logs JSON lines on stderr, `test bot ready` (with the HTTP port) once it takes
 * interactions.
 */
import { commands } from '../../commands/index.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { closeGateway, startGateway, type RunningGateway } from '../../src/discord/gateway.ts';
import { startHttpEndpoint } from '../../src/discord/http-server.ts';
import { interactionRest } from '../../src/discord/interaction-rest.ts';
import { createLogger } from '../../src/logger.ts';
import type { MadeTables } from '../../src/search/first-need.ts';
import { DEFAULT_INDEX_CACHE_DIR, IndexCache } from '../../src/search/index-cache.ts';
import { shareMadeTables } from '../../src/search/made-tables.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { onShutdown, STOP_BUDGET } from '../../src/shutdown.ts';
import { VERSION } from '../../src/version.ts';

const SEED = { only: ['sg2084'] };
const { DOOR, API_BASE = '', TOKEN = '', PUBLIC_KEY = '', MADE_TABLES_DIR } = process.env;
const logger = createLogger('info', { pretty: false });

// Read back from the cache folder the suite's other bots fill, or else from the run's shared tables, which the workers
// have made for SG/2084 by now (the cache folder holds one corpus's tables, and the other bots' corpora replace them):
// made once, not again by every process of this.
shareMadeTables(MADE_TABLES_DIR);
const made = new ParagraphIndex(loadCorpus(DEFAULT_DATA_DIR, SEED), new IndexCache(DEFAULT_INDEX_CACHE_DIR));
const tables: MadeTables = { relatedWords: made.relatedWords(), acronyms: made.acronyms() };
const corpus = loadCorpus(DEFAULT_DATA_DIR, SEED);
const index = new ParagraphIndex(corpus);
let handOver: (tables: MadeTables) => void = () => {};
index.tablesComing(new Promise<MadeTables>((resolve) => (handOver = resolve)));
const core = new BotCore({ corpus, index }, commands);
process.stdin.setEncoding('utf8').on('data', (text: string) => {
	if (text.includes('release')) handOver(tables);
});

if (DOOR === 'http') {
	const endpoint = await startHttpEndpoint({
		publicKey: PUBLIC_KEY,
		port: 0,
		host: '127.0.0.1',
		rest: interactionRest(API_BASE),
		logger,
		version: VERSION,
		core,
	});
	onShutdown(() => endpoint.close(STOP_BUDGET.graceMs, STOP_BUDGET.noticeMs), logger);
	logger.info({ port: endpoint.port }, 'test bot ready');
} else {
	const running: RunningGateway = {};
	onShutdown(() => closeGateway(running, STOP_BUDGET), logger);
	running.client = await startGateway({
		token: TOKEN,
		apiBase: API_BASE,
		core,
		logger,
		onAnswerer: (answerer) => (running.answerer = answerer),
	});
	logger.info('test bot ready');
}
// As the bot does once ready: the warm-up waits for the tables handed over.
void core.warmUp();
