import type { ProfileDraft } from '../schemas/profile.ts';
import type { JobRequirements } from './job-requirements.ts';
import type { ProfileFacts } from './profile-facts.ts';
import type { Knockout } from './score-parts.ts';
import { skillsIn } from './skills.ts';

/**
 * Knock-outs: conditions of the job the profile does not meet (no sponsorship while the user
 * needs it, a clearance, a license, a language, work authorization). They do not change the
 * score; they are warnings the user must see.
 */

export function knockouts(req: JobRequirements, profile: ProfileDraft, facts: ProfileFacts): Knockout[] {
  const out: Knockout[] = [];
  const needsSponsorship = profile.workAuthorization.some((w) => w.needsSponsorship);
  for (const c of req.conditions) {
    if (c.kind === 'no-sponsorship' && needsSponsorship)
      out.push({ kind: c.kind, message: 'No visa sponsorship, and your profile says you need it.' });
    if (c.kind === 'clearance' && !/clearance/i.test(facts.text))
      out.push({ kind: c.kind, message: 'Requires a security clearance, which your profile does not list.' });
    if (c.kind === 'license') {
      const licenseSkills = skillsIn(c.license);
      const held =
        licenseSkills.length > 0
          ? licenseSkills.every((s) => facts.skills.has(s.name))
          : facts.text.toLowerCase().includes(c.license.toLowerCase());
      if (!held) out.push({ kind: c.kind, message: `Requires an active ${c.license} license, which your profile does not list.` });
    }
    if (
      c.kind === 'language' &&
      !profile.languages.some((l) => l.name.toLowerCase() === c.language.toLowerCase()) &&
      !facts.skills.has(c.language)
    ) {
      out.push({ kind: c.kind, message: `Requires fluent ${c.language}, which your profile does not list.` });
    }
    if (c.kind === 'authorization') {
      const auth = profile.workAuthorization.find((w) => w.country.toUpperCase() === c.country);
      if (!auth?.authorized)
        out.push({
          kind: c.kind,
          message: `Requires authorization to work in ${c.country}${auth ? ', which your profile says you lack' : ', not in your profile'}.`,
        });
    }
  }
  return out;
}
