import { Field, type SectionProps } from './ProfileField.tsx';

/** The profile editor's contact details and preferences (salary, notice, work authorization, relocation). */

const NAME_PARTS = [
  { part: 'first', label: 'First name', testId: 'profile-first-name' },
  { part: 'last', label: 'Last name', testId: 'profile-last-name' },
] as const;

const LINKS = [
  { link: 'linkedin', label: 'LinkedIn', wide: true },
  { link: 'github', label: 'GitHub', wide: false },
  { link: 'portfolio', label: 'Portfolio', wide: false },
] as const;

export function ContactFieldset({ draft, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Contact</legend>
      {NAME_PARTS.map(({ part, label, testId }) => (
        <Field
          key={part}
          label={label}
          testId={testId}
          value={draft.name[part]}
          onChange={(v) => set({ name: { ...draft.name, [part]: v } })}
        />
      ))}
      <Field label="Email" testId="profile-email" type="email" value={draft.email} onChange={(email) => set({ email })} />
      <Field label="Phone" testId="profile-phone" value={draft.phone} onChange={(phone) => set({ phone })} />
      <Field label="Location" testId="profile-location" value={draft.location} onChange={(location) => set({ location })} wide />
      {LINKS.map(({ link, label, wide }) => (
        <Field
          key={link}
          label={label}
          testId={`profile-${link}`}
          value={draft.links[link]}
          onChange={(v) => set({ links: { ...draft.links, [link]: v } })}
          wide={wide}
        />
      ))}
    </fieldset>
  );
}

export function PreferencesFieldset({ draft, set }: SectionProps) {
  const auth = draft.workAuthorization[0] ?? { country: '', authorized: true, needsSponsorship: false };
  const setAuth = (patch: Partial<typeof auth>) => {
    const next = { ...auth, ...patch };
    set({
      workAuthorization:
        next.country.length === 2
          ? [{ ...next, country: next.country.toUpperCase() }, ...draft.workAuthorization.slice(1)]
          : draft.workAuthorization.slice(1),
    });
  };

  return (
    <fieldset>
      <legend>Preferences</legend>
      <Field
        label="Salary expectation"
        testId="profile-salary"
        value={draft.salaryExpectation}
        onChange={(salaryExpectation) => set({ salaryExpectation })}
      />
      <Field label="Notice period" testId="profile-notice" value={draft.noticePeriod} onChange={(noticePeriod) => set({ noticePeriod })} />
      <Field
        label="Earliest start"
        testId="profile-start"
        value={draft.earliestStart}
        onChange={(earliestStart) => set({ earliestStart })}
      />
      <Field
        label="Authorized to work in (country code)"
        testId="profile-work-country"
        value={auth.country}
        onChange={(country) => setAuth({ country })}
      />
      <label className="check">
        <input
          type="checkbox"
          data-testid="profile-sponsorship"
          checked={auth.needsSponsorship}
          onChange={(e) => setAuth({ needsSponsorship: e.currentTarget.checked })}
        />
        I need visa sponsorship
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="profile-relocate"
          checked={draft.willingToRelocate === true}
          onChange={(e) => set({ willingToRelocate: e.currentTarget.checked })}
        />
        Open to relocating
      </label>
    </fieldset>
  );
}
