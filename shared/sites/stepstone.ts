import { defineSite } from './site.ts';

export const stepstone = defineSite({
  id: 'stepstone',
  label: 'StepStone',
  kind: 'board',
  // Job pages only ("/stellenangebote--<slug>--<id>-inline.html"): its search opens each job in
  // a new tab and shows no detail pane.
  matches: ['https://www.stepstone.de/stellenangebote--*', 'https://www.stepstone.at/stellenangebote--*'],
  formHosts: ['stepstone.de', 'stepstone.at'], // "Ich bin interessiert" applications run on its own pages
  testUrls: [
    'https://www.stepstone.de/stellenangebote--Backend-Entwickler-Java-m-w-d-Hamburg-Nordlicht-Logistik-GmbH--13845210-inline.html',
    'https://www.stepstone.de/stellenangebote--Werkstudent-in-Data-Analytics-Muenchen-Isarwerk-AG--13764605-inline.html?rltr=2_2_25_seorl_m_0_0_0_0_0_0',
    'https://www.stepstone.at/stellenangebote--Projektleiter-in-Hochbau-Wien-Alpenbau-GmbH--1123456-inline.html',
  ],
});
