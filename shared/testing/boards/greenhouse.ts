import { escapeUTF8 } from 'entities/escape';
import { type FakeApi, json } from './fake-api.ts';
import { descriptionHtml, type FakeBoard, type FakePosting, placeWithWorkplace } from './postings.ts';

/**
 * Greenhouse's Job Board API as it answers GET /v1/boards/{token}/jobs: the whole board, content
 * HTML escaped once more, pay ranges only with pay_transparency=true (see shared/boards/greenhouse.ts).
 */

function job(board: FakeBoard, p: FakePosting, withContent: boolean, withPay: boolean) {
  const id = Number(p.id);
  return {
    absolute_url: `https://job-boards.greenhouse.io/${board.ref.slug}/jobs/${id}`,
    data_compliance: [
      {
        type: 'gdpr',
        requires_consent: false,
        requires_processing_consent: false,
        requires_retention_consent: false,
        retention_period: null,
      },
    ],
    internal_job_id: id - 1_000_000,
    location: { name: placeWithWorkplace(p) },
    metadata: p.employment
      ? [{ id: 4121, name: 'Employment Type', value: p.employment === 'full-time' ? 'Full-time' : 'Contract', value_type: 'single_select' }]
      : null,
    id,
    updated_at: p.updatedAt.replace('Z', '-00:00'),
    requisition_id: `REQ-${id}`,
    title: p.title,
    company_name: board.company,
    first_published: p.postedAt,
    language: 'en',
    ...(withPay
      ? {
          pay_input_ranges: p.pay
            ? [
                {
                  min_cents: p.pay.min * 100,
                  max_cents: p.pay.max * 100,
                  currency_type: p.pay.currency,
                  title: p.pay.period === 'hour' ? 'Hourly Pay' : 'Base Salary',
                  blurb: '',
                },
                { min_cents: p.pay.min * 90, max_cents: p.pay.max * 90, currency_type: p.pay.currency, title: 'Zone 2', blurb: '' },
              ]
            : [],
        }
      : {}),
    ...(withContent
      ? {
          content: escapeUTF8(descriptionHtml(p)),
          departments: [{ id: 87, name: p.department, child_ids: [], parent_id: null }],
          offices: [{ id: 31, name: p.city, location: `${p.city}, ${p.country}`, child_ids: [], parent_id: null }],
        }
      : {}),
  };
}

export const fakeGreenhouse: FakeApi = {
  kind: 'greenhouse',
  owns: (url) => url.hostname === 'boards-api.greenhouse.io',
  serve(board, request) {
    if (request.url.hostname !== 'boards-api.greenhouse.io' || request.url.pathname !== `/v1/boards/${board.ref.slug}/jobs`) return null;
    const query = request.url.searchParams;
    const jobs = board.postings.map((p) => job(board, p, query.get('content') === 'true', query.get('pay_transparency') === 'true'));
    return json({ jobs, meta: { total: jobs.length } });
  },
};
