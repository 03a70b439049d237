import { parseResume, type ResumeDraft } from '../../shared/resume/parse-resume.ts';
import { plainTextPages, ResumeError } from '../../shared/resume/text-items.ts';
import { Profile, ProfileDraft } from '../../shared/schemas/profile.ts';
import { docxTextPages, isDocx } from './docx-text.ts';
import { MAX_PAGES, type PdfJs, pdfTextPages } from './pdf-text.ts';

/** The largest plain-text resume read. */
const MAX_TEXT_BYTES = 1024 * 1024;

/**
 * One entry point for the Profile tab's file input: a resume PDF, DOCX or plain text becomes a draft to review; a
 * profile JSON (an export from another machine) is validated and becomes the draft as is.
 */
export async function importProfileFile(file: { name: string; bytes: Uint8Array }, pdfjs: () => Promise<PdfJs>): Promise<ResumeDraft> {
  // A Word resume goes through the same parser as a PDF.
  if (isDocx(file.name, file.bytes)) return parseResume(await docxTextPages(file.bytes));
  // Word saves a password-protected .docx as an encrypted OLE container.
  if (/\.docx$/i.test(file.name) && file.bytes[0] === 0xd0 && file.bytes[1] === 0xcf && file.bytes[2] === 0x11 && file.bytes[3] === 0xe0)
    throw new ResumeError('password', `${file.name} is protected with a password. Save it again without one, or as a PDF.`);
  const head = new TextDecoder().decode(file.bytes.subarray(0, 8));
  if (head.startsWith('%PDF-')) {
    const { pages, totalPages } = await pdfTextPages(await pdfjs(), file.bytes);
    const draft = parseResume(pages);
    if (totalPages > MAX_PAGES) draft.warnings.unshift(`This PDF has ${totalPages} pages; only the first ${MAX_PAGES} were read.`);
    return draft;
  }
  // Plain text (an ATS export, a copy of the resume's text): its lines, without a layout.
  if (/\.txt$/i.test(file.name)) {
    if (file.bytes.byteLength > MAX_TEXT_BYTES)
      throw new ResumeError('too-large', `${file.name} is over 1 MB; a resume's text is far smaller.`);
    const text = new TextDecoder().decode(file.bytes);
    if (!text.trim()) throw new ResumeError('no-text', `${file.name} is empty.`);
    return parseResume(plainTextPages(text));
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    throw new ResumeError('not-pdf', `${file.name} is neither a PDF, a Word (.docx) file, plain text (.txt) nor a profile JSON.`);
  }
  const asProfile = Profile.safeParse(json);
  const parsed = asProfile.success ? ProfileDraft.safeParse(asProfile.data) : ProfileDraft.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResumeError('unreadable', `${file.name} is not a Jobsmith profile (${issue?.path.join('.') || 'root'}: ${issue?.message}).`);
  }
  return { profile: parsed.data, warnings: [] };
}
