import { type FakeApi, json } from './fake-api.ts';
import type { FakeBoard, FakePosting } from './postings.ts';

/** Lever's Postings API as it answers GET /v0/postings/{site}?mode=json&skip=&limit=: a bare array, a page of it (see shared/boards/lever.ts). */

const WORKPLACE = { remote: 'remote', hybrid: 'hybrid', onsite: 'on-site' } as const;
const INTERVAL = { year: 'per-year-salary', month: 'per-month-salary', hour: 'per-hour-wage' } as const;

function posting(board: FakeBoard, p: FakePosting) {
  const id = `${p.id.padStart(8, '0')}-4d2f-4c3b-9a8e-7d6c5b4a3f21`;
  const url = `https://jobs.lever.co/${board.ref.slug}/${id}`;
  const opening = `<div>${p.summary}</div>`;
  return {
    additionalPlain: 'We are an equal opportunity employer.',
    additional: '<div>We are an equal opportunity employer.</div>',
    categories: {
      commitment: p.employment === 'contract' ? 'Contract' : 'Full Time',
      department: p.department,
      location: p.city,
      team: 'Core',
      allLocations: [p.city],
    },
    createdAt: Date.parse(p.postedAt),
    descriptionPlain: p.summary,
    description: opening,
    id,
    lists: [
      { text: 'What you bring', content: p.requirements.map((r) => `<li>${r}</li>`).join('') },
      { text: 'Nice to have', content: p.niceToHave.map((r) => `<li>${r}</li>`).join('') },
    ],
    text: p.title,
    country: p.country === 'Germany' ? 'DE' : 'US',
    workplaceType: p.workplace ? WORKPLACE[p.workplace] : 'unspecified',
    opening,
    openingPlain: p.summary,
    descriptionBody: '',
    descriptionBodyPlain: '',
    hostedUrl: url,
    applyUrl: `${url}/apply`,
    ...(p.pay ? { salaryRange: { currency: p.pay.currency, interval: INTERVAL[p.pay.period], min: p.pay.min, max: p.pay.max } } : {}),
  };
}

export const fakeLever: FakeApi = {
  kind: 'lever',
  owns: (url) => url.hostname === 'api.lever.co' || url.hostname === 'api.eu.lever.co',
  serve(board, request) {
    const host = board.ref.host ?? 'api.lever.co';
    if (request.url.hostname !== host || request.url.pathname !== `/v0/postings/${board.ref.slug}`) return null;
    const skip = Number(request.url.searchParams.get('skip') ?? 0);
    const limit = Number(request.url.searchParams.get('limit') ?? board.postings.length);
    return json(board.postings.slice(skip, skip + limit).map((p) => posting(board, p)));
  },
  unknown: () => json({ ok: false, error: 'Document not found' }, 404),
};
