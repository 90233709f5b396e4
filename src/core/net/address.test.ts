import { describe, expect, it } from 'vitest';
import { localHostReason, parseIPv4, parseIPv6 } from './address';
import { refusal } from './guard';

// Every spelling a list could use to reach the reader's own machine or network.
const REFUSED: [string, string][] = [
	['http://localhost/', 'a loopback address'],
	['http://localhost.:8080/admin', 'a loopback address'],
	['http://LOCALHOST/', 'a loopback address'],
	['http://app.localhost/', 'a loopback address'],
	['http://nas.local/share', 'a local network name'],
	['http://printer.internal/', 'a local network name'],
	['http://router.home.arpa/', 'a local network name'],
	['http://nas/', 'a local network name'],
	['http://intranet/wiki', 'a local network name'],
	['http://127.0.0.1/', 'a loopback address'],
	['http://127.255.255.254/', 'a loopback address'],
	['http://127.1/', 'a loopback address'],
	['http://127.0.1/', 'a loopback address'],
	['http://2130706433/', 'a loopback address'],
	['http://0x7f000001/', 'a loopback address'],
	['http://0x7f.1/', 'a loopback address'],
	['http://0177.0.0.1/', 'a loopback address'],
	['http://017700000001/', 'a loopback address'],
	['http://0x7F.0x00.0x00.0x01/', 'a loopback address'],
	['http://0.0.0.0/', 'an unspecified address'],
	['http://0/', 'an unspecified address'],
	['http://10.0.0.1/', 'a local network address'],
	['http://10.255.255.255/', 'a local network address'],
	['http://167772161/', 'a local network address'],
	['http://012.1/', 'a local network address'],
	['http://172.16.0.1/', 'a local network address'],
	['http://172.31.255.255/', 'a local network address'],
	['http://192.168.1.1/', 'a local network address'],
	['http://192.168.257/', 'a local network address'],
	['http://3232235777/', 'a local network address'],
	['http://0xc0.0xa8.0x01.0x01/', 'a local network address'],
	['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
	['http://2852039166/', 'a link-local address'],
	['http://100.64.0.1/', 'a carrier-grade NAT address'],
	['http://100.127.255.254/', 'a carrier-grade NAT address'],
	['http://224.0.0.1/', 'a multicast address'],
	['http://255.255.255.255/', 'a reserved address'],
	['http://[::1]/', 'a loopback address'],
	['http://[0:0:0:0:0:0:0:1]/', 'a loopback address'],
	['http://[::]/', 'an unspecified address'],
	['http://[fc00::1]/', 'a local network address'],
	['http://[fd12:3456:789a::1]/', 'a local network address'],
	['http://[fe80::1]/', 'a link-local address'],
	['http://[febf::1]/', 'a link-local address'],
	['http://[::ffff:127.0.0.1]/', 'a loopback address'],
	['http://[::ffff:7f00:1]/', 'a loopback address'],
	['http://[::ffff:192.168.1.1]/', 'a local network address'],
	['http://[::ffff:a9fe:a9fe]/', 'a link-local address'],
	['http://[::127.0.0.1]/', 'a loopback address'],
	['http://[64:ff9b::10.0.0.1]/', 'a local network address'],
	['http://[2002:c0a8:0101::1]/', 'a local network address'],
	['http://[ff02::1]/', 'a multicast address'],
];

const ALLOWED = [
	'https://10.example.com/',
	'https://localhost.example.org/',
	'https://local.example.com/page',
	'https://internal.company.com/',
	'https://192.168.example.net/',
	'https://arxiv.org/abs/2205.14135',
	'http://8.8.8.8/',
	'http://172.32.0.1/',
	'http://100.128.0.1/',
	'http://[2606:4700:4700::1111]/',
	'http://[::ffff:8.8.8.8]/',
	'https://xn--bcher-kva.example/',
];

describe('public-host check', () => {
	it.each(REFUSED)('refuses %s as %s', (url, reason) => {
		expect(refusal(url, { allowLocal: false })).toBe(`not fetched: ${reason}`);
	});

	it.each(ALLOWED)('allows %s, which only looks private', (url) => {
		expect(refusal(url, { allowLocal: false })).toBeUndefined();
	});

	it('judges the host as written too, not only as a URL parser rewrites it', () => {
		expect(localHostReason('2130706433')).toBe('a loopback address');
		expect(localHostReason('0x7f.1')).toBe('a loopback address');
		expect(localHostReason('10.example.com')).toBeUndefined();
		expect(localHostReason('1.2.3.4.5')).toBe('a host that is not valid');
	});

	it('allows the local network only when the reader says so', () => {
		expect(refusal('http://192.168.1.1/', { allowLocal: true })).toBeUndefined();
		expect(refusal('http://nas.local/', { allowLocal: true })).toBeUndefined();
		expect(refusal('http://127.0.0.1:9/', { allowLocal: false, trustedOrigins: ['http://127.0.0.1:9'] })).toBeUndefined();
		expect(refusal('http://127.0.0.1:10/', { allowLocal: false, trustedOrigins: ['http://127.0.0.1:9'] })).toBe('not fetched: a loopback address');
	});

	it('never fetches other schemes, local or not', () => {
		for (const url of ['file:///etc/passwd', 'ftp://example.com/', 'javascript:alert(1)', 'data:text/html,x', 'gopher://example.com/']) {
			expect(refusal(url, { allowLocal: true })).toMatch(/^not fetched: \w+ links are never fetched$/);
		}
		expect(refusal('not a url', { allowLocal: true })).toBe('not fetched: not a valid URL');
	});

	it('reads numeric IPv4 spellings as URL parsers do', () => {
		expect(parseIPv4('127.1')).toEqual([127, 0, 0, 1]);
		expect(parseIPv4('0x7f.0.0.1')).toEqual([127, 0, 0, 1]);
		expect(parseIPv4('4294967295')).toEqual([255, 255, 255, 255]);
		expect(parseIPv4('4294967296')).toBeUndefined();
		expect(parseIPv4('256.1.1.1')).toBeUndefined();
		expect(parseIPv4('08.1.1.1')).toBeUndefined();
	});

	it('reads IPv6 with compression, zones and embedded IPv4', () => {
		expect(parseIPv6('[::1]')).toEqual([...new Array<number>(15).fill(0), 1]);
		expect(parseIPv6('fe80::1%eth0')?.slice(0, 2)).toEqual([0xfe, 0x80]);
		expect(parseIPv6('::ffff:1.2.3.4')?.slice(12)).toEqual([1, 2, 3, 4]);
		expect(parseIPv6('1::2::3')).toBeUndefined();
		expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeUndefined();
	});
});
