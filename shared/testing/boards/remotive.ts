import { type FakeApi, json } from './fake-api.ts';
import { descriptionHtml, type FakeBoard, type FakePosting, slugOf } from './postings.ts';

/** Remotive's remote-jobs API as GET https://remotive.com/api/remote-jobs answers it (see shared/boards/remotive.ts). */

const TYPE = { 'full-time': 'full_time', 'part-time': 'part_time', contract: 'contract', internship: 'internship' } as const;

function job(board: FakeBoard, p: FakePosting) {
  return {
    id: Number(p.id),
    url: `https://remotive.com/remote-jobs/software-dev/${slugOf(p.title)}-${p.id}`,
    title: p.title,
    company_name: p.company ?? board.company,
    company_logo: `https://remotive.com/job/${p.id}/logo`,
    category: 'Software Development',
    tags: p.requirements.slice(0, 2),
    job_type: p.employment ? TYPE[p.employment] : '',
    // Remotive writes times without a zone.
    publication_date: p.postedAt.slice(0, 19),
    candidate_required_location: p.country === 'Germany' ? 'Europe' : 'USA',
    salary: p.pay ? `$${p.pay.min / 1000}k - $${p.pay.max / 1000}k` : '',
    description: descriptionHtml(p),
  };
}

export const fakeRemotive: FakeApi = {
  kind: 'remotive',
  owns: (url) => url.hostname === 'remotive.com',
  serve(board, request) {
    if (request.url.hostname !== 'remotive.com' || request.url.pathname !== '/api/remote-jobs') return null;
    const category = request.url.searchParams.get('category');
    if ((category ?? 'all') !== board.ref.slug) return null;
    const jobs = board.postings.map((p) => job(board, p));
    return json({
      '00-warning': 'Remotive jobs are delayed by 24 hours.',
      '0-legal-notice': 'Remotive API Legal Notice',
      'job-count': jobs.length,
      'total-job-count': jobs.length,
      jobs,
    });
  },
};
