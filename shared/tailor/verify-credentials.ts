import { degreeLevelOf } from '../match/degrees.ts';
import { canonicalSkill } from '../match/skills.ts';
import { countriesNamedIn } from '../reference/country-mentions.ts';
import type { AddClaim, Known } from './verify-known.ts';
import { sentencesOf, tokens, within } from './verify-words.ts';

/** Degrees, certifications, clearances and work authorization a text states: each must be the profile's. */

const DEGREE_PHRASE =
  /\b(?:ph\.?\s?d\.?|doctorate|doctoral degree|master'?s?(?:\s+degree)?|m\.\s?sc?\.?|m\.?sc\.?|mba|m\.?b\.?a\.|m\.?eng\.?|m\.a\.|bachelor'?s?(?:\s+degree)?|b\.\s?sc?\.?|b\.?sc\.?|b\.a\.|bsn|b\.?eng\.?|associate'?s?\s+degree|(?:MS|MSc|MA|MEng|BS|BSc|BA|BEng|BBA|PhD|DPhil|JD|MD)(?=\s*(?:,|in\b|of\b|degree\b|\())|(?:bachelor|master|doctor)\s+of\s+[A-Z][\p{L}]+)(?:\s+(?:in|of)\s+((?:[A-Z][\p{L}-]*|and|&)(?:\s+(?:[A-Z][\p{L}-]*|and|&)){0,4}))?/giu;
const CERT_ACRONYMS =
  /\b(PMP|CAPM|CPA|CFA|CMA|FRM|CISSP|CISM|CISA|CEH|OSCP|CCNA|CCNP|CCIE|CKA|CKAD|CKS|CSM|CSPO|PSM|SAFe|PHR|SPHR|SHRM-CP|SHRM-SCP|RHCE|RHCSA|ITIL|TOGAF|PRINCE2|Security\+|Network\+|A\+|CCRN|CEN|PALS|NRP|CDL|ASE)(?![\p{L}\p{N}+])/gu;
const CERT_PHRASE =
  /\b((?:[A-Z][\p{L}\p{N}+&-]*\s+){0,3}[Cc]ertified(?:\s+[A-Z][\p{L}\p{N}+&-]*){1,4}|(?:[A-Z][\p{L}\p{N}+&-]*\s+){1,4}(?:[Cc]ertification|[Cc]ertificate|[Ll]icen[cs]e)|(?:Six Sigma|Lean)\s+(?:Green|Black|Yellow)\s+Belt)/gu;
const CLEARANCE =
  /\b(?:(?:active|current|top[- ]secret|ts\/sci|secret|public[- ]trust|security|dod|government|federal)\s+)*clearance\b|\bTS\/SCI\b/giu;
const AUTHORIZATION =
  /\b(?:(?:u\.?s\.?|american|british|canadian|eu|german|french|indian|australian)\s+)?citizen(?:ship)?\b|\bgreen card\b|\bpermanent resident\b|\bH-?1B\b|\bwork (?:visa|permit)\b|\bvisa\b|\bsponsorship\b|\bsponsor\b|\b(?:authori[sz]ed|eligible|entitled|cleared) to work\b|\bright to work\b/giu;
export function checkCredentials(k: Known, text: string, add: AddClaim) {
  const prose = k.prose;
  const inProse = (phrase: string) => within(tokens(phrase), prose);
  for (const m of text.matchAll(DEGREE_PHRASE)) {
    const phrase = m[0].trim();
    const level = degreeLevelOf(phrase) ?? degreeLevelOf(phrase.replace(/\s+(?:in|of)\s+.*$/, ''));
    if (level === null) continue;
    const held = k.degrees.filter((d) => d.level === level);
    const field = m[1] ? tokens(m[1]).filter((w) => w !== 'and') : [];
    if (held.length === 0 || (field.length > 0 && !held.some((d) => field.every((w) => d.words.includes(w))))) add('degree', phrase);
  }
  for (const m of text.matchAll(CERT_ACRONYMS))
    if (!inProse(m[0]) && !k.skills.has(canonicalSkill(m[0])?.name ?? m[0])) add('certification', m[0]);
  for (const m of text.matchAll(CERT_PHRASE)) {
    const phrase = m[0].trim();
    const words = tokens(phrase).filter((w) => !['certified', 'certification', 'certificate', 'license', 'licence'].includes(w));
    if (words.length === 0 || within(words, prose)) continue;
    // "AWS certification" when the profile lists "AWS Certified Solutions Architect".
    if (words.every((w) => prose.includes(w)) && /certif/.test(prose.join(' '))) continue;
    add('certification', phrase);
  }
  for (const m of text.matchAll(CLEARANCE)) {
    const words = tokens(m[0]).filter((w) => !['active', 'current'].includes(w));
    if (!within(words, prose)) add('clearance', m[0].trim());
  }
  for (const sentence of sentencesOf(text)) {
    for (const m of sentence.text.matchAll(AUTHORIZATION)) {
      if (!authorizationSupported(k, sentence.text, m[0])) add('authorization', m[0].trim());
    }
  }
}

/** A statement of citizenship, visa or sponsorship is the profile's when its work authorization says so. */
function authorizationSupported(k: Known, sentence: string, phrase: string): boolean {
  if (within(tokens(phrase), k.prose)) return true;
  const lower = phrase.toLowerCase();
  // Citizenship, a green card, a visa's name: the profile says whether one may work, not why.
  if (/citizen|green card|permanent resident|h-?1b|visa|permit/.test(lower)) return false;
  const countries = countriesNamedIn(sentence);
  const entries = k.authorization.filter((a) => countries.length === 0 || countries.includes(a.country.toUpperCase()));
  if (entries.length === 0) return false;
  const needs =
    /\b(?:will|would|do|does|shall)\s+(?:need|require)\b|\b(?:need|require|requires|needing|requiring)\s+(?:visa\s+|employment\s+)?sponsor/i.test(
      sentence,
    );
  const without = /\b(?:not|no|never|without|don't|won't|neither)\b[^.]{0,40}\bsponsor|\bsponsor\w*\b[^.]{0,20}\bnot\b/i.test(sentence);
  if (/sponsor/.test(lower)) {
    if (without) return entries.every((a) => a.authorized && !a.needsSponsorship);
    if (needs) return entries.every((a) => a.needsSponsorship);
    return false;
  }
  // "authorized to work", "eligible to work", "right to work".
  return entries.every((a) => a.authorized);
}
