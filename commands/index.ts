import type { ChatInputCommand } from '../src/core/types.ts';
import { conclusions } from './conclusions.ts';

/** Every slash command, listed by hand: no directory scanning, so the bundle and the deploy see the same set. */
export const commands: readonly ChatInputCommand[] = [conclusions];
