import { SlashCommandBuilder } from '@discordjs/builders';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { messageResponse } from '../../src/render/reply.ts';

/** A command that answers only when the test says so: slow on demand, without timing anything. */
export function gatedCommand(name = 'slow'): { command: ChatInputCommand; started: Promise<void>; release(): void } {
	let release = () => {};
	let markStarted = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	const started = new Promise<void>((resolve) => (markStarted = resolve));
	const command: ChatInputCommand = {
		name,
		definition: () => new SlashCommandBuilder().setName(name).setDescription('Answers when released').toJSON(),
		respondsWith: () => 'public',
		async execute() {
			markStarted();
			await gate;
			return messageResponse({ content: `${name} answer` });
		},
	};
	return { command, started, release };
}
