import type { GrowthSample } from './growth-child.ts';

/** One line of a chart: a value per row (NaN or missing values leave the point out). */
export interface Series {
	label: string;
	color: string;
	/** Dashed: a floor or a reference, not one of ours. */
	dashed?: boolean;
	value: (row: GrowthSample) => number | undefined;
}

interface Panel {
	title: string;
	unit: string;
	series: Series[];
}

const WIDTH = 980;
const HEIGHT = 440;
const PANEL_WIDTH = 470;
const MARGIN = { top: 40, right: 20, bottom: 120, left: 60 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (value: number) => (value >= 1000 ? `${value / 1000}k` : String(value));

/** Powers of ten covering [min, max]. */
function decades(min: number, max: number): number[] {
	const ticks: number[] = [];
	for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e += 1) ticks.push(10 ** e);
	return ticks;
}

function panel(rows: readonly GrowthSample[], { title, unit, series }: Panel, left: number): string[] {
	const xs = rows.map((r) => r.paragraphs);
	const values = series.flatMap((s) => rows.map((r) => s.value(r) ?? Number.NaN)).filter((v) => v > 0);
	const yTicks = decades(Math.min(...values), Math.max(...values));
	const xTicks = decades(Math.min(...xs), Math.max(...xs));
	const [x0, x1] = [Math.log10(xTicks[0] ?? 1), Math.log10(xTicks.at(-1) ?? 10)];
	const [y0, y1] = [Math.log10(yTicks[0] ?? 1), Math.log10(yTicks.at(-1) ?? 10)];
	const plotW = PANEL_WIDTH - MARGIN.left - MARGIN.right;
	const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
	const px = (x: number) => left + MARGIN.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * plotW;
	const py = (y: number) => MARGIN.top + plotH - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * plotH;
	const out = [
		`<text x="${left + MARGIN.left}" y="24" font-weight="bold">${escapeXml(title)}</text>`,
		`<rect x="${left + MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
	];
	for (const t of yTicks) {
		out.push(
			`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + plotW}" y1="${py(t)}" y2="${py(t)}" stroke="#eee"/>`,
			`<text x="${left + MARGIN.left - 6}" y="${py(t) + 4}" text-anchor="end">${fmt(t)}</text>`,
		);
	}
	for (const t of xTicks) {
		out.push(
			`<line x1="${px(t)}" x2="${px(t)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`,
			`<text x="${px(t)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${fmt(t)}</text>`,
		);
	}
	out.push(
		`<text x="${left + MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH + 34}" text-anchor="middle">paragraphs (log)</text>`,
		`<text transform="translate(${left + 16} ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(unit)} (log)</text>`,
	);
	series.forEach((s, i) => {
		const points = rows
			.map((r) => [r.paragraphs, s.value(r)] as const)
			.filter((p): p is readonly [number, number] => p[1] !== undefined && p[1] > 0);
		const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
		if (points.length > 1)
			out.push(
				`<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`,
			);
		for (const [x, y] of points)
			out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${s.color}"/>`);
		const ly = MARGIN.top + plotH + 52 + Math.floor(i / 2) * 18;
		const lx = left + MARGIN.left + (i % 2) * (plotW / 2);
		out.push(
			`<line x1="${lx}" x2="${lx + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
			`<text x="${lx + 28}" y="${ly}">${escapeXml(s.label)}</text>`,
		);
	});
	return out;
}

/** The growth curve as an SVG: times on the left, memory on the right, both log–log. */
export function renderGrowthSvg(rows: readonly GrowthSample[], times: Series[], memory: Series[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
		...panel(rows, { title: 'Time against corpus size', unit: 'ms', series: times }, 0),
		...panel(rows, { title: 'Memory against corpus size', unit: 'MB', series: memory }, PANEL_WIDTH + 20),
		'</svg>',
		'',
	].join('\n');
}

/** The lines the bench draws. */
export const TIME_SERIES: Series[] = [
	{ label: 'index build', color: '#d62728', value: (r) => r.buildMs },
	{ label: 'corpus load', color: '#ff7f0e', value: (r) => r.loadMs },
	{ label: 'corpus from snapshot', color: '#bcbd22', value: (r) => r.corpusCacheLoadMs },
	{ label: 'index from snapshot', color: '#8c564b', value: (r) => r.cacheLoadMs },
	{ label: 'search p50', color: '#1f77b4', value: (r) => r.search.p50 },
	{ label: 'search p99', color: '#17becf', value: (r) => r.search.p99 },
	{ label: 'autocomplete p99 (first)', color: '#2ca02c', value: (r) => r.autocomplete.p99 },
	{ label: 'scan p50 (floor)', color: '#555', dashed: true, value: (r) => r.scan.p50 },
];

export const MEMORY_SERIES: Series[] = [
	{ label: 'RSS after build', color: '#9467bd', value: (r) => r.rssMb },
	{ label: 'RSS growth (corpus + index)', color: '#d62728', value: (r) => r.rssGrowthMb },
	{ label: 'heap growth (corpus + index)', color: '#e377c2', value: (r) => r.heapGrowthMb },
	{ label: 'raw text', color: '#555', dashed: true, value: (r) => r.textBytes / 1024 / 1024 },
	{ label: '8 × raw text (target)', color: '#aaa', dashed: true, value: (r) => (8 * r.textBytes) / 1024 / 1024 },
];
