import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Emit } from '../../src/main/jobs/jobManager';
import { createHandlers } from '../../src/main/ipc/createHandlers';
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch';
import { createAppContext, disposeAppContext, type AppContext } from '../../src/main/ipc/appContext';
import { encodeBinaryEnvelope } from './binaryEnvelope';
import { transportScript } from './transportScript';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

export interface TestHostOptions {
  libraryDir: string;
  /** What the "Import…" dialog returns. */
  pickImportPaths?: string[];
  /** What the "Load label map…" dialog returns. */
  pickLabelFile?: string;
  /** What the "Export…" folder dialog returns. */
  pickExportFolder?: string;
  /** File name → absolute path, for drag-and-drop (a browser File has no path; Electron's webUtils gives one). */
  dropPaths?: Record<string, string>;
  userModelsDir?: string;
}

export interface TestHost {
  url: string;
  context: AppContext;
  handlers: Handlers;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves the BUILT renderer (npm run build → out/renderer) on 127.0.0.1 and carries the IPC contract to the
 * real services over HTTP: the same createHandlers + dispatch that Electron registers; only the transport differs.
 */
export async function startTestHost(options: TestHostOptions): Promise<TestHost> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error(`Renderer not built: run npm run build (missing ${RENDERER_DIR})`);
  const clients = new Set<http.ServerResponse>();
  const emit: Emit = (event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const c of clients) c.write(data);
  };
  const context = createAppContext({
    libraryDir: options.libraryDir,
    appModelsDir: path.join(REPO_ROOT, 'models'),
    userModelsDir: options.userModelsDir ?? path.join(options.libraryDir, '..', 'user-models'),
    emit,
    pickImportPaths: async () => options.pickImportPaths ?? [],
    pickLabelFile: async () => options.pickLabelFile ?? null,
    pickExportFolder: async () => options.pickExportFolder ?? null,
  });
  const handlers = createHandlers(context);
  const script = transportScript(options.dropPaths ?? {});

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__ostendo/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (url.pathname === '/__ostendo/transport.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
      return;
    }
    if (url.pathname.startsWith('/__ostendo/invoke/') && req.method === 'POST') {
      const channel = decodeURIComponent(url.pathname.slice('/__ostendo/invoke/'.length));
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let request: unknown;
        try {
          request = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          request = undefined;
        }
        void dispatch(handlers, channel, request).then((envelope) => {
          res.writeHead(200, { 'content-type': 'application/octet-stream' });
          res.end(encodeBinaryEnvelope(envelope));
        });
      });
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    let body: Buffer | string = fs.readFileSync(file);
    if (rel === 'index.html') {
      // the transport must define window.api before the app's module script runs
      body = body.toString('utf8').replace('<head>', '<head>\n    <script src="/__ostendo/transport.js"></script>');
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    context,
    handlers,
    async close() {
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await disposeAppContext(context);
    },
  };
}
