import { commands } from '../commands/index.ts';
import { BotCore } from '../src/core/bot-core.ts';
import { evaluate, summarize } from '../tests/relevance/evaluate.ts';
import { RELEVANCE_TABLE } from '../tests/relevance/relevance-table.ts';

/** `npm run eval`: recall@3 and MRR of search over the relevance table, and the cases that miss. */
const results = evaluate(BotCore.load(commands).context.index, RELEVANCE_TABLE);
for (const r of results) {
	const flag = r.recallAt3 < 1 ? '✗' : ' ';
	process.stdout.write(
		`${flag} ${r.case.category.padEnd(9)} ${r.case.query.padEnd(36)} want ${r.case.relevant.join(',').padEnd(10)} got ${r.top.join(',')}\n`,
	);
}
const { recallAt3, mrr } = summarize(results);
process.stdout.write(`\n${results.length} queries  recall@3 ${recallAt3.toFixed(3)}  MRR ${mrr.toFixed(3)}\n`);
