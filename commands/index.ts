import type { CommandSet } from '../src/core/types.ts';
import { conclusions } from './conclusions.ts';

/** Every command and component handler, listed by hand: no directory scanning, so every door sees the same set. */
export const commands: CommandSet = {
	chatInput: [conclusions],
};
