import { cpus, release, totalmem, type } from 'node:os';

/** What the numbers were measured on: ratios travel between machines, absolute times do not. */
export function describeMachine() {
	const cpu = cpus();
	return {
		cpu: cpu[0]?.model.trim() ?? 'unknown',
		cores: cpu.length,
		memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		os: `${type()} ${release()}`,
	};
}
