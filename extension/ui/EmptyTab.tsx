import type { TabName } from './state.ts';

/** What each tab will hold, shown until the capability lands, so users know what to expect. */
const EMPTY: Record<Exclude<TabName, 'job' | 'settings' | 'profile' | 'tracker' | 'apply' | 'tailor'>, { title: string; text: string }> = {
  analytics: { title: 'Analytics', text: 'Your funnel and response rates, once you have applied to a few jobs.' },
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
