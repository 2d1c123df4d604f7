import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { createStaticServer } from '../../../src/tools/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'gw-serve-'));
mkdirSync(join(root, 'en'));
const page = `<!doctype html><title>Hello</title>${'<p>Groundwork</p>'.repeat(50)}`;
writeFileSync(join(root, 'en', 'index.html'), page);
writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
writeFileSync(join(root, '404.html'), 'Not here');

/** Gets a path: status, headers and the body as sent. */
function get(server: Server, path: string, encoding?: string) {
  const { port } = server.address() as { port: number };
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request({ port, path, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const plain = createStaticServer(root, '/');
const compressing = createStaticServer(root, '/', { compress: true });
beforeAll(async () => {
  await Promise.all([plain, compressing].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
});
afterAll(() => {
  plain.close();
  compressing.close();
});

describe('the static server', () => {
  test('sends files as they are unless asked to compress', async () => {
    const res = await get(plain, '/en/', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(page);
  });

  test('compresses text for a browser that accepts gzip, as a host does', async () => {
    const res = await get(compressing, '/en/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(res.body).toString()).toBe(page);
  });

  test('sends plain text to a browser that does not accept gzip, and images as they are', async () => {
    const text = await get(compressing, '/en/');
    expect(text.headers['content-encoding']).toBeUndefined();
    expect(text.body.toString()).toBe(page);
    const image = await get(compressing, '/icon.png', 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('compresses the 404 page too', async () => {
    const res = await get(compressing, '/missing/', 'gzip');
    expect(res.status).toBe(404);
    expect(gunzipSync(res.body).toString()).toBe('Not here');
  });
});
