import { type Profile, ProfileDraft } from '../../shared/schemas/profile.ts';
import type { JobsmithDb } from './database.ts';
import { recordChange } from './record-change.ts';

/**
 * A user has one profile, whichever device made it: a fixed id makes every device's profile the
 * same synced record, merged field by field, instead of two profiles competing.
 */
export const PROFILE_ID = '00000000000000000000000000';

/** The user's profile: one record per device database. */
export async function loadProfile(db: JobsmithDb): Promise<Profile | undefined> {
  const all = await db.profile.toArray();
  return all.find((p) => p.deletedAt === null);
}

/** Saves a reviewed draft as the profile, keeping the record's id and creation time. */
export async function saveProfile(db: JobsmithDb, draft: ProfileDraft, now: number): Promise<Profile> {
  // Blank lines typed in the editor are not bullets, and an empty row is not a role.
  const content = ProfileDraft.parse({
    ...draft,
    experience: draft.experience
      .map((e) => ({ ...e, bullets: e.bullets.map((b) => b.trim()).filter(Boolean) }))
      .filter((e) => e.title.trim() || e.employer.trim()),
    education: draft.education.filter((e) => e.school.trim() || e.degree.trim()),
  });
  return db.transaction('rw', db.profile, db.outbox, async () => {
    const existing = await loadProfile(db);
    const profile: Profile = {
      ...content,
      id: PROFILE_ID,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
      clocks: existing?.clocks ?? {},
      ...(existing?.history ? { history: existing.history } : {}),
    };
    return recordChange(db, 'profile', existing, profile, now);
  });
}

/** The profile as a draft (what the editor and the export work on). */
export function toDraft(profile: Profile): ProfileDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, clocks: _k, history: _h, ...content } = profile;
  return ProfileDraft.parse(content);
}
