import { startHarness } from '../tests/helpers/bot-harness.ts';
import type { InteractionRecord } from '../tests/stand-in/stand-in.ts';

/**
 * `npm run soak` (node --expose-gc): 10,000 interactions through the real client and the stand-in; the heap after
 * a forced GC at 10,000 must be within 10 % of the heap at 1,000. Exits 1 when it is not. The stand-in forgets
 * interactions once the bot is done with them (and the test drops its captured logs) as it goes, so that only the
 * bot's memory counts.
 *
 * Done means answered: acknowledged, and a deferred one (a batch of 50 at once is a burst, so most are deferred)
 * also edited with its answer. Forgetting an interaction at its deferral would turn its answer into an "Unknown
 * Webhook" failure, and measure the deferred answers still queued behind the next batches as growth.
 */
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('soak: run with node --expose-gc (npm run soak does)');

const TOTAL = 10_000;
const BASELINE_AT = 1_000;
const QUERIES = ['terrorism', 'human rights', 'poverty', 'regional organizations', 'weapons of mass destruction'];

/** The bot is done with an interaction: refused, answered, or deferred and then edited with its answer. */
const answered = (record: InteractionRecord): boolean =>
	record.rejections.length > 0 ||
	(record.acknowledgement !== undefined && (record.acknowledgement.type !== 5 || record.edits.length > 0));

function heapAfterGc(): number {
	for (let i = 0; i < 3; i += 1) gc?.();
	return process.memoryUsage().heapUsed;
}

const harness = await startHarness();
let failed = false;
try {
	const { standIn } = harness;
	const specs = QUERIES.map((query) => standIn.commandSpec('conclusions', { query }));
	// Autocomplete too, with distinct inputs: its cache is bounded, and this shows that it is.
	let baseline = 0;
	const batch: InteractionRecord[] = [];
	for (let i = 1; i <= TOTAL; i += 1) {
		const spec =
			i % 4 === 0
				? {
						type: 4,
						data: {
							id: '1',
							name: 'conclusions',
							type: 1,
							options: [{ name: 'query', type: 3, value: `terr ${i}`, focused: true }],
						},
					}
				: (specs[i % specs.length] ?? specs[0]!);
		batch.push(standIn.dispatchInteraction(spec));
		if (batch.length === 50 || i === TOTAL) {
			await Promise.all(batch.map((r) => standIn.waitFor(r, answered)));
			for (const record of batch) {
				if (record.rejections.length > 0) throw new Error(`soak: refused: ${JSON.stringify(record.rejections)}`);
				standIn.interactions.delete(record.id);
			}
			batch.length = 0;
			// The test's own records (request list, captured log lines) are not the bot's memory.
			standIn.requests.length = 0;
			harness.logs.length = 0;
		}
		if (i === BASELINE_AT) baseline = heapAfterGc();
	}
	const final = heapAfterGc();
	const growth = (final - baseline) / baseline;
	const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
	process.stdout.write(
		`soak: heap ${mb(baseline)} MB after ${BASELINE_AT}, ${mb(final)} MB after ${TOTAL} (${(growth * 100).toFixed(1)} %)\n`,
	);
	failed = growth > 0.1;
	process.stdout.write(failed ? 'soak: ❌ heap grew more than 10 %\n' : 'soak: ✅ within 10 %\n');
} finally {
	await harness.close();
}
process.exitCode = failed ? 1 : 0;
