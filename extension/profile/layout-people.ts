/** The people the layout resumes (layout-resumes.ts) are written from: the data that is their truth. */

export interface Role {
  title: string;
  employer: string;
  city: string;
  /** [month 1–12 or null, year]; end null = present. */
  start: [number | null, number];
  end: [number | null, number] | null;
  bullets: string[];
}
interface School {
  school: string;
  degree: string;
  end: number;
  start: number;
}
export interface Person {
  name: string;
  email: string;
  phone: string;
  location: string;
  roles: Role[];
  schools: School[];
  skills: string[];
}

export const PEOPLE: Person[] = [
  {
    name: 'Marisol Ortega',
    email: 'marisol.ortega@example.com',
    phone: '(512) 555-0142',
    location: 'Austin, TX',
    roles: [
      {
        title: 'Senior Data Engineer',
        employer: 'Lonestar Analytics',
        city: 'Austin, TX',
        start: [3, 2021],
        end: null,
        bullets: ['Built the streaming pipeline that feeds 40 dashboards', 'Cut warehouse costs by 30% with partitioned tables'],
      },
      {
        title: 'Data Analyst',
        employer: 'Bluebonnet Health',
        city: 'Dallas, TX',
        start: [6, 2017],
        end: [2, 2021],
        bullets: ['Wrote the weekly claims report in SQL and Python'],
      },
    ],
    schools: [{ school: 'University of Houston', degree: 'Bachelor of Science in Statistics', start: 2013, end: 2017 }],
    skills: ['Python', 'SQL', 'Airflow', 'Tableau'],
  },
  {
    name: 'Tobias Lindqvist',
    email: 'tobias.lindqvist@example.org',
    phone: '+1 (415) 555-0199',
    location: 'San Francisco, CA',
    roles: [
      {
        title: 'Product Designer',
        employer: 'Harborlight Software',
        city: 'San Francisco, CA',
        start: [1, 2022],
        end: null,
        bullets: ['Redesigned onboarding, raising activation by 12%', 'Ran 30 user interviews a quarter'],
      },
      {
        title: 'UX Designer',
        employer: 'Cobalt Media Group',
        city: 'Oakland, CA',
        start: [9, 2018],
        end: [12, 2021],
        bullets: ['Designed the mobile checkout used by 2 million readers'],
      },
      {
        title: 'Design Intern',
        employer: 'Fogline Studio',
        city: 'Berkeley, CA',
        start: [6, 2017],
        end: [8, 2017],
        bullets: ['Drew icons and screens for two client apps'],
      },
    ],
    schools: [{ school: 'California College of the Arts', degree: 'Bachelor of Fine Arts', start: 2014, end: 2018 }],
    skills: ['Figma', 'User research', 'Prototyping', 'HTML'],
  },
];
