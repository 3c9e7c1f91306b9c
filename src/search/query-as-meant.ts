import { meetingAsThey, nextAsFollowUp } from './event-mentions.ts';
import { parseQuery, type ParsedQuery } from './query-parser.ts';
import type { PlanSources } from './query-unit.ts';
import { withSharedHeads } from './shared-heads.ts';

/**
 * The query parsed (see `parseQuery`) as the reader means it: "what follow-up" for "what happens next" (see
 * `nextAsFollowUp`), "they" for the meeting where it speaks (see `meetingAsThey`), and a shared head after each
 * modifier (see `withSharedHeads`). English leaves these implicit.
 */
export const parsedAsMeant = (query: string, sources: PlanSources): ParsedQuery =>
	parseQuery(withSharedHeads(meetingAsThey(nextAsFollowUp(query)), sources));
