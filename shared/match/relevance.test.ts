import { describe, expect, it } from 'vitest';
import { relevance, termVector } from './relevance.ts';
import { skillsIn } from './skills.ts';

const vector = (title: string, text: string) =>
  termVector(
    title,
    text,
    skillsIn(`${title}\n${text}`).map((s) => s.name),
  );

describe('relevance: the resume text against the job text', () => {
  const job = vector('ICU Registered Nurse', 'Provide critical care nursing to ventilated patients. Titrate drips. BLS and ACLS required.');

  it('is high for a resume of the same work and low for other work', () => {
    const nurse = vector('', 'Registered nurse, intensive care unit: ventilated patients, titrating drips, ACLS and BLS.');
    const coder = vector('', 'Backend engineer: Go services on Kubernetes, PostgreSQL and Kafka.');
    expect(relevance(job, nurse).cosine).toBeGreaterThan(0.3);
    expect(relevance(job, coder).cosine).toBeLessThan(0.05);
  });

  it('counts a skill by any of its names, and lists the shared key terms heaviest first', () => {
    const ops = vector('Platform Engineer', 'Run our k8s clusters.');
    const resume = vector('', 'Operated Kubernetes for five years.');
    const r = relevance(ops, resume);
    expect(r.shared[0]).toBe('Kubernetes');
    expect(r.keys.length).toBeLessThanOrEqual(40);
  });

  it('does not count words that say nothing about the work', () => {
    const boiler = vector('', 'We are you and our the of to with.');
    expect(boiler.weights.size).toBe(0);
    // Nor the praise every posting asks for, whatever the work.
    const praise = vector(
      '',
      'Motivated and passionate, with attention to detail and strong interpersonal and organizational skills in a dynamic team.',
    );
    expect(praise.weights.size).toBe(0);
    expect(relevance(job, boiler).cosine).toBe(0);
  });
});
