/**
 * A static file server that behaves like a plain static host: folder/index.html
 * for folder/, 404.html for anything missing, and the site under an optional
 * base path. Tests run against it so that what passes here passes on a CDN.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

export interface RunningSite {
	/** Origin plus base path, with no trailing slash: "http://127.0.0.1:1234/base". */
	url: string;
	origin: string;
	close: () => Promise<void>;
}

/** Text worth compressing, as a static host (GitHub Pages, Netlify, nginx) would. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest)|image\/svg)/;

/**
 * Serve `dir` at http://127.0.0.1:<free port><base>/. With `compress`, text is
 * sent gzipped and the hashed files in _app/immutable cached for a year, as a
 * real static host does: Lighthouse measures the site that way.
 */
export async function serveStatic(dir: string, base = '', compress = false): Promise<RunningSite> {
	const root = resolve(dir);
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (base && !path.startsWith(`${base}/`)) {
			res.writeHead(404).end('outside the base path');
			return;
		}
		path = path.slice(base.length);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const headers: Record<string, string> = { 'content-type': type };
			if (compress && path.startsWith('/_app/immutable/'))
				headers['cache-control'] = 'public, max-age=31536000, immutable';
			if (
				compress &&
				COMPRESSIBLE.test(type) &&
				/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
			) {
				res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
				res.end(gzipSync(body));
				return;
			}
			res.writeHead(200, headers);
			res.end(body);
		} catch {
			const notFound = await readFile(join(root, '404.html')).catch(() => null);
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(notFound ?? 'Not found');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		url: `${origin}${base}`,
		origin,
		close: () => new Promise((done) => server.close(() => done()))
	};
}
