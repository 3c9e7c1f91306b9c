import { SlashCommandBuilder } from '@discordjs/builders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { startGateway } from '../../src/discord/gateway.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { seedCore } from '../helpers/corpus.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import type { DiscordStandIn } from '../stand-in/stand-in.ts';
import { standInWithCommands } from '../helpers/bot-harness.ts';

/** A command with a bug, to prove the one error path answers and the process lives on. */
const broken: ChatInputCommand = {
	name: 'broken',
	definition: () => new SlashCommandBuilder().setName('broken').setDescription('Always fails').toJSON(),
	respondsWith: () => 'public',
	execute() {
		throw new Error('handler bug');
	},
};

describe('the central error path', () => {
	let standIn: DiscordStandIn;
	const { logger, lines } = captureLogger();
	let destroy: () => Promise<void>;
	beforeAll(async () => {
		const core = new BotCore(seedCore().context, { chatInput: [broken, ...seedCore().commands] });
		standIn = await standInWithCommands(core, { guildId: GUILD_ID });
		const client = await startGateway({ token: standIn.token, apiBase: standIn.apiBase, core, logger });
		destroy = () => client.destroy();
	});
	afterAll(async () => {
		await destroy();
		await standIn.close();
	});

	it('logs the failure and answers ephemerally, then keeps serving', async () => {
		const failed = await standIn.interact(standIn.commandSpec('broken', {}));
		expect(failed.acknowledgement?.data?.flags).toBe(64);
		expect(failed.acknowledgement?.data?.content).toMatch(/something went wrong/);
		expect(lines.some((line) => line.includes('handler bug') && line.includes('"level":50'))).toBe(true);
		const next = await standIn.interact(standIn.commandSpec('conclusions', { query: 'poverty' }));
		expect(next.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶7');
	});

	it('answers a command the bot no longer has', async () => {
		const record = await standIn.interact({ type: 2, data: { id: '1', name: 'retired', type: 1, options: [] } });
		expect(record.acknowledgement?.data?.content).toMatch(/no command `\/retired`/);
	});
});
