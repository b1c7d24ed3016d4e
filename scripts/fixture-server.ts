/**
 * HTTPS server for the fixture pages, answering under the sites' real hostnames.
 *
 * Chromium is pointed at it with --host-resolver-rules (see fixture-browser.ts), so the
 * extension's real match patterns (https://x.com/*, https://www.facebook.com/* …) run
 * against local pages. HTTPS is required: these hosts are HSTS-preloaded.
 *
 * Layout of the built fixtures (scripts/build-fixtures.ts writes it):
 *   <root>/<site>.html       the site's single-page app, served for every path on its hosts
 *   <root>/<page>.html       extra pages reachable on every site host at /<page> (e.g. /busy-feed)
 *   <root>/<file>.js|.css    assets, reachable on every host at /<file>
 *   <root>/demo.html         the demo's start page, served on localhost
 */
import { createServer, type Server } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../.output/fixtures');

/** The hostnames each imitated site answers on. */
export const SITE_HOSTS = {
  x: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  facebook: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com'],
  instagram: ['www.instagram.com', 'instagram.com'],
} as const;

export type Site = keyof typeof SITE_HOSTS;
export const SITES = Object.keys(SITE_HOSTS) as Site[];

/** Where the demo's start page lives (Chromium resolves localhost itself). */
const DEMO_HOSTS = ['localhost', '127.0.0.1'];

export const FIXTURE_HOSTS: readonly string[] = [...Object.values(SITE_HOSTS).flat(), ...DEMO_HOSTS];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  port: number;
  /** Every request the server answered, as "host/path", in order. */
  hits: string[];
  /** The page URL of a site (through the host-resolver mapping), e.g. https://x.com/home. */
  siteUrl(site: Site, path?: string): string;
  /** The demo start page, reachable without any host mapping. */
  demoUrl: string;
  close(): Promise<void>;
}

export function siteOfHost(host: string): Site | 'demo' | undefined {
  if (DEMO_HOSTS.includes(host)) return 'demo';
  return SITES.find((site) => (SITE_HOSTS[site] as readonly string[]).includes(host));
}

/** Maps a request to a file under the fixtures folder, or undefined for 404. */
export function fileFor(root: string, host: string, path: string): string | undefined {
  const site = siteOfHost(host);
  if (!site) return undefined;
  const name = path.split('?')[0]!.replace(/^\/+/, '');
  // Only plain file names: no folders, no "..".
  if (/^[\w.-]+\.(js|css|map|png|svg)$/.test(name) && !name.startsWith('.')) return join(root, name);
  if (/^[\w-]+$/.test(name) && name !== site && existsSync(join(root, `${name}.html`))) {
    return join(root, `${name}.html`);
  }
  return join(root, `${site}.html`);
}

async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const altNames = FIXTURE_HOSTS.map((host) =>
    /^\d/.test(host) ? { type: 7 as const, ip: host } : { type: 2 as const, value: host },
  );
  const pems = await generate([{ name: 'commonName', value: 'Vær varsom fixtures' }], {
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  if (!existsSync(join(root, 'demo.html'))) {
    throw new Error(`No built fixtures in ${root}: run "npx tsx scripts/build-fixtures.ts" first.`);
  }
  const hits: string[] = [];
  const server: Server = createServer(await selfSignedCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    hits.push(`${host}${path}`);
    const file = fileFor(root, host, path);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hits,
    siteUrl: (site, path = '/') => `https://${SITE_HOSTS[site][0]}${path}`,
    demoUrl: `https://localhost:${port}/`,
    close: () => new Promise((resolveClose) => {
      server.closeAllConnections();
      server.close(() => resolveClose());
    }),
  };
}
