/** Discord's message limits (see the API's "Invalid Form Body" checks); a payload over any of them is refused. */
export const LIMITS = {
	content: 2000,
	embeds: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footerText: 2048,
	authorName: 256,
	embedTotal: 6000,
	actionRows: 5,
	buttonsPerRow: 5,
	buttonLabel: 80,
	customId: 100,
} as const;
