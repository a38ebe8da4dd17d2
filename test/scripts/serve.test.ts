/**
 * scripts/serve.ts, the tested way to serve the build: every response, the workers' scripts
 * included, carries index.html's Content-Security-Policy as a header with frame-ancestors; the
 * documented nginx and Caddy snippets say the same policy.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAME_ANCESTORS, SECURITY_HEADERS, headerPolicy, startServer, type StaticServer } from '../../scripts/serve.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INDEX = readFileSync(path.join(ROOT, 'index.html'), 'utf8');

/** A build's shape: the real index.html (its policy), a worker under assets/, a file outside. */
const dir = mkdtempSync(path.join(tmpdir(), 'siyu-serve-'));
const dist = path.join(dir, 'dist');
mkdirSync(path.join(dist, 'assets'), { recursive: true });
writeFileSync(path.join(dist, 'index.html'), INDEX);
writeFileSync(path.join(dist, 'assets', 'sim.worker-AbC123.js'), 'self.postMessage(1);\n');
writeFileSync(path.join(dir, 'secret.txt'), 'outside the build\n');

let served: StaticServer;
beforeAll(async () => {
  served = await startServer({ dir: dist, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw request (fetch would normalize `..` away before sending). */
function get(pathname: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(served.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const policy = headerPolicy(INDEX);

describe('the static server', () => {
  it('sends index.html\'s policy with frame-ancestors as a header on the page', async () => {
    const page = await get('/?test');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(policy);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self';.*; frame-ancestors 'none'$/);
    expect(policy.startsWith(/content="([^"]+)"/.exec(INDEX)![1].replace(/\s+/g, ' ').trim())).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers[name.toLowerCase()]).toBe(value);
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('sends the same policy with a worker\'s script, which does not inherit the page\'s <meta>', async () => {
    const worker = await get('/assets/sim.worker-AbC123.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['content-security-policy']).toBe(policy);
    expect(worker.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends it with errors too, and serves nothing outside the build', async () => {
    for (const pathname of ['/missing.js', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(404);
      expect(response.body, pathname).not.toContain('outside the build');
      expect(response.headers['content-security-policy'], pathname).toBe(policy);
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
    const post = await get('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers['content-security-policy']).toBe(policy);
  });

  it('refuses to serve a page that declares no policy', async () => {
    const bare = path.join(dir, 'bare');
    mkdirSync(bare);
    writeFileSync(path.join(bare, 'index.html'), '<!doctype html><title>x</title>');
    await expect(startServer({ dir: bare, port: 0 })).rejects.toThrow(/no <meta http-equiv="Content-Security-Policy">/);
  });
});

describe('docs/deployment.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs/deployment.md'), 'utf8');

  it('states the header policy, and the nginx and Caddy snippets send exactly it', () => {
    expect(doc).toContain(`\n${policy}\n`);
    expect(doc).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(doc).toContain(`Content-Security-Policy "${policy}"\n`);
    expect(policy.endsWith(FRAME_ANCESTORS)).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(doc).toContain(`add_header ${name} "${value}" always;`);
      expect(doc).toContain(`${name} "${value}"\n`);
    }
  });
});
