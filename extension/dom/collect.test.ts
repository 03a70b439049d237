// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFields } from './collect.ts';

/**
 * What the collector reads as each control's question, on snippets cut from real saved forms
 * (markup kept, content as saved). Layout is not needed for labels: every control counts as
 * seen here; visibility is tested in Chromium (e2e/dom-engine.spec.ts).
 */
const read = (html: string, hints = {}) => {
  document.body.innerHTML = html;
  return collectFields(document, { shown: () => true, hints }).fields;
};

describe('collect: questions as real forms write them', () => {
  it('Lever: a select inside a wrapping label whose text sits in .application-label', () => {
    const [field] = read(
      `<div class="application-question"><label><div class="application-label">Gender</div><div class="application-field"><div class="application-dropdown"><select name="eeo[gender]"><option value="">Select ...</option><option value="Male">Male</option><option value="Female">Female</option><option value="Decline to self-identify">Decline to self-identify</option></select></div></div></label></div>`,
    );
    expect(field?.kind).toBe('select');
    expect(field?.label).toBe('Gender');
    expect(field?.options.map((o) => o.label)).toContain('Decline to self-identify');
  });

  it('Lever: a custom card question labelled by the .application-label div before its field', () => {
    const [field] = read(
      `<li class="application-question custom-question"><div><div class="application-label full-width text"><div class="text">If you attended an on-campus or virtual event, which did you attend?</div></div><div class="application-field full-width"><input class="card-field-input" type="text" placeholder="Type your response" value="" name="cards[c62e][field4]" /></div></div></li>`,
    );
    expect(field?.label).toBe('If you attended an on-campus or virtual event, which did you attend?');
    expect(field?.name).toBe('cards[c62e][field4]');
  });

  it('Greenhouse new style: a react-select combobox named by aria-labelledby, its hidden required twin skipped', () => {
    const fields = read(
      `<label id="country-label" for="country" class="label select__label">Country<span aria-hidden="true">*</span></label><div class="select__control"><div class="select__value-container"><input class="select__input" autocapitalize="none" autocomplete="off" id="country" spellcheck="false" tabindex="0" type="text" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="country-label" aria-required="true" role="combobox" value=""/></div></div><input required="" tabindex="-1" aria-hidden="true" class="remix-css-1a0ro4n-requiredInput" value=""/>`,
    );
    expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([['Country*', 'combobox', true]]);
  });

  it('Greenhouse new style: the "Attach" file input takes its group\'s question, Resume/CV', () => {
    const [file] = read(
      `<div role="group" aria-labelledby="upload-label-resume" aria-required="true" class="file-upload"><div id="upload-label-resume" class="label upload-label">Resume/CV<span class="required">*</span></div><div class="file-upload__wrapper"><div class="button-container"><div class="secondary-button"><div><button type="button" class="btn btn--pill">Attach</button><label class="visually-hidden" for="resume">Attach</label><input id="resume" class="visually-hidden" type="file" accept=".pdf,.doc,.docx,.txt,.rtf"/></div></div></div></div></div>`,
    );
    expect(file?.kind).toBe('file');
    expect(file?.label).toBe('Resume/CV*');
    expect(file?.required).toBe(true);
  });

  it("a table-layout form (Taleo) takes the label cell of the control's row", () => {
    const [field] = read(`<table><tr><td class="label">Last Name:</td><td><input name="f17"></td></tr></table>`);
    expect(field?.label).toBe('Last Name:');
  });

  it("an input inside a web component without a label of its own takes the component's label attribute", () => {
    document.body.innerHTML = '<x-input label="Phone number"></x-input>';
    document
      .querySelector('x-input')
      ?.attachShadow({ mode: 'open' })
      .append(Object.assign(document.createElement('input'), { type: 'tel' }));
    const fields = collectFields(document, { shown: () => true }).fields;
    expect(fields.map((f) => [f.label, f.kind])).toEqual([['Phone number', 'tel']]);
  });

  it("Workday entries are recognised from the site unit's hints, not from wording alone", () => {
    const html = `<div data-automation-id="workExperienceSection"><h3>Work Experience</h3><div data-automation-id="workExperience-1"><label for="t">Job Title</label><input id="t"></div><button data-automation-id="Add" type="button">Add Another</button></div>`;
    const hinted = read(html, { entryId: /^(workExperience|education)-(\d+)$/, entrySection: /workExperienceSection/, addButtonId: 'Add' });
    expect(hinted.find((f) => f.label === 'Job Title')?.entry).toEqual({ group: 'work', index: 0 });
    expect(hinted.find((f) => f.kind === 'add-entry')?.entry).toEqual({ group: 'work', index: 1 });
  });
});
