import { describe, expect, it } from 'vitest';
import { BOARD_KINDS, BOARD_READERS, BoardRefSchema, boardFromUrl, boardKey, boardLabel } from './registry.ts';

// Real addresses of each ATS's job pages, careers pages and APIs (several from the site units' test URLs).
const BOARDS: Array<[string, object]> = [
  ['https://boards.greenhouse.io/lumenhealth/jobs/5523344', { kind: 'greenhouse', slug: 'lumenhealth' }],
  ['https://job-boards.greenhouse.io/sonatus/jobs/5071418007', { kind: 'greenhouse', slug: 'sonatus' }],
  ['https://job-boards.eu.greenhouse.io/fjordenergy/jobs/4455667', { kind: 'greenhouse', slug: 'fjordenergy' }],
  ['https://boards.greenhouse.io/andurilindustries', { kind: 'greenhouse', slug: 'andurilindustries' }],
  ['https://boards.greenhouse.io/embed/job_board?for=airbnb', { kind: 'greenhouse', slug: 'airbnb' }],
  ['https://boards.greenhouse.io/embed/job_app?for=stripe&token=5523344', { kind: 'greenhouse', slug: 'stripe' }],
  ['https://boards-api.greenhouse.io/v1/boards/spacex/jobs', { kind: 'greenhouse', slug: 'spacex' }],
  ['https://jobs.lever.co/zoox/6a0e5b4c-3d2f-4e1a-9b8c-7d6e5f4a3b2c/apply', { kind: 'lever', slug: 'zoox' }],
  ['https://jobs.lever.co/plus-2', { kind: 'lever', slug: 'plus-2' }],
  ['https://jobs.eu.lever.co/harbor/7c1f3a52-9d0e-4b8f-a5c2-1e2d3f4a5b6c', { kind: 'lever', slug: 'harbor', host: 'api.eu.lever.co' }],
  ['https://api.lever.co/v0/postings/leverdemo?skip=1&limit=3&mode=json', { kind: 'lever', slug: 'leverdemo' }],
  [
    'https://jobs.ashbyhq.com/Superhuman%20Platform%20Inc/700c8d97-6ee3-4cb3-afff-b1e2fa157b1c',
    { kind: 'ashby', slug: 'Superhuman Platform Inc' },
  ],
  ['https://jobs.ashbyhq.com/ramp/34413f8d-26bf-4bbc-8ade-eb309a0e2245/application', { kind: 'ashby', slug: 'ramp' }],
  [
    'https://api.ashbyhq.com/posting-api/job-board/aurora-operations-inc?includeCompensation=true',
    { kind: 'ashby', slug: 'aurora-operations-inc' },
  ],
  [
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    { kind: 'workday', slug: 'autodesk', site: 'Ext', host: 'autodesk.wd1.myworkdayjobs.com' },
  ],
  [
    'https://begacheese.wd3.myworkdayjobs.com/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    { kind: 'workday', slug: 'begacheese', site: 'Bega_Careers', host: 'begacheese.wd3.myworkdayjobs.com' },
  ],
  [
    'https://generalmotors.wd5.myworkdayjobs.com/Careers_GM',
    { kind: 'workday', slug: 'generalmotors', site: 'Careers_GM', host: 'generalmotors.wd5.myworkdayjobs.com' },
  ],
  [
    'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Remote/Buyer_R-1',
    { kind: 'workday', slug: 'acme', site: 'External', host: 'wd3.myworkdaysite.com' },
  ],
  [
    'https://nvidia.wd5.myworkdayjobs.com/wday/cxs/nvidia/NVIDIAExternalCareerSite/jobs',
    { kind: 'workday', slug: 'nvidia', site: 'NVIDIAExternalCareerSite', host: 'nvidia.wd5.myworkdayjobs.com' },
  ],
  [
    'https://jobs.smartrecruiters.com/Square/743999977220153-staff-software-engineer-identity-and-access-management-trust',
    { kind: 'smartrecruiters', slug: 'Square' },
  ],
  ['https://careers.smartrecruiters.com/WesternDigital', { kind: 'smartrecruiters', slug: 'WesternDigital' }],
  [
    'https://jobs.smartrecruiters.com/oneclick-ui/company/CalderFreight/publication/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f?dcr_ci=CalderFreight',
    { kind: 'smartrecruiters', slug: 'CalderFreight' },
  ],
  ['https://api.smartrecruiters.com/v1/companies/BoschGroup/postings?limit=100&offset=0', { kind: 'smartrecruiters', slug: 'BoschGroup' }],
  ['https://brightloom.recruitee.com/o/backend-engineer-payments', { kind: 'recruitee', slug: 'brightloom' }],
  ['https://holepunch.recruitee.com/o/senior-node-engineer/c/new', { kind: 'recruitee', slug: 'holepunch' }],
  ['https://aaff.recruitee.com/api/offers', { kind: 'recruitee', slug: 'aaff' }],
  ['https://alpenkorn.jobs.personio.de/job/1948372?language=en&display=en', { kind: 'personio', slug: 'alpenkorn' }],
  ['https://momenta-europe-gmbh.jobs.personio.de/xml?language=en', { kind: 'personio', slug: 'momenta-europe-gmbh' }],
  [
    'https://greenbone-ag.jobs.personio.com/job/2546372',
    { kind: 'personio', slug: 'greenbone-ag', host: 'greenbone-ag.jobs.personio.com' },
  ],
  ['https://apply.workable.com/huble/j/927FD30DD5/', { kind: 'workable', slug: 'huble' }],
  ['https://apply.workable.com/pony-dot-ai/', { kind: 'workable', slug: 'pony-dot-ai' }],
  ['https://apply.workable.com/api/v1/widget/accounts/quillfeather?details=true', { kind: 'workable', slug: 'quillfeather' }],
  ['https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer', { kind: 'teamtailor', slug: 'tallbo' }],
  ['https://cybelangel.teamtailor.com/en/jobs/7307748-agentic-ai-engineer-intern', { kind: 'teamtailor', slug: 'cybelangel' }],
  [
    'https://apiuxtech.na.teamtailor.com/jobs/5123456-desarrollador-backend',
    { kind: 'teamtailor', slug: 'apiuxtech', host: 'apiuxtech.na.teamtailor.com' },
  ],
  ['https://delair.teamtailor.com/jobs.rss', { kind: 'teamtailor', slug: 'delair' }],
  ['https://remotive.com/remote-jobs/software-dev/lead-developer-123', { kind: 'remotive', slug: 'software-dev' }],
  ['https://remotive.com/api/remote-jobs', { kind: 'remotive', slug: 'all' }],
];

