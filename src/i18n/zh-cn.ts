import { en, type Messages } from './en.ts';

/** Placeholder until translated. */
export const zhCN: Messages = en;
