import { describe, expect, it } from 'vitest';
import { isNavigation, isOrganLine, mixesScripts } from '../../src/import/front-matter.ts';

describe('lines around a title that are not a title', () => {
	it.each([
		'Skip to main content',
		'Welcome to the United Nations',
		'العربية',
		'中文',
		'English',
		'Français Русский Español',
		'العربية | 中文 | English',
		'Toggle navigation',
		'Search',
		'Home',
		'Home / Secretary-General / Press Release',
		'Home > Press releases > 2031',
		'Related Documents',
	])('%j is site navigation', (line) => {
		expect(isNavigation(line)).toBe(true);
	});

	it.each([
		'English Translation of the Statement',
		'Home Affairs Ministers Agree on Shared Border Plan',
		'Searching for Durable Peace in River Basins',
		'',
	])('%j is not navigation', (line) => {
		expect(isNavigation(line)).toBe(false);
	});

	it.each([
		'Working Group on Coastal Fisheries and Shared Waters',
		'Committee on the Protection of Mountain Forests',
		'Peacebuilding Commission',
		'Security Council Committee established pursuant to resolution 9999 (2031) concerning the Northern Basin',
		'Executive Board of the Coastal Development Fund',
		'United Nations Office on Shared Rivers and Coasts',
		'World Basin Organization',
		"United Nations Children's Fund",
	])('%j names the body that issued the document', (line) => {
		expect(isOrganLine(line)).toBe(true);
	});

	it.each([
		'Conclusions on fisheries cooperation in the northern basin',
		'Security Council Reform and the Work of the General Assembly',
		'Report of the Working Group on Coastal Fisheries',
		'Commission on river basins: agreed conclusions',
		'Programme of Action for the Northern River Basins',
		'Office space for the Basin Commission',
	])('%j is not the name of a body', (line) => {
		expect(isOrganLine(line)).toBe(false);
	});

	it('knows a title in two scripts for a language menu', () => {
		expect(mixesScripts('Skip to main content العربية 中文 English')).toBe(true);
		expect(mixesScripts('Envoys Agree on a Shared Plan for River Basins — “Côte” and “Zürich”')).toBe(false);
	});
});
