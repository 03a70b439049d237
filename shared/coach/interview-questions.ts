import { jobRequirements } from '../match/job-requirements.ts';
import type { ProfileFacts } from '../match/profile-facts.ts';
import type { JobCapture } from '../schemas/job.ts';

export type QuestionKind = 'opener' | 'skills' | 'years' | 'responsibilities' | 'behavioural';

export interface LikelyQuestion {
  kind: QuestionKind;
  question: string;
  /** What in the posting makes it likely, so the user knows what to prepare. */
  why: string;
}

const MAX_SKILLS = 4;
const MAX_RESPONSIBILITIES = 4;
const MAX_BEHAVIOURAL = 3;
const MAX_QUOTE = 140;

// Headings over what the person in the role will do (not what they must have).
const DUTIES = /responsibilit|what you('ll| will) do|your role|the role|in this role|day[- ]to[- ]day|your impact|duties|aufgaben/i;

/** Behavioural questions an interviewer picks when the posting stresses a theme. One row per theme. */
const THEMES: Array<[RegExp, string, string]> = [
  [
    /\b(team|collaborat\w*|cross[- ]functional)\b/i,
    'Tell me about a time you disagreed with a teammate. How did you resolve it?',
    'The posting stresses teamwork.',
  ], // team fit
  [
    /\b(stakeholders?|clients?|customers?|patients?)\b/i,
    'Describe a time you handled a difficult customer or stakeholder. What did you do, and how did it end?',
    'The role deals with customers or stakeholders.',
  ], // people outside the team
  [
    /\b(deadlines?|fast[- ]paced|priorit\w+)\b/i,
    'Tell me about a week when everything was urgent. How did you decide what came first?',
    'The posting mentions pace or priorities.',
  ], // pressure
  [
    /\b(mentor\w*|lead(ing|ership)?|coach\w*|manag(e|ing) a team)\b/i,
    'Tell me about someone you mentored or led. What changed because of you?',
    'The role involves leading or mentoring.',
  ], // leadership
  [
    /\b(ambigu\w+|ownership|autonom\w+|independent\w*|self[- ]starter)\b/i,
    'Describe a project where the goal was unclear. How did you move it forward?',
    'The posting asks for ownership and independence.',
  ], // autonomy
  [
    /\b(safety|complian\w+|regulat\w+|quality)\b/i,
    'Tell me about a time you spotted a safety or quality problem. What did you do?',
    'The posting stresses safety, quality or compliance.',
  ], // care
];
/** Asked in nearly every interview, whatever the posting says. */
const ALWAYS: Array<[string, string]> = [
  ['Tell me about something you owned that went wrong. What did you learn?', 'Asked in most interviews.'],
];

const quote = (text: string) => (text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text);

function duties(job: JobCapture): string[] {
  const out: string[] = [];
  let inDuties = false;
  for (const section of job.sections) {
    if (section.kind === 'heading') inDuties = DUTIES.test(section.text);
    else if (inDuties && section.kind === 'item') out.push(section.text.trim());
  }
  return out.filter(Boolean);
}

/**
 * Questions an interviewer is likely to ask for this job, made on the device from its title,
 * requirements and description with fixed templates: the same job always gives the same list.
 * With the user's facts, a skill they lack is asked the way an interviewer probes a gap.
 */
export function likelyQuestions(job: JobCapture, facts: ProfileFacts | null = null): LikelyQuestion[] {
  const req = jobRequirements(job);
  const at = job.company ? ` at ${job.company}` : '';
  const questions: LikelyQuestion[] = [
    { kind: 'opener', question: `Why do you want this ${job.title} role${at}?`, why: 'Opens most interviews.' },
  ];
  const skills = [...req.requiredSkills.map((s) => [s, 'required'] as const), ...req.preferredSkills.map((s) => [s, 'preferred'] as const)];
  for (const [skill, importance] of skills.slice(0, MAX_SKILLS)) {
    const lacking = facts !== null && !facts.skills.has(skill);
    questions.push(
      lacking
        ? {
            kind: 'skills',
            question: `This role uses ${skill}. What have you used that comes closest, and how would you get up to speed?`,
            why: `${skill} is ${importance} and not in your profile.`,
          }
        : {
            kind: 'skills',
            question: `Walk me through a project where you used ${skill}. What was your part, and what would you do differently?`,
            why: `${skill} is ${importance}.`,
          },
    );
  }
  if (req.yearsOverall !== null) {
    questions.push({
      kind: 'years',
      question: `The role asks for ${req.yearsOverall}+ years of experience. Which of your roles prepared you most for it?`,
      why: `The posting asks for ${req.yearsOverall}+ years.`,
    });
  }
  for (const [skill, years] of Object.entries(req.yearsBySkill)) {
    questions.push({
      kind: 'years',
      question: `How has your work with ${skill} changed over your ${years}+ years with it?`,
      why: `The posting asks for ${years}+ years of ${skill}.`,
    });
  }
  for (const duty of duties(job).slice(0, MAX_RESPONSIBILITIES)) {
    questions.push({
      kind: 'responsibilities',
      question: `The role involves “${quote(duty)}”. Tell me about a time you did something similar, and the result.`,
      why: 'Listed as a responsibility.',
    });
  }
  const text = `${job.title}\n${job.description}`;
  const themed = THEMES.filter(([re]) => re.test(text)).slice(0, MAX_BEHAVIOURAL);
  for (const [, question, why] of [...themed, ...ALWAYS.map(([q, w]) => [null, q, w] as const)]) {
    questions.push({ kind: 'behavioural', question, why });
  }
  return questions;
}
