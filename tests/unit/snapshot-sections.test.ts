import { describe, expect, it } from 'vitest';
import { decodeSections, encodeSections } from '../../src/cache/sections.ts';
import { Unusable } from '../../src/cache/snapshot-file.ts';

const META = { name: 'postings', sizes: [1, 2, 3] };
const body = () =>
	encodeSections(META, {
		ints: { kind: 'i32', data: Int32Array.from([-5, 0, 7, 2 ** 31 - 1]) },
		shorts: { kind: 'u16', data: Uint16Array.from([0, 65535, 3]) },
		words: { kind: 'strings', data: ['terror', 'côte', 'peace-building', ''] },
		empty: { kind: 'strings', data: [] },
		lengths: { kind: 'u32', data: Uint32Array.from([4_000_000_000, 1]) },
		floats: { kind: 'f64', data: Float64Array.from([1.5, -0, 2 ** 53]) },
		texts: { kind: 'texts', data: ['Côte d’Ivoire', '', 'A line\nwith\0a NUL', 'ascii'] },
	});

/** Everything a decoded body holds, as plain values. */
function contents(bytes: Buffer) {
	const sections = decodeSections(bytes);
	return {
		meta: sections.meta,
		ints: [...sections.i32('ints')],
		shorts: [...sections.u16('shorts')],
		words: sections.strings('words'),
		empty: sections.strings('empty'),
		lengths: [...sections.u32('lengths')],
		floats: [...sections.f64('floats')],
		texts: sections.texts('texts'),
	};
}

const EXPECTED = {
	meta: META,
	ints: [-5, 0, 7, 2 ** 31 - 1],
	shorts: [0, 65535, 3],
	words: ['terror', 'côte', 'peace-building', ''],
	empty: [],
	lengths: [4_000_000_000, 1],
	floats: [1.5, -0, 2 ** 53],
	texts: ['Côte d’Ivoire', '', 'A line\nwith\0a NUL', 'ascii'],
};

/** The error a decoding throws, or undefined. */
function failure(read: () => unknown): unknown {
	try {
		read();
		return undefined;
	} catch (error) {
		return error;
	}
}

describe('snapshot sections', () => {
	it('reads back every kind of section as written', () => {
		expect(contents(body())).toEqual(EXPECTED);
	});

	it('views typed arrays in place when aligned, and copies them when the body starts at an odd offset', () => {
		const aligned = body();
		const ints = decodeSections(aligned).i32('ints');
		expect(ints.buffer).toBe(aligned.buffer);
		// The same bytes one byte further into a larger buffer: not aligned for 4-byte values any more.
		const shifted = Buffer.concat([Buffer.alloc(1), aligned]).subarray(1);
		expect(contents(shifted)).toEqual(EXPECTED);
		expect(decodeSections(shifted).i32('ints').buffer).not.toBe(shifted.buffer);
	});

	it('refuses to join strings that hold the separator (texts can)', () => {
		expect(() => encodeSections({}, { bad: { kind: 'strings', data: ['a\0b'] } })).toThrow(/NUL/);
	});

	it.each([
		['an empty body', () => Buffer.alloc(0)],
		['a length past the end', () => Buffer.from([255, 255, 0, 0, 1, 2])],
		['JSON that is not a table of contents', () => Buffer.concat([Buffer.from([3, 0, 0, 0]), Buffer.from('[1]')])],
		[
			'a section past the end',
			() => {
				const bytes = body();
				return bytes.subarray(0, bytes.length - 16);
			},
		],
	])('calls %s corrupt', (_, make) => {
		const error = failure(() => contents(make()));
		expect(error).toBeInstanceOf(Unusable);
		expect((error as Unusable).reason).toBe('corrupt');
	});

	it('calls a section of another kind, or a missing one, corrupt', () => {
		const sections = decodeSections(body());
		for (const read of [() => sections.u32('ints'), () => sections.i32('nowhere'), () => sections.texts('words')]) {
			const error = failure(read);
			expect(error).toBeInstanceOf(Unusable);
			expect((error as Unusable).reason).toBe('corrupt');
		}
	});
});
