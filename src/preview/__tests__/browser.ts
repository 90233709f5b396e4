/**
 * Headless Chromium for the preview tests: Debian's `chromium` package driven
 * by playwright-core (which never downloads a browser), the built preview
 * page served on a loopback port, page errors collected, and axe-core run
 * inside it.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = process.env.SYLLABUS_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../../../dist/preview');
const PAGE = join(ROOT, 'index.html');
const AXE = resolve(__dirname, '../../../node_modules/axe-core/axe.min.js');

/**
 * Flags for a closed network and a root user: no sandbox (root), no GPU, and
 * none of the background connections Chromium would otherwise try at start.
 */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--font-render-hinting=none'];

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/**
 * Serve the built page on a loopback port. Over file:// the page works, but
 * axe-core reads the stylesheets with XMLHttpRequest, which file:// refuses.
 */
function serve(): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		const path = join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		if (!path.startsWith(`${ROOT}/`) || !existsSync(path) || !statSync(path).isFile()) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
	});
	return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** Start the browser and the page's server, or say plainly what is missing. */
export async function launch(): Promise<{ browser: Browser; origin: string; close: () => Promise<void> }> {
	if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set SYLLABUS_CHROMIUM.`);
	if (!existsSync(PAGE)) throw new Error(`No preview page at ${PAGE}: run npm run preview first (npm run test:e2e does).`);
	// Playwright gives the browser a new empty profile of its own and removes it on close.
	const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
	const { server, origin } = await serve();
	return {
		browser,
		origin,
		close: async () => {
			await browser.close();
			await new Promise((ok) => server.close(ok));
		},
	};
}

export interface Preview {
	page: Page;
	/** Uncaught errors and console errors seen so far. */
	errors: string[];
	/** Dialogs (alert, confirm) the page tried to open. */
	dialogs: string[];
}

/** Open the preview page and wait until the study plan is on screen. */
export async function openPreview(browser: Browser, origin: string, options: { theme?: 'light' | 'dark'; width?: 300 | 500; viewport?: { width: number; height: number } } = {}): Promise<Preview> {
	const page = await browser.newPage({ viewport: options.viewport ?? { width: 1100, height: 800 }, reducedMotion: 'reduce' });
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const url = new URL('/index.html', origin);
	url.search = new URLSearchParams({ theme: options.theme ?? 'light', width: String(options.width ?? 300) }).toString();
	await page.goto(url.href);
	await page.waitForSelector('body[data-preview-ready], body[data-preview-error]');
	const failed = await page.getAttribute('body', 'data-preview-error');
	if (failed) throw new Error(`The preview failed to start: ${failed}`);
	return { page, errors, dialogs };
}

/** The serious and critical findings of axe-core on the page as it is now. */
export async function axeFindings(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	const results = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
		return axe.run(document, { resultTypes: ['violations'] });
	});
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.length} element(s), e.g. ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Where screenshots go: `docs/` under `npm run screenshots`, else a scratch folder under dist. */
export const SHOTS = resolve(__dirname, '../../..', process.env.SYLLABUS_SCREENSHOTS ?? 'dist/preview/screenshots');

type OpenOptions = Parameters<typeof openPreview>[2];

/**
 * One browser and page server for a test file: started before its tests,
 * closed after them. Call at the top of the file; `open` loads a fresh preview page.
 */
export function sharedPreview(): { open(options?: OpenOptions): Promise<Preview> } {
	let started: Awaited<ReturnType<typeof launch>> | undefined;
	beforeAll(async () => {
		started = await launch();
		mkdirSync(SHOTS, { recursive: true });
	});
	afterAll(async () => {
		await started?.close();
	});
	return {
		open: (options) => {
			if (!started) throw new Error('the browser is not started: call sharedPreview() at the top of the test file');
			return openPreview(started.browser, started.origin, options);
		},
	};
}
