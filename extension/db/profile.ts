import { newId } from '../../shared/ids.ts';
import { type Profile, ProfileDraft } from '../../shared/schemas/profile.ts';
import type { JobsmithDb } from './database.ts';

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
  return db.transaction('rw', db.profile, async () => {
    const existing = await loadProfile(db);
    const profile: Profile = {
      ...content,
      id: existing?.id ?? newId(now),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      deletedAt: null,
      clocks: existing?.clocks ?? {},
    };
    await db.profile.put(profile);
    return profile;
  });
}

/** The profile as a draft (what the editor and the export work on). */
export function toDraft(profile: Profile): ProfileDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, clocks: _k, ...content } = profile;
  return ProfileDraft.parse(content);
}
