/**
 * The best `k` of many candidates in one pass: a bounded heap whose root is
 * the worst kept, so most candidates cost one comparison and nothing is
 * sorted but the `k` kept.
 */

/** Keeps the best `k` items offered; `better(a, b)` must be a strict total order. */
export class TopK {
	private readonly heap: number[] = [];

	constructor(
		private readonly k: number,
		private readonly better: (a: number, b: number) => boolean,
	) {}

	/** Offer one item. */
	offer(x: number): void {
		const h = this.heap;
		if (h.length < this.k) {
			h.push(x);
			this.up(h.length - 1);
		} else if (this.k > 0 && this.better(x, h[0]!)) {
			h[0] = x;
			this.down(0);
		}
	}

	/** The worst item kept once `k` are kept, else undefined: anything not better cannot get in. */
	get floor(): number | undefined {
		return this.heap.length >= this.k ? this.heap[0] : undefined;
	}

	/** The kept items, best first. */
	sorted(): number[] {
		return this.heap.slice().sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
	}

	private up(i: number): void {
		const h = this.heap;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (!this.better(h[p]!, h[i]!)) break;
			[h[p], h[i]] = [h[i]!, h[p]!];
			i = p;
		}
	}

	private down(i: number): void {
		const h = this.heap;
		for (;;) {
			const l = 2 * i + 1;
			const r = l + 1;
			let worst = i;
			if (l < h.length && this.better(h[worst]!, h[l]!)) worst = l;
			if (r < h.length && this.better(h[worst]!, h[r]!)) worst = r;
			if (worst === i) return;
			[h[worst], h[i]] = [h[i]!, h[worst]!];
			i = worst;
		}
	}
}
