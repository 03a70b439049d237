import { useState } from 'preact/compat';
import type { Application } from '../../../shared/schemas/application.ts';
import { Form } from '../controls.tsx';
import { editApplication } from './TrackerState.ts';

type Contact = Application['contacts'][number];
const EMPTY: Contact = { name: '', role: '', email: '', linkedin: '' };

/** Only http(s) links become clickable: a contact's "LinkedIn" field is whatever the user pasted. */
function safeUrl(text: string): string | null {
  try {
    const url = new URL(text.includes('://') ? text : `https://${text}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The people at the company: recruiter, hiring manager, referrer. */
export function TrackerContacts({ application }: { application: Application }) {
  const [draft, setDraft] = useState<Contact>(EMPTY);
  const contacts = application.contacts;
  const set = (field: keyof Contact) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value });
  return (
    <section className="card">
      <h2>Contacts</h2>
      {contacts.length === 0 ? <p className="muted">No contacts yet.</p> : null}
      <ul className="contacts">
        {contacts.map((c, i) => {
          const linkedin = c.linkedin ? safeUrl(c.linkedin) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; the position is what "Remove" acts on, and rows hold no state.
            <li key={i} data-testid="contact-row">
              <div>
                <strong>{c.name}</strong>
                {c.role ? <span className="muted"> · {c.role}</span> : null}
                <div className="contact-links">
                  {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
                  {linkedin ? (
                    <a href={linkedin} target="_blank" rel="noreferrer">
                      LinkedIn
                    </a>
                  ) : null}
                </div>
              </div>
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove ${c.name}`}
                onClick={() => void editApplication(application.id, { contacts: contacts.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <Form
        className="contact-form"
        onSubmit={() => {
          const contact = { name: draft.name.trim(), role: draft.role.trim(), email: draft.email.trim(), linkedin: draft.linkedin.trim() };
          if (!contact.name) return;
          void editApplication(application.id, { contacts: [...contacts, contact] }).then(() => setDraft(EMPTY));
        }}
      >
        <input aria-label="Contact name" placeholder="Name" data-testid="contact-name" value={draft.name} onChange={set('name')} />
        <input aria-label="Contact role" placeholder="Role" data-testid="contact-role" value={draft.role} onChange={set('role')} />
        <input
          type="email"
          aria-label="Contact email"
          placeholder="Email"
          data-testid="contact-email"
          value={draft.email}
          onChange={set('email')}
        />
        <input
          aria-label="Contact LinkedIn"
          placeholder="LinkedIn URL"
          data-testid="contact-linkedin"
          value={draft.linkedin}
          onChange={set('linkedin')}
        />
        <button type="submit" className="small" data-testid="contact-add" disabled={!draft.name.trim() || contacts.length >= 100}>
          Add contact
        </button>
      </Form>
    </section>
  );
}
