import { Field, type SectionProps } from './ProfileField.tsx';

/** The profile editor's contact details and preferences (salary, notice, work authorization, relocation). */

export function ContactFieldset({ draft, set }: SectionProps) {
  return (
    <fieldset>
      <legend>Contact</legend>
      <Field
        label="First name"
        testId="profile-first-name"
        value={draft.name.first}
        onChange={(first) => set({ name: { ...draft.name, first } })}
      />
      <Field
        label="Last name"
        testId="profile-last-name"
        value={draft.name.last}
        onChange={(last) => set({ name: { ...draft.name, last } })}
      />
      <Field label="Email" testId="profile-email" type="email" value={draft.email} onChange={(email) => set({ email })} />
      <Field label="Phone" testId="profile-phone" value={draft.phone} onChange={(phone) => set({ phone })} />
      <Field label="Location" testId="profile-location" value={draft.location} onChange={(location) => set({ location })} wide />
      <Field
        label="LinkedIn"
        testId="profile-linkedin"
        value={draft.links.linkedin}
        onChange={(linkedin) => set({ links: { ...draft.links, linkedin } })}
        wide
      />
      <Field
        label="GitHub"
        testId="profile-github"
        value={draft.links.github}
        onChange={(github) => set({ links: { ...draft.links, github } })}
      />
      <Field
        label="Portfolio"
        testId="profile-portfolio"
        value={draft.links.portfolio}
        onChange={(portfolio) => set({ links: { ...draft.links, portfolio } })}
      />
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
