import type { Block } from './html-blocks.ts';

export interface Requirements {
  required: string[];
  preferred: string[];
}

// Headings that open a list of preferred qualifications. Checked before REQUIRED, because
// "Preferred qualifications" also contains "qualifications".
const PREFERRED =
  /nice[\s-]to[\s-]have|preferred|bonus|\bplus\b|desired|desirable|good to have|would be (great|a plus)|great if|even better|ideally|extra (credit|points)|added advantage|stand out|not required|optional|wünschenswert|von vorteil/i;
// Headings that open the must-haves.
const REQUIRED =
  /requirement|qualifications?|must[\s-]have|what you('ll| will)? (need|bring)|you (have|bring|are)|who you are|about you|skills|experience|what we('re| are) looking for|minimum|basic|anforderungen|your profile|dein profil|ihr profil|votre profil/i;
// Headings that end a requirements section (responsibilities, benefits, company blurbs).
const OTHER =
  /responsibilit|what you('ll| will) do|the role|benefits|perks|we offer|about (us|the (company|team))|compensation|salary|how to apply|aufgaben|wir bieten/i;

// Items that mark themselves optional inside a required list.
const INLINE_PREFERRED = /\b(preferred|is a plus|a plus|nice to have|bonus|ideally|desirable|advantageous|an advantage|beneficial)\b/i;

/** Required vs preferred qualifications, from the sections the page itself shows. */
export function splitRequirements(blocks: readonly Block[]): Requirements {
  const result: Requirements = { required: [], preferred: [] };
  let section: 'required' | 'preferred' | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (PREFERRED.test(block.text)) section = 'preferred';
      else if (OTHER.test(block.text)) section = null;
      else if (REQUIRED.test(block.text)) section = 'required';
      else section = null;
      continue;
    }
    if (!section || block.kind !== 'item') continue;
    const target = section === 'required' && INLINE_PREFERRED.test(block.text) ? 'preferred' : section;
    if (result[target].length < 100) result[target].push(block.text.slice(0, 1000));
  }
  return result;
}
