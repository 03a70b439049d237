import { parseResume, type ResumeDraft } from '../../shared/resume/parse-resume.ts';
import { ResumeError } from '../../shared/resume/text-items.ts';
import { Profile, ProfileDraft } from '../../shared/schemas/profile.ts';
import { MAX_PAGES, type PdfJs, pdfTextPages } from './pdf-text.ts';

/**
 * One entry point for the Profile tab's file input: a resume PDF becomes a draft to review; a
 * profile JSON (an export from another machine) is validated and becomes the draft as is.
 */
export async function importProfileFile(file: { name: string; bytes: Uint8Array }, pdfjs: () => Promise<PdfJs>): Promise<ResumeDraft> {
  const head = new TextDecoder().decode(file.bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) {
    const { pages, totalPages } = await pdfTextPages(await pdfjs(), file.bytes);
    const draft = parseResume(pages);
    if (totalPages > MAX_PAGES) draft.warnings.unshift(`This PDF has ${totalPages} pages; only the first ${MAX_PAGES} were read.`);
    return draft;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    throw new ResumeError('not-pdf', `${file.name} is neither a PDF nor a profile JSON.`);
  }
  const asProfile = Profile.safeParse(json);
  const parsed = asProfile.success ? ProfileDraft.safeParse(asProfile.data) : ProfileDraft.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResumeError('unreadable', `${file.name} is not a Jobsmith profile (${issue?.path.join('.') || 'root'}: ${issue?.message}).`);
  }
  return { profile: parsed.data, warnings: [] };
}
