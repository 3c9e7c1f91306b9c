import { Unusable } from './snapshot-file.ts';

/**
 * A binary snapshot body: a small JSON part (plain values and the table of contents), then named sections of typed
 * arrays and strings, each at a multiple of 8 bytes. Reading it is one file read: typed arrays are views into the
 * file's bytes (no parsing, no copy), a list of strings is one decode and a split. Against JSON, a large index loads
 * without building millions of short-lived numbers and arrays for the garbage collector.
 *
 * Layout: a 4-byte little-endian length, the JSON `{ meta, toc }`, then the sections; `toc` lists each section as
 * `[name, kind, offset, bytes, count]` (offsets from the start of the body).
 */

/** Strings joined by NUL, decoded with one call (none may hold a NUL), or each decoded on its own (`texts`). */
export type Section =
	| { kind: 'i32'; data: Int32Array }
	| { kind: 'u16'; data: Uint16Array }
	| { kind: 'u32'; data: Uint32Array }
	| { kind: 'f64'; data: Float64Array }
	| { kind: 'strings'; data: readonly string[] }
	| { kind: 'texts'; data: readonly string[] };

type Kind = Section['kind'];
type Entry = [name: string, kind: Kind, offset: number, bytes: number, count: number];

const ALIGN = 8;
const SEPARATOR = '\0';

const aligned = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** The bytes of one section; for `texts`, each string's end (bytes from the section's start) comes first. */
function bytesOf(section: Section): Buffer {
	switch (section.kind) {
		case 'i32':
		case 'u16':
		case 'u32':
		case 'f64':
			return Buffer.from(section.data.buffer, section.data.byteOffset, section.data.byteLength);
		case 'strings': {
			if (section.data.some((s) => s.includes(SEPARATOR)))
				throw new Error('snapshot: a string of a "strings" section holds a NUL; use "texts"');
			return Buffer.from(section.data.join(SEPARATOR), 'utf8');
		}
		case 'texts': {
			const parts = section.data.map((s) => Buffer.from(s, 'utf8'));
			const ends = new Uint32Array(parts.length);
			let end = 0;
			parts.forEach((part, i) => (ends[i] = end += part.length));
			return Buffer.concat([Buffer.from(ends.buffer), ...parts]);
		}
	}
}

/** A body of `meta` (plain JSON values) and the named sections. */
export function encodeSections(meta: unknown, sections: Readonly<Record<string, Section>>): Buffer {
	const parts = Object.entries(sections).map(([name, section]) => ({ name, section, bytes: bytesOf(section) }));
	// The table of contents holds offsets, which depend on its own length: laid out until the length settles.
	let toc: Entry[] = [];
	let head = Buffer.alloc(0);
	for (let settled = false; !settled;) {
		let offset = aligned(4 + head.length);
		toc = parts.map(({ name, section, bytes }) => {
			const entry: Entry = [name, section.kind, offset, bytes.length, section.data.length];
			offset = aligned(offset + bytes.length);
			return entry;
		});
		const next = Buffer.from(JSON.stringify({ meta, toc }), 'utf8');
		settled = next.length === head.length;
		head = next;
	}
	const last = toc.at(-1);
	const body = Buffer.alloc(last ? aligned(last[2] + last[3]) : aligned(4 + head.length));
	body.writeUInt32LE(head.length, 0);
	head.copy(body, 4);
	parts.forEach(({ bytes }, i) => bytes.copy(body, (toc[i] as Entry)[2]));
	return body;
}

const corrupt = (detail: string) => new Unusable('corrupt', `not a snapshot of this kind: ${detail}`);

/** What `decodeSections` gives: the JSON part, and each section by name (checked for its kind). */
export class DecodedSections {
	readonly #body: Buffer;
	readonly #toc: ReadonlyMap<string, Entry>;

	constructor(
		readonly meta: unknown,
		body: Buffer,
		toc: ReadonlyMap<string, Entry>,
	) {
		this.#body = body;
		this.#toc = toc;
	}

