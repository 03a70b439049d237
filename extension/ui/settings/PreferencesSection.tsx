import { useEffect, useState } from 'preact/compat';
import { getPreferences, type Preferences, setPreferences } from '../../preferences.ts';

/** A number field kept to a whole number from 0 to max (days, or a percentage). */
function WholeNumber(props: {
  children: string;
  testId: string;
  max: number;
  step?: number;
  disabled?: boolean;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label>
      {props.children}
      <input
        type="number"
        min={0}
        max={props.max}
        step={props.step}
        data-testid={props.testId}
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(Math.max(0, Math.min(props.max, Math.round(Number(e.currentTarget.value) || 0))))}
      />
    </label>
  );
}

function Check(props: { children: string; testId: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" data-testid={props.testId} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />{' '}
      {props.children}
    </label>
  );
}

/** Reminders, the duplicate guard and new-job notifications: how many days (or how good a match), and whether at all. */
export function PreferencesSection() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    getPreferences().then(setPrefs, () => undefined);
  }, []);
  if (!prefs) return null;
  const save = async (next: Preferences) => {
    setPrefs(next);
    setSaved(false);
    await setPreferences(next);
    setSaved(true);
  };
  const reminders = (patch: Partial<Preferences['reminders']>) => void save({ ...prefs, reminders: { ...prefs.reminders, ...patch } });
  const discover = (patch: Partial<Preferences['discover']>) => void save({ ...prefs, discover: { ...prefs.discover, ...patch } });
  return (
    <section className="card preferences" data-testid="preferences">
      <h2>Reminders</h2>
      <WholeNumber
        testId="pref-follow-up"
        max={90}
        value={prefs.reminders.followUpDays}
        onChange={(followUpDays) => reminders({ followUpDays })}
      >
        Follow up after (days without an answer; 0: never)
      </WholeNumber>
      <WholeNumber
        testId="pref-ghosted"
        max={365}
        value={prefs.reminders.ghostedDays}
        onChange={(ghostedDays) => reminders({ ghostedDays })}
      >
        Suggest "ghosted" after (days; 0: never)
      </WholeNumber>
      <Check testId="pref-interviews" checked={prefs.reminders.interviews} onChange={(interviews) => reminders({ interviews })}>
        Remind me the day before an interview
      </Check>
      <WholeNumber
        testId="pref-company-window"
        max={730}
        value={prefs.companyWindowDays}
        onChange={(companyWindowDays) => void save({ ...prefs, companyWindowDays })}
      >
        Warn when I applied to the same company within (days; 0: never)
      </WholeNumber>
      <h2>New jobs from companies you follow</h2>
      <Check testId="pref-discover-notify" checked={prefs.discover.notify} onChange={(notify) => discover({ notify })}>
        Notify me of a new job that fits me
      </Check>
      <WholeNumber
        testId="pref-discover-threshold"
        max={100}
        step={5}
        disabled={!prefs.discover.notify}
        value={prefs.discover.notifyAbove}
        onChange={(notifyAbove) => discover({ notifyAbove })}
      >
        Fits me when its match is at least (%)
      </WholeNumber>
      {saved ? <p className="muted">Saved.</p> : null}
    </section>
  );
}
