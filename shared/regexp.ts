/** Text as a regular expression that matches it literally (RegExp.escape, which Firefox 115–133 and older runtimes lack). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
