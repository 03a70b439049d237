import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks.ts';
import { splitRequirements } from './requirements.ts';

describe('splitRequirements', () => {
  it('splits required and preferred sections and skips the rest', () => {
    const blocks = htmlToBlocks(`
      <h3>What you'll do</h3><ul><li>Ship features</li></ul>
      <h3>Requirements</h3><ul><li>5+ years of Python</li><li>Kubernetes experience is a plus</li></ul>
      <h3>Preferred Qualifications</h3><ul><li>Go</li></ul>
      <h3>Benefits</h3><ul><li>Pension</li></ul>`);
    expect(splitRequirements(blocks)).toEqual({
      required: ['5+ years of Python'],
      preferred: ['Kubernetes experience is a plus', 'Go'],
    });
  });

  it('reads German headings and bold-line headings', () => {
    const blocks = htmlToBlocks(
      '<p><b>Dein Profil</b></p><ul><li>Bilanzbuchhalter</li></ul><p><b>Wünschenswert</b></p><ul><li>DATEV</li></ul>',
    );
    expect(splitRequirements(blocks)).toEqual({ required: ['Bilanzbuchhalter'], preferred: ['DATEV'] });
  });

  it('reads the wordings postings use for what is only welcome', () => {
    for (const heading of [
      'Bonus points',
      'Nice to have',
      'Preferred qualifications',
      'Even better if you have',
      'Ideally, you also bring',
      "You'll stand out if",
    ]) {
      const blocks = htmlToBlocks(`<h3>What we're looking for</h3><ul><li>SQL</li></ul><h3>${heading}</h3><ul><li>Airflow</li></ul>`);
      expect(splitRequirements(blocks), heading).toEqual({ required: ['SQL'], preferred: ['Airflow'] });
    }
    // An item that says so itself (a saved Greenhouse posting: "… is highly desirable").
    const blocks = htmlToBlocks(
      '<h3>Qualifications</h3><ul><li>Python</li><li>Experience in the automotive industry is highly desirable.</li></ul>',
    );
    expect(splitRequirements(blocks).preferred).toEqual(['Experience in the automotive industry is highly desirable.']);
  });

  it('finds nothing in a description without such sections', () => {
    expect(splitRequirements(htmlToBlocks('<p>Great job.</p><ul><li>Free lunch</li></ul>'))).toEqual({ required: [], preferred: [] });
  });
});