// Job pages of boards Jobsmith must not read from a server, the ATSs' own sites, and non-addresses.
const NOT_BOARDS = [
  'https://www.linkedin.com/jobs/view/4087654321/',
  'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
  'https://careers.airbnb.com/positions/8081925?gh_jid=8081925',
  'https://www.greenhouse.io/',
  'https://jobs.lever.co/',
  'https://www.teamtailor.com/en/',
  'https://app.recruitee.com/',
  'https://www.workable.com/',
  'https://www.myworkdayjobs.com/',
  'https://remotive.com/',
  'ftp://boards.greenhouse.io/acme',
  'not a url',
];

describe('boardFromUrl', () => {
  it.each(BOARDS)('%s', (url, board) => {
    expect(boardFromUrl(url)).toEqual(board);
  });
  it.each(NOT_BOARDS)('%s is no board', (url) => {
    expect(boardFromUrl(url)).toBeNull();
  });
  it('gives refs every reader accepts', () => {
    for (const [url] of BOARDS) expect(BoardRefSchema.safeParse(boardFromUrl(url)).success, url).toBe(true);
  });
});

describe('BoardRefSchema', () => {
  it('refuses a ref whose host is not its API’s, so a stored ref never sends a request elsewhere', () => {
    for (const bad of [
      { kind: 'workday', slug: 'acme', site: 'External', host: '169.254.169.254' },
      { kind: 'workday', slug: 'acme', site: 'External', host: 'evil.wd5.myworkdayjobs.com' },
      { kind: 'lever', slug: 'acme', host: 'localhost' },
      { kind: 'personio', slug: 'acme', host: 'other.jobs.personio.de' },
      { kind: 'greenhouse', slug: 'acme', host: 'boards-api.greenhouse.io.evil.com' },
      { kind: 'recruitee', slug: 'a/../b' },
      { kind: 'teamtailor', slug: 'acme', host: 'acme.teamtailor.com.evil.com' },
      { kind: 'nope', slug: 'acme' },
    ])
      expect(BoardRefSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe('boardKey and labels', () => {
  it('is one key per board whatever the page it was followed from', () => {
    const keys = [
      'https://boards.greenhouse.io/Acme/jobs/1',
      'https://job-boards.greenhouse.io/acme',
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs',
    ].map((url) => boardKey(boardFromUrl(url) ?? { kind: 'greenhouse', slug: '' }));
    expect(new Set(keys)).toEqual(new Set(['greenhouse::acme:']));
  });
  it('names every reader, one per kind', () => {
    expect(BOARD_READERS.map((r) => r.kind)).toEqual([...BOARD_KINDS]);
    expect(BOARD_KINDS.map(boardLabel)).toContain('SmartRecruiters');
    expect(boardLabel('remotive')).toBe('Remotive');
  });
});
