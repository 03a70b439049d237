import { escapeUTF8 } from 'entities/escape';
import { type FakeApi, xml } from './fake-api.ts';
import { descriptionHtml, type FakeBoard, type FakePosting, slugOf } from './postings.ts';

/** A Teamtailor career site's RSS feed as GET https://{company}.teamtailor.com/jobs.rss answers it (see shared/boards/teamtailor.ts). */

const REMOTE = { remote: 'fully', hybrid: 'hybrid', onsite: 'none' } as const;

function item(board: FakeBoard, p: FakePosting): string {
  const host = board.ref.host ?? `${board.ref.slug}.teamtailor.com`;
  const link = `https://${host}/jobs/${p.id}-${slugOf(p.title)}`;
  return `<item>
      <title>${escapeUTF8(p.title)}</title>
      <description>${escapeUTF8(descriptionHtml(p))}</description>
      <pubDate>${new Date(p.postedAt).toUTCString().replace('GMT', '+0000')}</pubDate>
      <link>${link}</link>
      <remoteStatus>${p.workplace ? REMOTE[p.workplace] : 'none'}</remoteStatus>
      <guid>${p.id}-feed-guid</guid>
      <tt:locations><tt:location><tt:name>${escapeUTF8(p.city)}</tt:name><tt:city>${escapeUTF8(p.city)}</tt:city><tt:country>${escapeUTF8(p.country)}</tt:country></tt:location></tt:locations>
      <tt:department>${escapeUTF8(p.department)}</tt:department>
      <tt:role>${escapeUTF8(p.title)}</tt:role>
    </item>`;
}

export const fakeTeamtailor: FakeApi = {
  kind: 'teamtailor',
  owns: (url) => url.hostname.endsWith('.teamtailor.com'),
  serve(board, request) {
    const host = board.ref.host ?? `${board.ref.slug}.teamtailor.com`;
    if (request.url.hostname !== host || request.url.pathname !== '/jobs.rss') return null;
    const perPage = Number(request.url.searchParams.get('per_page') ?? 100);
    return xml(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
  <channel>
    <title>${escapeUTF8(board.company)}</title>
    <description>Current Job Openings</description>
    <link>https://${host}/jobs</link>
    ${board.postings
      .slice(0, perPage)
      .map((p) => item(board, p))
      .join('\n    ')}
  </channel>
</rss>`);
  },
};
