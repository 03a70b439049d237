import { describe, expect, it } from 'vitest';
import { profileFacts } from '../match/profile-facts.ts';
import { sampleCapture } from '../testing/sample-job.ts';
import { BACKEND_ENGINEER } from '../testing/sample-profiles.ts';
import { likelyQuestions } from './interview-questions.ts';

const job = sampleCapture({
  title: 'Senior Backend Engineer',
  company: 'Northwind',
  descriptionHtml: `
    <p>Join a cross-functional team in a fast-paced environment.</p>
    <h3>What you will do</h3>
    <ul><li>Design and run our payment services</li><li>Mentor two engineers</li></ul>
    <h3>Requirements</h3>
    <ul><li>5+ years of professional experience</li><li>3+ years of Go</li><li>Docker and Kubernetes</li></ul>
    <h3>Nice to have</h3>
    <ul><li>GraphQL</li></ul>`,
});

describe('likely interview questions', () => {
  const facts = profileFacts(BACKEND_ENGINEER, new Date(Date.UTC(2026, 10, 23)));
  const questions = likelyQuestions(job, facts);

  it('asks from the skills, years, responsibilities and themes of the posting, in that order', () => {
    expect(questions.map((q) => q.kind)).toEqual([
      'opener',
      'skills',
      'skills',
      'skills',
      'skills',
      'years',
      'years',
      'responsibilities',
      'responsibilities',
      'behavioural',
      'behavioural',
      'behavioural',
      'behavioural',
    ]);
    expect(questions[0]?.question).toBe('Why do you want this Senior Backend Engineer role at Northwind?');
    expect(questions.find((q) => q.kind === 'years')?.question).toBe(
      'The role asks for 5+ years of experience. Which of your roles prepared you most for it?',
    );
    expect(questions.filter((q) => q.kind === 'responsibilities').map((q) => q.question)).toEqual([
      'The role involves “Design and run our payment services”. Tell me about a time you did something similar, and the result.',
      'The role involves “Mentor two engineers”. Tell me about a time you did something similar, and the result.',
    ]);
  });

  it('probes a skill the profile lacks differently from one it has', () => {
    const docker = questions.find((q) => q.question.includes('Docker'));
    expect(docker?.why).toBe('Docker is required and not in your profile.');
    const go = questions.find((q) => q.kind === 'skills' && q.question.includes(' Go.'));
    expect(go?.question).toBe('Walk me through a project where you used Go. What was your part, and what would you do differently?');
  });

  it('picks behavioural questions by the themes the posting stresses', () => {
    expect(questions.filter((q) => q.kind === 'behavioural').map((q) => q.why)).toEqual([
      'The posting stresses teamwork.',
      'The posting mentions pace or priorities.',
      'The role involves leading or mentoring.',
      'Asked in most interviews.',
    ]);
  });

  it('gives the same list every time, and still asks the basics of a bare posting', () => {
    expect(likelyQuestions(job, facts)).toEqual(questions);
    const bare = likelyQuestions(sampleCapture({ title: 'Cook', company: '', descriptionHtml: '<p>Cook food.</p>' }));
    expect(bare.map((q) => q.question)).toEqual([
      'Why do you want this Cook role?',
      'Tell me about something you owned that went wrong. What did you learn?',
    ]);
  });
});
