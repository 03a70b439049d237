import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, fixtureDocument } from './test-fixtures.ts';

const URL_ =
  'https://www.stepstone.de/stellenangebote--Backend-Entwickler-Java-m-w-d-Hamburg-Nordlicht-Logistik-GmbH--13845210-inline.html';

const load = (edit?: (html: string) => string) => fixtureDocument('stepstone/posting.html', edit);

describe('StepStone', () => {
  it('reads the marked header, leaving out the CSS-in-JS inside it', () => {
    const job = expectCleanJob(load(), `${URL_}?rltr=1_1_25_seorl_m_0_0_0_0_0_0`, {
      source: 'stepstone',
      sourceId: '13845210',
      canonicalUrl: URL_,
    });
    expect(JSON.stringify(job)).not.toContain('BOOMR');
    // The salary section and the company card are not part of the posting's text.
    expect(job?.description).not.toContain('Gehalt');
    expect(job?.description).not.toContain('Mitarbeiter');
  });

  it('says home office only is remote, and a fixed term is a contract', () => {
    const job = extractJob(
      load((html) =>
        html.replace('Homeoffice möglich, Vollzeit', 'Nur Home-Office, Teilzeit').replace('Feste Anstellung', 'Befristeter Vertrag'),
      ),
      URL_,
    );
    expect(job).toMatchObject({ workplace: 'remote', employmentType: 'Part-time, Contract' });
  });

  it('takes no teaser for a salary', () => {
    const job = extractJob(
      load((html) => html.replace(/<div class="job-ad-display-1rb0j2t"[\s\S]*?<\/div><\/div>/, '')),
      URL_,
    );
    expect(job?.salary).toBeNull();
  });

  it('does not claim its pages that show no job', () => {
    expect(siteOfUrl(new URL('https://www.stepstone.de/jobs/software-engineer/in-hamburg'))).toBeNull();
  });
});
