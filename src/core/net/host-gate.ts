/**
 * Politeness per host: one request at a time, a minimum gap between starts
 * (arXiv asks for three seconds), a pause until a reset time a server named,
 * and a circuit breaker that stops asking a host after repeated failures in
 * one run, so a dead or limiting server costs a few requests, not hundreds.
 */
import type { Clock } from './types';

/** How a host is treated. */
export interface HostRule {
	/** Minimum milliseconds between the starts of two requests. */
	minGapMs: number;
	/** Failures in a row after which the host is not asked again this run. */
	breakAfter: number;
}

const DEFAULT_RULE: HostRule = { minGapMs: 1000, breakAfter: 3 };

interface HostState {
	lastStart?: number;
	pausedUntil?: number;
	failures: string[];
	broken?: string;
	queue: Promise<void>;
}

/** Waiting, pausing and breaking, per host, on an injected clock. */
export class HostGate {
	private hosts = new Map<string, HostState>();

	constructor(
		private readonly clock: Clock,
		private readonly rules: Record<string, Partial<HostRule>> = {},
		/** Called while waiting, so progress can say "arXiv waiting 3 s". */
		private readonly onWait?: (host: string, ms: number) => void,
	) {}

	private state(host: string): HostState {
		let s = this.hosts.get(host);
		if (!s) this.hosts.set(host, (s = { failures: [], queue: Promise.resolve() }));
		return s;
	}

	private rule(host: string): HostRule {
		return { ...DEFAULT_RULE, ...this.rules[host] };
	}

	/** Why the host is not asked any more this run, or undefined. */
	broken(host: string): string | undefined {
		return this.hosts.get(host)?.broken;
	}

	/** Run one request to a host when its turn comes: serial, paced, paused as told. */
	run<T>(host: string, work: () => Promise<T>): Promise<T> {
		const s = this.state(host);
		const turn = s.queue.then(async () => {
			const rule = this.rule(host);
			const ready = Math.max(s.lastStart !== undefined ? s.lastStart + rule.minGapMs : 0, s.pausedUntil ?? 0);
			const wait = ready - this.clock.now();
			if (wait > 0) {
				this.onWait?.(host, wait);
				await this.clock.sleep(wait);
			}
			s.lastStart = this.clock.now();
			return work();
		});
		s.queue = turn.then(
			() => undefined,
			() => undefined,
		);
		return turn;
	}

	/** Don't start another request to this host before `until` (ms since the epoch). */
	pause(host: string, until: number): void {
		const s = this.state(host);
		s.pausedUntil = Math.max(s.pausedUntil ?? 0, until);
	}

	/** Record an answer: success resets the count; enough failures in a row break the circuit. */
	record(host: string, failure?: string): void {
		const s = this.state(host);
		if (failure === undefined) {
			s.failures = [];
			return;
		}
		s.failures.push(failure);
		if (s.failures.length >= this.rule(host).breakAfter) s.broken = `${host} stopped answering (${s.failures.length} failures in a row: ${s.failures.join(', ')})`;
	}

	/** Stop asking a host for the rest of the run, with the reason to show. */
	breakNow(host: string, reason: string): void {
		this.state(host).broken = reason;
	}
}
