import { defineSite, onCustomerSubdomains } from './site.ts';

export const teamtailor = defineSite({
  id: 'teamtailor',
  label: 'Teamtailor',
  kind: 'ats',
  // Career sites live at <company>.teamtailor.com (and <company>.na.teamtailor.com); a job is
  // /jobs/<id>-<slug>, its form /jobs/<id>-<slug>/applications/new, both under an optional
  // language prefix (/en/jobs/…). Companies on their own domain are read by their JSON-LD.
  // The board API is the career site's public RSS feed, /jobs.rss on its host.
  ...onCustomerSubdomains(['teamtailor.com'], 'jobs/*', '*/jobs/*'),
  testUrls: [
    'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer',
    'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer/applications/new',
    'https://cybelangel.teamtailor.com/en/jobs/7307748-agentic-ai-engineer-intern',
    'https://apiuxtech.na.teamtailor.com/jobs/5123456-desarrollador-backend',
  ],
});
