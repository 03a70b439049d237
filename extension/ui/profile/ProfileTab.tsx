import { useEffect, useState } from 'preact/compat';
import type { ProfileDraft } from '../../../shared/schemas/profile.ts';
import { database } from '../../db/database.ts';
import { saveResumeFile } from '../../db/files.ts';
import { saveProfile, toDraft } from '../../db/profile.ts';
import { browserPdfJs } from '../../profile/browser-pdfjs.ts';
import { isDocx } from '../../profile/docx-text.ts';
import { importProfileFile } from '../../profile/import-file.ts';
import { profile, refreshProfile } from '../state.ts';
import { AnswersList } from './AnswersList.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Mode =
  | { kind: 'view' }
  | {
      kind: 'edit';
      draft: ProfileDraft;
      warnings: string[];
      imported: boolean;
      resume?: { name: string; type: string; bytes: Uint8Array };
    };

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ProfileTab() {
  const saved = profile.value;
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [status, setStatus] = useState<{ kind: 'busy' | 'error' | 'done'; text: string } | null>(null);

  useEffect(() => {
    void refreshProfile();
  }, []);

  async function onFile(file: File) {
    setStatus({ kind: 'busy', text: `Reading ${file.name}…` });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importProfileFile({ name: file.name, bytes }, browserPdfJs);
      // The resume itself (PDF or Word) is the file autofill attaches; plain text and a profile JSON are not resumes to send.
      const type =
        new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-' ? 'application/pdf' : isDocx(file.name, bytes) ? DOCX_TYPE : null;
      setMode({
        kind: 'edit',
        draft: result.profile,
        warnings: result.warnings,
        imported: true,
        ...(type ? { resume: { name: file.name, type, bytes } } : {}),
      });
      setStatus(null);
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }

  async function onSave(draft: ProfileDraft, resume?: { name: string; type: string; bytes: Uint8Array }) {
    try {
      await saveProfile(database(), draft, Date.now());
      // The imported PDF or Word file is the file autofill attaches to resume upload fields.
      if (resume) await saveResumeFile(database(), resume, Date.now());
      await refreshProfile();
      setMode({ kind: 'view' });
      setStatus({ kind: 'done', text: 'Profile saved.' });
    } catch (error) {
      setStatus({ kind: 'error', text: `Could not save: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <div className="profile">
      <section className="card">
        <h2>Your profile</h2>
        <p className="muted">
          Import your resume (PDF, Word .docx or plain text) or a profile you exported before (JSON). You review everything before it is
          saved; it stays on this device.
        </p>
        <div className="row">
          <label className="file-button">
            Import resume or profile…
            <input
              data-testid="profile-import"
              type="file"
              accept=".pdf,.docx,.txt,.json,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void onFile(file);
              }}
            />
          </label>
          {saved && mode.kind === 'view' && (
            <>
              <button
                type="button"
                className="secondary"
                data-testid="profile-edit"
                onClick={() => setMode({ kind: 'edit', draft: toDraft(saved), warnings: [], imported: false })}
              >
                Edit
              </button>
              <button
                type="button"
                className="secondary"
                data-testid="profile-export"
                onClick={() => download('jobsmith-profile.json', JSON.stringify(saved, null, 2))}
              >
                Export JSON
              </button>
            </>
          )}
        </div>
        {status && (
          <p
            className={status.kind === 'error' ? 'error' : 'muted'}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid="profile-status"
          >
            {status.text}
          </p>
        )}
      </section>

      {mode.kind === 'edit' ? (
        <section className="card">
          <h2>{mode.imported ? 'Review what we read' : 'Edit your profile'}</h2>
          {mode.warnings.length > 0 && (
            <ul className="warnings" data-testid="profile-warnings">
              {mode.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <ProfileEditor draft={mode.draft} onChange={(draft) => setMode({ ...mode, draft })} />
          <div className="row sticky">
            <button type="button" data-testid="profile-save" onClick={() => void onSave(mode.draft, mode.resume)}>
              Save profile
            </button>
            <button type="button" className="secondary" data-testid="profile-discard" onClick={() => setMode({ kind: 'view' })}>
              Discard
            </button>
          </div>
        </section>
      ) : saved ? (
        <section className="card" data-testid="profile-summary-card">
          <h3 data-testid="profile-name">{`${saved.name.first} ${saved.name.last}`.trim() || 'No name yet'}</h3>
          <p className="muted">{[saved.email, saved.phone, saved.location].filter(Boolean).join(' · ')}</p>
          <p>
            {saved.experience.length} roles · {saved.education.length} education · {saved.skills.length} skills
          </p>
          <p className="muted">{saved.skills.map((s) => s.name).join(', ')}</p>
        </section>
      ) : null}
      {mode.kind === 'view' && !saved && (
        <div className="empty" data-testid="profile-empty">
          <h2>No profile yet</h2>
          <p>Import your resume to build the profile that scoring, tailoring and autofill use.</p>
        </div>
      )}
      {mode.kind === 'view' && <AnswersList />}
    </div>
  );
}
