import type { TabName } from './state.ts';

/** What each tab will hold, shown until the capability lands, so users know what to expect. */
const EMPTY: Record<Exclude<TabName, 'job' | 'settings'>, { title: string; text: string }> = {
  tailor: { title: 'Tailor', text: 'Tailored resumes and cover letters for the job you are viewing will appear here.' },
  apply: { title: 'Apply', text: 'On an application form, Autofill fills what Jobsmith knows and lists what needs you.' },
  tracker: { title: 'Tracker', text: 'Every job you save becomes an application you can follow from saved to offer.' },
  analytics: { title: 'Analytics', text: 'Your funnel and response rates, once you have applied to a few jobs.' },
  profile: { title: 'Profile', text: 'Import your resume to build the profile that scoring, tailoring and autofill use.' },
};

export function EmptyTab({ tab }: { tab: keyof typeof EMPTY }) {
  const { title, text } = EMPTY[tab];
  return (
    <div className="empty" data-testid={`empty-${tab}`}>
      <h2>{title}</h2>
      <p>{text}</p>
    </div>
  );
}
