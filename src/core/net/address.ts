/**
 * Which hosts are on the public internet. A shared reading list comes from a
 * stranger; fetching its links must not reach the reader's router, NAS, own
 * machine or a cloud metadata service. Every numeric spelling a URL parser
 * accepts for an IPv4 address (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`)
 * is read as the address it names, and IPv6 forms that embed an IPv4 address
 * (mapped, compatible, NAT64, 6to4) are judged by that address.
 *
 * It judges names, not what they resolve to: a public name whose DNS answers
 * with a private address is not caught here (the core has no resolver).
 */

/** Special-use names that never leave the local network. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'intranet', 'corp', 'home', 'private'];

/**
 * The four bytes of an IPv4 address written in any form the WHATWG URL parser
 * accepts (1–4 parts, each decimal, `0`-prefixed octal or `0x` hex, the last
 * part filling the remaining bytes), or undefined if it is not one.
 */
export function parseIPv4(host: string): number[] | undefined {
	const parts = host.replace(/\.$/, '').split('.');
	if (parts.length < 1 || parts.length > 4) return undefined;
	const nums: number[] = [];
	for (const p of parts) {
		let n: number;
		if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
		else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
		else if (/^(?:0|[1-9][0-9]*)$/.test(p)) n = Number(p);
		else return undefined;
		if (!Number.isFinite(n)) return undefined;
		nums.push(n);
	}
	const last = nums.pop()!;
	if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return undefined;
	const bytes = [...nums];
	for (let i = 3 - nums.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
	return bytes;
}

/** The sixteen bytes of an IPv6 address (brackets and zone id allowed), or undefined. */
export function parseIPv6(host: string): number[] | undefined {
	let h = host.replace(/^\[|\]$/g, '').toLowerCase();
	const zone = h.indexOf('%');
	if (zone >= 0) h = h.slice(0, zone);
	if (!h.includes(':')) return undefined;
	let tail: number[] = [];
	const lastColon = h.lastIndexOf(':');
	const lastPart = h.slice(lastColon + 1);
	if (lastPart.includes('.')) {
		const v4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(lastPart) ? parseIPv4(lastPart) : undefined;
		if (!v4) return undefined;
		tail = v4;
		h = h.slice(0, lastColon + 1) + '0:0';
	}
	const halves = h.split('::');
	if (halves.length > 2) return undefined;
	const group = (s: string): number[] | undefined => {
		if (s === '') return [];
		const out: number[] = [];
		for (const g of s.split(':')) {
			if (!/^[0-9a-f]{1,4}$/.test(g)) return undefined;
			out.push(parseInt(g, 16));
		}
		return out;
	};
	const head = group(halves[0]!);
	const rest = halves.length === 2 ? group(halves[1]!) : [];
	if (!head || !rest) return undefined;
	const missing = 8 - head.length - rest.length;
	if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
	const words = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
	const bytes = words.flatMap((w) => [w >> 8, w & 255]);
	if (tail.length) bytes.splice(12, 4, ...tail);
	return bytes;
}

/** Why an IPv4 address is not public, or undefined if it is. */
function ipv4Reason(b: number[]): string | undefined {
	const [a, c] = [b[0]!, b[1]!];
	if (a === 127) return 'a loopback address';
	if (a === 0) return 'an unspecified address';
	if (a === 10 || (a === 172 && c >= 16 && c <= 31) || (a === 192 && c === 168)) return 'a local network address';
	if (a === 169 && c === 254) return 'a link-local address';
	if (a === 100 && c >= 64 && c <= 127) return 'a carrier-grade NAT address';
	if (a === 192 && c === 0 && b[2] === 0) return 'a reserved address';
	if (a === 198 && (c === 18 || c === 19)) return 'a reserved address';
	if (a >= 224) return a < 240 ? 'a multicast address' : 'a reserved address';
	return undefined;
}

/** Why an IPv6 address is not public, or undefined if it is. */
function ipv6Reason(b: number[]): string | undefined {
	const zeros = (from: number, to: number): boolean => b.slice(from, to).every((x) => x === 0);
	const v4 = b.slice(12);
	if (zeros(0, 15) && b[15] === 1) return 'a loopback address';
	if (zeros(0, 16)) return 'an unspecified address';
	// ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible) are the IPv4 address.
	if (zeros(0, 10) && ((b[10] === 0xff && b[11] === 0xff) || (b[10] === 0 && b[11] === 0))) return ipv4Reason(v4);
	// 64:ff9b::/96 (NAT64) carries an IPv4 address in its last four bytes; 2002::/16 (6to4) in bytes 2–5.
	if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return ipv4Reason(v4);
	if (b[0] === 0x20 && b[1] === 0x02) return ipv4Reason(b.slice(2, 6));
	if ((b[0]! & 0xfe) === 0xfc) return 'a local network address';
	if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'a link-local address';
	if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'a local network address';
	if (b[0] === 0xff) return 'a multicast address';
	return undefined;
}

/**
 * Why a host (as a URL's `hostname` gives it, or as written) is not on the
 * public internet, or undefined if it may be fetched.
 */
export function localHostReason(rawHost: string): string | undefined {
	const host = rawHost.trim().toLowerCase().replace(/\.$/, '');
	if (!host) return 'no host';
	const v6 = host.includes(':') ? parseIPv6(host) : undefined;
	if (host.includes(':')) return v6 ? ipv6Reason(v6) : 'a host that is not valid';
	// A host whose last label is a number is an IPv4 address to every URL parser.
	const lastLabel = host.slice(host.lastIndexOf('.') + 1);
	if (/^(?:\d+|0x[0-9a-f]*)$/i.test(lastLabel)) {
		const v4 = parseIPv4(host);
		return v4 ? ipv4Reason(v4) : 'a host that is not valid';
	}
	if (!host.includes('.')) return host === 'localhost' ? 'a loopback address' : 'a local network name';
	if (LOCAL_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`))) return host === 'localhost' || host.endsWith('.localhost') ? 'a loopback address' : 'a local network name';
	return undefined;
}
