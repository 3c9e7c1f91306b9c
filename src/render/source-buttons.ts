import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import type { CorpusDocument } from '../corpus/types.ts';
import { LIMITS } from './limits.ts';

/** One row of link buttons to the published sources of the quoted documents (at most five fit in a row). */
export function sourceButtons(documents: readonly CorpusDocument[]): APIActionRowComponent<APIButtonComponent>[] {
	const unique = [...new Map(documents.map((d) => [d.slug, d])).values()].slice(0, LIMITS.buttonsPerRow);
	if (unique.length === 0) return [];
	return [
		{
			type: ComponentType.ActionRow,
			components: unique.map((document) => ({
				type: ComponentType.Button,
				style: ButtonStyle.Link,
				label: `Source: ${document.symbol}`.slice(0, LIMITS.buttonLabel),
				url: document.sourceUrl,
			})),
		},
	];
}
