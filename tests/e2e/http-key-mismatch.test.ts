import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { SigningDiscord } from '../helpers/signing-discord.ts';

const hints = (logs: string[]) => logs.filter((line) => line.includes('DISCORD_PUBLIC_KEY may not be'));

describe('an endpoint whose public key is not the signer’s (a typo in DISCORD_PUBLIC_KEY)', () => {
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness();
	});
	afterAll(async () => {
		await h?.close();
	});

	it('refuses every request, and warns once that the key may be wrong, without any key or signature', async () => {
		// Requests signed with another key: what the endpoint sees when its key has a typo.
		const other = new SigningDiscord(() => h.standIn.now());
		const body = JSON.stringify({ type: 1 });
		const signatures: string[] = [];
		for (let i = 0; i < 4; i += 1) {
			const timestamp = String(Math.floor(h.standIn.now() / 1000));
			const signature = other.sign(timestamp, body);
			signatures.push(signature);
			const answer = await other.post(h.endpoint.url, body, { timestamp, signature });
			expect(answer.status).toBe(401);
		}
		expect(hints(h.logs)).toHaveLength(1);
		expect(hints(h.logs)[0]).toContain('"level":40');
		const logs = h.logs.join('');
		expect(logs).not.toContain(h.discord.publicKeyHex);
		expect(logs).not.toContain(other.publicKeyHex);
		for (const signature of signatures) expect(logs).not.toContain(signature);
	});
});
