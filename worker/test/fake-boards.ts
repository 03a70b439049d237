import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { answerFake, FAKE_APIS, type FakeBoard, type FakeRequest } from '../../shared/testing/boards/index.ts';

/**
 * A local stand-in for every public job-board API Jobsmith reads (Greenhouse, Lever, Ashby,
 * Workday, SmartRecruiters, Recruitee, Personio, Workable, Teamtailor, Remotive), answering in
 * their real shapes (shared/testing/boards/). It serves the mirror layout `fetchBoard`'s
 * `apiBase` sends: https://boards-api.greenhouse.io/v1/boards/acme/jobs is asked as
 * {url}/boards-api.greenhouse.io/v1/boards/acme/jobs. Tests add, change and remove boards and
 * postings between reads (`boards` is live) and set a board's `mode` to make it close (404),
 * rate limit (429 + Retry-After), fail (500), send half a body, answer slowly, or fail its
 * details. Unchanged lists answer 304 to their ETag or Last-Modified. For the worker's tests,
 * e2e and the CLI's; never shipped.
 */
export interface FakeBoards {
  /** The `apiBase` to give fetchBoard (and `jobsmith board --api-base`). */
  url: string;
  boards: FakeBoard[];
  requests: FakeRequest[];
  close: () => Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The real URL a request stands for: asked under the API's own host name (the e2e browser is sent
 * here by its host rules), the URL itself; in the mirror layout, /{host}/{path}?{query} is
 * https://{host}/{path}?{query}.
 */
function realUrl(path: string, host: string | undefined): URL | null {
  const name = (host ?? '').replace(/:\d+$/, '');
  if (name && !/^(127\.|localhost$)/.test(name)) return new URL(`https://${name}${path}`);
  const match = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!match?.[1]) return null;
  try {
    return new URL(`https://${match[1]}${match[2] ?? '/'}`);
  } catch {
    return null;
  }
}

/**
 * `tls`: serve HTTPS (a certificate for the API hosts), for a browser reaching the APIs by their
 * own names; the default is plain HTTP in the mirror layout.
 */
export async function startFakeBoards(boards: FakeBoard[] = [], tls?: { key: string; cert: string }): Promise<FakeBoards> {
  const requests: FakeRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Tests in another process (e2e) replace the boards: PUT /__fake/boards with their JSON.
    if (req.method === 'PUT' && req.url === '/__fake/boards') {
      fake.boards.splice(0, fake.boards.length, ...(JSON.parse(await bodyOf(req)) as FakeBoard[]));
      res.writeHead(204).end();
      return;
    }
    const url = realUrl(req.url ?? '/', req.headers.host);
    if (!url) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('not a mirrored address');
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
    const body = await bodyOf(req);
    const request: FakeRequest = { method: req.method ?? 'GET', url, headers, ...(body ? { body } : {}) };
    requests.push(request);
    const answer = answerFake(FAKE_APIS, fake.boards, request);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (res.destroyed) return;
    res.writeHead(answer.status, answer.headers).end(answer.body);
  };
  const server: Server = tls ? createHttpsServer(tls, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeBoards = {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    boards,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
