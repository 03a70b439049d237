import { ProfileDraft } from '../schemas/profile.ts';

/** Realistic profiles for tests and benchmarks. */

export const NURSE: ProfileDraft = ProfileDraft.parse({
  name: { first: 'Maria', last: 'González' },
  email: 'maria.gonzalez@example.com',
  phone: '+1 314 555 0142',
  location: 'St. Louis, MO',
  workAuthorization: [{ country: 'US', authorized: true, needsSponsorship: false }],
  salaryExpectation: '$40/hr',
  experience: [
    {
      employer: 'Barnes-Jewish Hospital',
      title: 'Registered Nurse, Cardiac ICU',
      location: 'St. Louis, MO',
      start: '2019-06',
      end: null,
      bullets: [
        'Cared for 2–3 critically ill patients per shift in a 24-bed ICU',
        'Titrated drips and managed IV therapy; charted in Epic',
      ],
    },
    {
      employer: 'SSM Health',
      title: 'Registered Nurse, Med-Surg',
      location: 'St. Louis, MO',
      start: '2016-08',
      end: '2019-05',
      bullets: ['Patient education for post-surgical patients'],
    },
  ],
  education: [{ school: 'Saint Louis University', degree: 'Bachelor of Science in Nursing', field: 'Nursing', start: '2012', end: '2016' }],
  skills: [{ name: 'RN' }, { name: 'BLS' }, { name: 'ACLS' }, { name: 'Patient care' }],
  certifications: [{ name: 'Registered Nurse (Missouri)', issuer: 'Missouri State Board of Nursing' }],
  languages: [
    { name: 'English', level: 'native' },
    { name: 'Spanish', level: 'fluent' },
  ],
});

export const BACKEND_ENGINEER: ProfileDraft = ProfileDraft.parse({
  name: { first: 'Sam', last: 'Okafor' },
  email: 'sam@example.com',
  location: 'Berlin, Germany',
  workAuthorization: [
    { country: 'DE', authorized: true, needsSponsorship: false },
    { country: 'US', authorized: false, needsSponsorship: true },
  ],
  salaryExpectation: '€85,000',
  experience: [
    {
      employer: 'Zalando',
      title: 'Senior Backend Engineer',
      start: '2020-01',
      end: null,
      bullets: ['Built Go and Python services on Kubernetes', 'Ran PostgreSQL and Kafka at scale'],
    },
    {
      employer: 'SoundCloud',
      title: 'Backend Engineer',
      start: '2016-03',
      end: '2019-12',
      bullets: ['Scala and Java microservices', 'CI/CD with Jenkins'],
    },
  ],
  education: [{ school: 'TU Berlin', degree: 'M.Sc.', field: 'Computer Science' }],
  skills: [{ name: 'Go', years: 5 }, { name: 'Python', years: 8 }, { name: 'k8s' }, { name: 'AWS' }, { name: 'Terraform' }],
  languages: [
    { name: 'English', level: 'fluent' },
    { name: 'German', level: 'professional' },
  ],
});