	#entry(name: string, kind: Kind): Entry {
		const entry = this.#toc.get(name);
		if (!entry || entry[1] !== kind) throw corrupt(`no ${kind} section "${name}"`);
		return entry;
	}

	/** A typed array's section, as a view into the body when it is aligned for it, else copied. */
	#view<T>(name: string, kind: Kind, size: number, make: (buffer: ArrayBuffer, at: number, length: number) => T): T {
		const [, , offset, bytes, count] = this.#entry(name, kind);
		if (bytes !== count * size) throw corrupt(`section "${name}" has ${bytes} bytes for ${count} values`);
		const at = this.#body.byteOffset + offset;
		if (at % size === 0) return make(this.#body.buffer as ArrayBuffer, at, count);
		const copy = new Uint8Array(this.#body.subarray(offset, offset + bytes));
		return make(copy.buffer, 0, count);
	}

	i32(name: string): Int32Array {
		return this.#view(name, 'i32', 4, (b, at, n) => new Int32Array(b, at, n));
	}

	u16(name: string): Uint16Array {
		return this.#view(name, 'u16', 2, (b, at, n) => new Uint16Array(b, at, n));
	}

	u32(name: string): Uint32Array {
		return this.#view(name, 'u32', 4, (b, at, n) => new Uint32Array(b, at, n));
	}

	f64(name: string): Float64Array {
		return this.#view(name, 'f64', 8, (b, at, n) => new Float64Array(b, at, n));
	}

	strings(name: string): string[] {
		const [, , offset, bytes, count] = this.#entry(name, 'strings');
		if (count === 0) return [];
		const list = this.#body.toString('utf8', offset, offset + bytes).split(SEPARATOR);
		if (list.length !== count) throw corrupt(`section "${name}" has ${list.length} strings, ${count} expected`);
		return list;
	}

	/** Each string decoded on its own, so that each is stored as compactly as its own characters allow. */
	texts(name: string): string[] {
		const [, , offset, bytes, count] = this.#entry(name, 'texts');
		const endsBytes = count * 4;
		if (bytes < endsBytes) throw corrupt(`section "${name}" is cut short`);
		const ends = new Uint32Array(new Uint8Array(this.#body.subarray(offset, offset + endsBytes)).buffer);
		const texts = new Array<string>(count);
		let start = offset + endsBytes;
		for (let i = 0; i < count; i += 1) {
			const end = offset + endsBytes + (ends[i] ?? 0);
			if (end < start || end > offset + bytes) throw corrupt(`section "${name}" is cut short`);
			texts[i] = this.#body.toString('utf8', start, end);
			start = end;
		}
		return texts;
	}
}

/** Reads a body written by `encodeSections`; anything that does not have its shape is `Unusable` (corrupt). */
export function decodeSections(body: Buffer): DecodedSections {
	if (body.length < 4) throw corrupt('too short');
	const headLength = body.readUInt32LE(0);
	if (4 + headLength > body.length) throw corrupt('cut short');
	let head: { meta?: unknown; toc?: unknown };
	try {
		head = JSON.parse(body.toString('utf8', 4, 4 + headLength)) as typeof head;
	} catch {
		throw corrupt('unreadable table of contents');
	}
	if (typeof head !== 'object' || head === null || !Array.isArray(head.toc)) throw corrupt('no table of contents');
	const toc = new Map<string, Entry>();
	for (const entry of head.toc as unknown[]) {
		const [name, kind, offset, bytes, count] = Array.isArray(entry) ? (entry as unknown[]) : [];
		const numbers = [offset, bytes, count];
		if (typeof name !== 'string' || typeof kind !== 'string' || !numbers.every((n) => Number.isSafeInteger(n)))
			throw corrupt('a bad table of contents');
		const [at, size, length] = numbers as [number, number, number];
		if (at < 4 + headLength || size < 0 || length < 0 || at + size > body.length)
			throw corrupt(`section "${name}" out of bounds`);
		toc.set(name, [name, kind as Kind, at, size, length]);
	}
	return new DecodedSections(head.meta, body, toc);
}
