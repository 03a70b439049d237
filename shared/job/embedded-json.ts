/**
 * Data that apps embed in a script as an assignment ("window.__appData = {...};" on Ashby):
 * the object literal after `marker`, found by matching braces outside strings, then parsed.
 * Null when the marker is absent or the object is not JSON; never throws.
 */
export function embeddedJson(script: string, marker: string): unknown {
  const at = script.indexOf(marker);
  if (at < 0) return null;
  const start = script.indexOf('{', at + marker.length);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < script.length; i++) {
    const c = script[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return parseJson(script.slice(start, i + 1));
  }
  return null;
}

/**
 * JSON.parse that also takes what sites publish as JSON-LD but is not quite JSON: raw line
 * breaks and tabs inside strings (Teamtailor) and trailing commas. Null when still unreadable.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Control characters are never valid in JSON, inside strings or out; white space outside is.
    const repaired = Array.from(text, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : c))
      .join('')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return null;
    }
  }
}
