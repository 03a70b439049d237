import { useEffect, useState } from 'preact/compat';
import { getPreferences, type Preferences, setPreferences } from '../preferences.ts';

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
  /** The field's value as a whole number from 0 to max (days, or a percentage). */
  const whole = (value: string, max: number) => Math.max(0, Math.min(max, Math.round(Number(value) || 0)));
  return (
    <section className="card preferences" data-testid="preferences">
      <h2>Reminders</h2>
      <label>
        Follow up after (days without an answer; 0: never)
        <input
          type="number"
          min={0}
          max={90}
          data-testid="pref-follow-up"
          value={prefs.reminders.followUpDays}
          onChange={(e) => void save({ ...prefs, reminders: { ...prefs.reminders, followUpDays: whole(e.currentTarget.value, 90) } })}
        />
      </label>
      <label>
        Suggest "ghosted" after (days; 0: never)
        <input
          type="number"
          min={0}
          max={365}
          data-testid="pref-ghosted"
          value={prefs.reminders.ghostedDays}
          onChange={(e) => void save({ ...prefs, reminders: { ...prefs.reminders, ghostedDays: whole(e.currentTarget.value, 365) } })}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="pref-interviews"
          checked={prefs.reminders.interviews}
          onChange={(e) => void save({ ...prefs, reminders: { ...prefs.reminders, interviews: e.currentTarget.checked } })}
        />{' '}
        Remind me the day before an interview
      </label>
      <label>
        Warn when I applied to the same company within (days; 0: never)
        <input
          type="number"
          min={0}
          max={730}
          data-testid="pref-company-window"
          value={prefs.companyWindowDays}
          onChange={(e) => void save({ ...prefs, companyWindowDays: whole(e.currentTarget.value, 730) })}
        />
      </label>
      <h2>New jobs from companies you follow</h2>
      <label className="check">
        <input
          type="checkbox"
          data-testid="pref-discover-notify"
          checked={prefs.discover.notify}
          onChange={(e) => void save({ ...prefs, discover: { ...prefs.discover, notify: e.currentTarget.checked } })}
        />{' '}
        Notify me of a new job that fits me
      </label>
      <label>
        Fits me when its match is at least (%)
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          data-testid="pref-discover-threshold"
          disabled={!prefs.discover.notify}
          value={prefs.discover.notifyAbove}
          onChange={(e) => void save({ ...prefs, discover: { ...prefs.discover, notifyAbove: whole(e.currentTarget.value, 100) } })}
        />
      </label>
      {saved ? <p className="muted">Saved.</p> : null}
    </section>
  );
}
