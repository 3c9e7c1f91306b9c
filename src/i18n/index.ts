import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zhCN } from './zh-cn.ts';
import { zhTW } from './zh-tw.ts';

/** Discord locales of the UN official languages that Discord supports (it has no Arabic locale). */
export const SUPPORTED_LOCALES = ['fr', 'es-ES', 'es-419', 'ru', 'zh-CN', 'zh-TW'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** A Map, not an object: a locale such as `__proto__` or `toString` is a string like any other, not a key of Object. */
const CATALOGS: ReadonlyMap<string, Messages> = new Map([
	['fr', fr],
	['es-ES', es],
	['es-419', es],
	['ru', ru],
	['zh-CN', zhCN],
	['zh-TW', zhTW],
]);

/** The catalog for a Discord locale; English for any other. */
export function messagesFor(locale: unknown): Messages {
	return (typeof locale === 'string' ? CATALOGS.get(locale) : undefined) ?? en;
}

export type { Messages };
