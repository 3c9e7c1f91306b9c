import process from 'node:process';
import { Client, Events, GatewayIntentBits } from 'discord.js';

/**
 * The start-up floor: a bare discord.js bot that only logs in (Guilds intent, same REST base), started the same
 * way as ours (`node --import tsx`). Says `ready` on stderr and stays until SIGTERM.
 */
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env.DISCORD_API_BASE ?? '' } });
client.once(Events.ClientReady, () => process.stderr.write('ready\n'));
process.once('SIGTERM', () => {
	void client.destroy().then(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
