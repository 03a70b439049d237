/**
 * What a control's own label says when the question is elsewhere: its group's ("Resume/CV" around
 * "Attach"), or the heading above it ("Resume*" above BambooHR's "file-input", SmartRecruiters'
 * "Choose a file or drop it here"). A verb alone, or a verb about files; "Select your country" asks something.
 */
export function isGenericLabel(label: string): boolean {
  const t = label.replace(/[*✱]|\((required|optional)\)/gi, '').trim();
  if (t.length > 50) return false;
  if (/^((enter|type|paste) manually|file([- ]?(input|upload))?|(or )?drag (and|&) drop.*)$/i.test(t)) return true;
  return /^(attach|upload|browse|choose|select|add|drop)\b/i.test(t) && (/^\w+$/.test(t) || /\b(files?|documents?|here|drop)\b/i.test(t));
}
