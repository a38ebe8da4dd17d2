/**
 * Serves the built app (`dist/`) with its Content-Security-Policy as an HTTP header, on every
 * response: the page's and the workers' scripts too. A `<meta>` policy (index.html) covers the
 * page only, and cannot say `frame-ancestors`; a worker takes the policy of its own script's
 * response, so without the header it would run with none. The policy is the one index.html
 * declares (one source), with `frame-ancestors 'none'` added: no site may frame the app.
 *
 *   npx tsx scripts/serve.ts [--dir dist] [--host 127.0.0.1] [--port 5173]
 *
 * `npm start` builds and runs it; the end-to-end tests serve their build with it, so they run
 * under the header as deployed. docs/deployment.md has the same headers for nginx and Caddy.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/** The directive only a header can carry: the app is never shown in another site's frame. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Headers on every response besides the policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * The header policy for a page: its `<meta http-equiv="Content-Security-Policy">` policy with
 * `frame-ancestors 'none'`.
 * @throws when the page declares no policy (serving it without one would be a silent downgrade)
 */
export function headerPolicy(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta) throw new Error('index.html has no <meta http-equiv="Content-Security-Policy">: refusing to serve it without a policy');
  const policy = meta[1].replace(/\s+/g, ' ').trim().replace(/;\s*$/, '');
  return `${policy}; ${FRAME_ANCESTORS}`;
}

export interface StaticServer {
  /** The server's address, e.g. http://127.0.0.1:5173/ */
  url: string;
  /** The Content-Security-Policy header it sends. */
  policy: string;
  server: Server;
  close(): Promise<void>;
}

/** Serve `dir` (a Vite build) on `host:port` (port 0: any free one). */
export async function startServer(options: { dir: string; host?: string; port?: number }): Promise<StaticServer> {
  const root = path.resolve(options.dir);
  const policy = headerPolicy(await readFile(path.join(root, 'index.html'), 'utf8'));
  const server = createServer((request, response) => {
    void respond(root, policy, request, response).catch(() => {
      if (!response.headersSent) send(response, policy, 500, 'internal error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}/`,
    policy,
    server,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function send(response: ServerResponse, policy: string, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Security-Policy': policy,
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
    'Content-Length': String(Buffer.byteLength(body)),
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

async function respond(root: string, policy: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, policy, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(response, policy, 400, 'bad request\n');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.join(root, path.normalize(pathname));
  // Nothing outside the build, however the path is spelled.
  if (file !== root && !file.startsWith(root + path.sep)) {
    send(response, policy, 404, 'not found\n');
    return;
  }
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    body = await readFile(file);
  } catch {
    send(response, policy, 404, 'not found\n');
    return;
  }
  const hashed = pathname.startsWith('/assets/');
  send(response, policy, 200, body, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    // Built assets carry a content hash in their names; everything else is checked each time.
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', default: '5173' } },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port: ${values.port} (expected an integer 0–65535)`);
  const served = await startServer({ dir: values.dir, host: values.host, port });
  process.stdout.write(`Siyu Lab: ${served.url} (serving ${values.dir}/ with its Content-Security-Policy as a header)\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
