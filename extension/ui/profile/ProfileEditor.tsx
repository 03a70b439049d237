import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import { ContactFieldset, PreferencesFieldset } from './ProfileContact.tsx';
import { EeoFieldset } from './ProfileEeo.tsx';
import { EducationFieldset, ExperienceFieldset } from './ProfileHistory.tsx';
import { SummaryFieldset } from './ProfileLists.tsx';

/** Every profile field, editable; used for the imported draft and for later edits alike. */
export function ProfileEditor({ draft, onChange }: { draft: ProfileDraft; onChange: (next: ProfileDraft) => void }) {
  const set = (patch: Partial<ProfileDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="editor">
      <ContactFieldset draft={draft} set={set} />
      <PreferencesFieldset draft={draft} set={set} />
      <SummaryFieldset draft={draft} set={set} />
      <ExperienceFieldset draft={draft} set={set} />
      <EducationFieldset draft={draft} set={set} />
      <EeoFieldset draft={draft} set={set} />
    </div>
  );
}
