// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { planFill } from '../../shared/autofill/plan-fill.ts';
import { workday } from '../../shared/sites/workday.ts';
import { NURSE } from '../../shared/testing/sample-profiles.ts';
import { collectFields, isPageFiller } from './collect.ts';
import { markRequired } from './question-text.ts';

/**
 * What the collector reads as each control's question, on snippets cut from real saved forms
 * (markup kept, content as saved). Layout is not needed for labels: every control counts as
 * seen here; visibility is tested in Chromium (e2e/dom-engine-collect.spec.ts).
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

  it('Lever: the resume input in a label that wraps the whole field takes the question, not the button text', () => {
    const [field] = read(
      `<li class="application-question resume"><label><div class="application-label">Resume/CV <span class="required">✱</span></div><div class="application-field"><a href="#" class="postings-btn template-btn-utility visible-resume-upload"><span class="filename"></span><span class="default-label">ATTACH RESUME/CV</span><input class="application-file-input invisible-resume-upload" data-qa="input-resume" id="resume-upload-input" name="resume" tabindex="-1" type="file"></a><span class="resume-upload-failure"><div class="resume-upload-label">Couldn't auto-read resume.</div></span></div></label></li>`,
    );
    expect(field?.label).toBe('Resume/CV*');
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

  // Workday's My Experience step as the live site draws it (structure of a page saved from
  // workday.wd5.myworkdayjobs.com; words our own): a section group and an entry group, each named
  // by aria-labelledby, the entry's h5 two levels down; a date's legend six levels above its boxes.
  const workdayDate = (id: string, legend: string) =>
    `<div data-automation-id="formField-${id}" data-fkit-id="workExperience-7--${id}"><fieldset><legend><label id="${id}-legend"><span>${legend}<abbr aria-hidden="true">*</abbr></span></label></legend><div class="css-a"><div><div aria-hidden="true" id="help-${id}">current value is MM/YYYY</div><div id="workExperience-7--${id}" aria-labelledby="hiddenDateValueId-${id}" role="group" data-automation-id="dateInputWrapper"><div tabindex="-1"><div id="${id}-month"><div aria-hidden="true" data-automation-id="dateSectionMonth-display">MM</div><input role="spinbutton" aria-label="Month" aria-valuemin="1" aria-valuemax="12" id="${id}-month-input" data-automation-id="dateSectionMonth-input" value=""></div><div>/</div><div id="${id}-year"><div aria-hidden="true" data-automation-id="dateSectionYear-display">YYYY</div><input role="spinbutton" aria-label="Year" id="${id}-year-input" data-automation-id="dateSectionYear-input" value=""></div></div></div></div></div></fieldset></div>`;
  const workdayExperience = `<div data-automation-id="applyFlowMyExpPage"><div role="group" aria-labelledby="Work-Experience-section"><h4 id="Work-Experience-section">Work Experience</h4><div role="group" aria-labelledby="Work-Experience-1-panel"><div><h5 id="Work-Experience-1-panel">Work Experience 1</h5><button type="button">Delete</button></div><div data-fkit-id="workExperience-7--null"><div data-automation-id="formField-jobTitle" data-fkit-id="workExperience-7--jobTitle"><label for="workExperience-7--jobTitle"><span>Job Title<abbr aria-hidden="true">*</abbr></span></label><div><div><input type="text" id="workExperience-7--jobTitle" name="jobTitle" aria-required="true" value=""></div></div></div><div>${workdayDate('startDate', 'From')}${workdayDate('endDate', 'To')}</div></div></div><div><div><div><button data-automation-id="add-button" type="button">Add Another</button></div></div></div></div><div role="group" aria-labelledby="Education-section"><h4 id="Education-section">Education</h4><div><div><div><button data-automation-id="add-button" type="button">Add</button></div></div></div></div></div>`;

  it('Workday: an entry is the group aria-labelledby names "Work Experience 1", its heading two levels down', () => {
    const fields = read(workdayExperience, workday.formHints);
    const title = fields.find((f) => f.htmlId === 'workExperience-7--jobTitle');
    expect([title?.label, title?.entry, title?.section]).toEqual(['Job Title*', { group: 'work', index: 0 }, 'Work Experience 1']);
    // Each section's add button: Work Experience shows one entry already, Education none.
    expect(fields.filter((f) => f.kind === 'add-entry').map((f) => [f.label, f.section, f.entry])).toEqual([
      ['Add Another', 'Work Experience', { group: 'work', index: 1 }],
      ['Add', 'Education', { group: 'education', index: 0 }],
    ]);
  });

  it("Workday: a date's month and year boxes take the question of the fieldset legend six levels up", () => {
    const fields = read(workdayExperience, workday.formHints);
    expect(fields.filter((f) => f.htmlId.endsWith('-input')).map((f) => [f.label, f.entry?.index])).toEqual([
      ['From Month', 0],
      ['From Year', 0],
      ['To Month', 0],
      ['To Year', 0],
    ]);
  });

  it('Workday: with one entry shown, a two-job profile gets "Add Another" clicked once, and the shown entry filled', () => {
    const plan = planFill(read(workdayExperience, workday.formHints), NURSE, { hasResume: false, now: new Date('2026-05-01') });
    expect(plan.steps.filter((s) => s.action === 'add').map((s) => [s.label, s.value])).toEqual([
      ['Work Experience › Add Another', '1'],
      ['Education › Add', '1'],
    ]);
    expect(plan.steps.filter((s) => s.action === 'type').map((s) => [s.label, s.value])).toEqual([
      ['Work Experience 1 › Job Title*', 'Registered Nurse, Cardiac ICU'],
      ['Work Experience 1 › From Month', '06'],
      ['Work Experience 1 › From Year', '2019'],
    ]);
  });

  it("Greenhouse new style: the education block's controls belong to its entry, by the unit's entryClass hint", () => {
    const block = (i: number) =>
      `<div class="education--form"><hr/><div class="education--header"><p class="body body--medium">Education</p></div><div class="select"><div class="select__container"><label id="school--${i}-label" for="school--${i}" class="label select__label">School</label><div class="select__control"><input class="select__input" id="school--${i}" type="text" aria-labelledby="school--${i}-label" role="combobox" aria-expanded="false" value=""/></div></div></div><div class="education--date-container"><div class="text-input-wrapper"><label id="start-year--${i}-label" for="start-year--${i}" class="label">Start date year</label><input id="start-year--${i}" class="input" aria-label="Start date year" type="number"/></div></div></div>`;
    const html = `<div class="education--container">${block(0)}${block(1)}<button type="button" class="add-another-button">Add another</button></div>`;
    const fields = read(html, { entryClass: /^(education|employment)--form$/ });
    // Its "Add another" adds a third education entry.
    expect(fields.find((f) => f.kind === 'add-entry')?.entry).toEqual({ group: 'education', index: 2 });
    expect(fields.filter((f) => f.kind !== 'add-entry').map((f) => [f.htmlId, f.entry, f.section])).toEqual([
      ['school--0', { group: 'education', index: 0 }, 'Education 1'],
      ['start-year--0', { group: 'education', index: 0 }, 'Education 1'],
      ['school--1', { group: 'education', index: 1 }, 'Education 2'],
      ['start-year--1', { group: 'education', index: 1 }, 'Education 2'],
    ]);
    // Without the hint, "Start date year" is no entry's field (it would read as an availability date).
    expect(read(html).find((f) => f.htmlId === 'start-year--0')?.entry).toBeUndefined();
  });

  it('Lever: checkboxes sharing a name are one multiple-select question, named by its card label', () => {
    const box = (name: string, value: string) =>
      `<li><label><input type="checkbox" name="${name}" value="${value}" required /><span class="application-answer-alternative">${value}</span></label></li>`;
    const fields = read(
      `<form><li class="application-question custom-question"><div><div class="application-label full-width multiple-select"><div class="text">How did you hear about us?<span class="required">✱</span></div></div><div class="application-field full-width required-field"><ul data-qa="checkboxes">${['Ads / Social Media', 'LinkedIn', 'Employee Referral', 'Other'].map((v) => box('cards[c62e][field3]', v)).join('')}</ul></div></div></li>` +
        `<li class="application-question"><div class="application-label multiple-select">Pronouns</div><div class="application-field"><ul data-qa="candidatePronounsCheckboxes" id="candidatePronounsCheckboxes"><div class="column-wrapper"><div class="table-row">${['He/him', 'She/her', 'They/them'].map((v) => box('pronouns', v).replace('<li>', '<li class="column">')).join('')}</div></div></ul></div></li>` +
        `<li class="application-question"><label><input type="checkbox" name="consent" value="yes"><span>I agree to the privacy notice</span></label></li></form>`,
    );
    expect(fields.map((f) => [f.label, f.kind, f.options.map((o) => o.label)])).toEqual([
      ['How did you hear about us?*', 'radio-group', ['Ads / Social Media', 'LinkedIn', 'Employee Referral', 'Other']],
      ['Pronouns', 'radio-group', ['He/him', 'She/her', 'They/them']],
      ['I agree to the privacy notice', 'checkbox', []],
    ]);
  });

  it('Teamtailor: "*Required" (an sr-only word after the asterisk) marks the question required', () => {
    const fields = read(
      `<fieldset id="id_12840016"><legend class="font-medium"><span class="block">Have you worked hands-on with stationary battery storage systems?<sup data-asterisk="true" aria-hidden="true">*</sup><span class="sr-only">Required</span></span></legend><div class="flex" data-controller="forms--inputs--boolean"><div class="choice-input-wrapper"><input id="b-true" type="radio" value="true" name="candidate[answers_attributes][0][boolean]"><label for="b-true">Yes</label></div><div class="choice-input-wrapper"><input id="b-false" type="radio" value="false" name="candidate[answers_attributes][0][boolean]"><label for="b-false">No</label></div></div></fieldset><label for="candidate_first_name">First name<sup aria-hidden="true">*</sup><span class="sr-only">Required</span></label><input autocomplete="given-name" type="text" name="candidate[first_name]" id="candidate_first_name">`,
    );
    expect(fields.map((f) => [f.label, f.required])).toEqual([
      ['Have you worked hands-on with stationary battery storage systems?*', true],
      ['First name*', true],
    ]);
  });

  it('BambooHR: MUI radio rows take the question above the group, not an option\'s "Yes"', () => {
    const [field] = read(
      `<div class="CustomQuestion"><p class="fab-Label">Do you currently require employer sponsorship to work in the United States? *</p><div role="radiogroup" class="MuiFormGroup-root MuiRadioGroup-root"><label class="MuiFormControlLabel-root"><span class="MuiButtonBase-root MuiRadio-root"><input class="PrivateSwitchBase-input" type="radio" name="customQuestionAnswers.yes_no_509" value="yes"></span><span class="MuiTypography-root MuiFormControlLabel-label">Yes</span></label><label class="MuiFormControlLabel-root"><span class="MuiButtonBase-root MuiRadio-root"><input class="PrivateSwitchBase-input" type="radio" name="customQuestionAnswers.yes_no_509" value="no"></span><span class="MuiTypography-root MuiFormControlLabel-label">No</span></label></div></div>`,
    );
    expect(field?.label).toBe('Do you currently require employer sponsorship to work in the United States? *');
    expect(field?.options).toEqual([
      { label: 'Yes', value: 'yes' },
      { label: 'No', value: 'no' },
    ]);
  });

  it('BambooHR: a file input labelled only "file-input" takes the heading above its upload block', () => {
    const fields = read(
      `<p class="fab-FormField__label">Cover Letter</p><div><div data-fabric-component="FileUpload"><div data-fabric-component="FileUploadList"></div><button type="button">Choose File</button><input type="file" aria-label="file-input"></div></div><p class="fab-FormField__label">Resume*</p><div><div data-fabric-component="FileUpload"><div data-fabric-component="FileUploadList"></div><button type="button">Choose File</button><input type="file" aria-label="file-input"></div></div>`,
    );
    expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([
      ['Cover Letter', 'file', false],
      ['Resume*', 'file', true],
    ]);
  });

  it('BambooHR: a hidden native select drawn by a popup button is a choice filled through the button', () => {
    const html = `<div class="fab-FormField"><label class="fab-Label" for="fab-select20">State *</label><div class="fab-Select"><select id="fab-select20" name="state.value"><option value=""></option></select><button type="button" class="fab-SelectToggle" aria-haspopup="true" data-menu-id="fab-menu1"><span class="fab-SelectToggle__content">-Select-</span></button></div></div><div class="fab-FormField"><label class="fab-Label" for="fab-select26">Country *</label><div class="fab-Select"><select id="fab-select26" name="countryId.value"><option value=""></option></select><button type="button" class="fab-SelectToggle" aria-haspopup="true" data-menu-id="fab-menu2"><span class="fab-SelectToggle__content">United States</span></button></div></div>`;
    document.body.innerHTML = html;
    // The page hides the selects (opacity 0, 1px): only their buttons are seen.
    const { fields, elements } = collectFields(document, { shown: (el) => el.localName !== 'select' });
    expect(fields.map((f) => [f.label, f.kind, f.name, f.value])).toEqual([
      ['State *', 'combobox', 'state.value', ''],
      ['Country *', 'combobox', 'countryId.value', 'United States'],
    ]);
    expect(elements.get(fields[0]?.ref ?? '')?.localName).toBe('button');
  });

  it('Jobvite: the resume is a popup button over a hidden attachment menu, labelled by the heading it names', () => {
    document.body.innerHTML = `<form><div id="attach-resume"><h3 id="jv-resume-header">Add Resume<span class="jv-required">*</span></h3><button jv-add-attachment="" class="jv-button" type="button" aria-haspopup="true" aria-labelledby="jv-resume-header" aria-required="true"><div class="jv-select">Select</div></button></div><label for="fn">First Name</label><input id="fn"></form><div class="jv-add-attachment ng-hide" role="dialog" aria-label="Attachment Options"><label for="file-input-0">File</label><input id="file-input-0" type="file"></div>`;
    const { fields } = collectFields(document, { shown: (el) => !el.closest('.ng-hide') });
    // Buttons standing for controls are read after the controls.
    expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([
      ['First Name', 'text', false],
      ['Add Resume*', 'file', true],
    ]);
  });

  it('Workable: aria-labelledby names "Resume" beside a generic "Choose file", and ARIA checkboxes answer one question', () => {
    const fields = read(
      `<span id="res_label"><strong>Resume</strong></span><div data-role="dropzone"><label tabindex="0" role="button" for="res" id="res_desc">Choose file</label> <span>or drag and drop here</span><input data-ui="resume" id="res" type="file" aria-labelledby="res_label res_desc" required></div><span id="q_label"><strong>Are you legally allowed to work in the United States?</strong></span><div role="group" data-ui="CA_20114" aria-labelledby="q_label"><label aria-labelledby="q_label" data-checked="false"><div aria-labelledby="q_label yes_label" role="checkbox" aria-checked="false" aria-required="true" tabindex="0"><input tabindex="-1" aria-hidden="true" type="checkbox" required name="241907"></div><span id="yes_label">Yes, I can work in the United States without sponsorship</span></label><label aria-labelledby="q_label" data-checked="false"><div aria-labelledby="q_label no_label" role="checkbox" aria-checked="false" aria-required="true" tabindex="0"><input tabindex="-1" aria-hidden="true" type="checkbox" required name="241908"></div><span id="no_label">No, I would need sponsorship</span></label></div>`,
      { hookAttribute: 'data-ui' },
    );
    expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([
      ['Resume', 'file', true],
      ['Are you legally allowed to work in the United States?', 'radio-group', true],
    ]);
    expect(fields[0]?.automationId).toBe('data-ui=resume');
    expect(fields[1]?.options.map((o) => o.label)).toEqual([
      'Yes, I can work in the United States without sponsorship',
      'No, I would need sponsorship',
    ]);
  });

  it('SuccessFactors: a text box that owns a listbox (ARIA 1.0) is a combobox', () => {
    const [field] = read(
      `<span class="rcmLabel" id="tor__fstate_label">State</span><div class="rcmpaginatedselect"><input type="text" class="rcmpaginatedselectinput" id="tor__fstate_input" aria-autocomplete="list" aria-expanded="false" aria-owns="tor__fstate_listSelect" aria-label="State" placeholder="No Selection"><ul class="rcmpaginatedselectlist" id="tor__fstate_listSelect" role="listbox" hidden><li role="option">Colorado</li></ul><input type="hidden" id="tor__fstate" name="tor__fstate" value=""></div>`,
    );
    expect([field?.label, field?.kind]).toEqual(['State', 'combobox']);
  });
});

describe("collect: what a page put in a field is not the user's answer", () => {
  it('Recruitee: a phone box prefilled with its dial code alone counts as empty', () => {
    const [, phone] = read(
      `<label for="n">Full name</label><input id="n" name="candidate.name" value="Ada Lovelace"><label for="p">Phone number</label><div><button type="button" aria-label="Select country code: Netherlands"><span>+31</span></button><input type="tel" autocomplete="tel" name="candidate.phone" placeholder="Your phone number" id="p" value="+31"></div>`,
    );
    expect([phone?.label, phone?.value]).toEqual(['Phone number', '']);
  });

  it('a dial code alone or the placeholder repeated is filler; a number, a word or an empty box is not', () => {
    expect(isPageFiller('+31')).toBe(true);
    expect(isPageFiller('+1 ')).toBe(true);
    expect(isPageFiller('+353')).toBe(true);
    expect(isPageFiller('Your phone number', 'Your phone number')).toBe(true);
    expect(isPageFiller('+31 20 555 0100')).toBe(false);
    expect(isPageFiller('31')).toBe(false);
    expect(isPageFiller('Ada')).toBe(false);
    expect(isPageFiller('', '')).toBe(false);
  });

  it('required markers read alike whatever the site writes', () => {
    expect(markRequired('First name*Required')).toBe('First name*');
    expect(markRequired('Email*(required)')).toBe('Email*');
    expect(markRequired('*First name')).toBe('First name*');
    expect(markRequired('Required.By sending my application I confirm')).toBe('By sending my application I confirm*');
    expect(markRequired('Required documents')).toBe('Required documents');
    expect(markRequired('Will you require sponsorship? Sponsorship required')).toBe('Will you require sponsorship? Sponsorship required');
    expect(markRequired('Phone (required)')).toBe('Phone*');
    expect(markRequired('Full name✱')).toBe('Full name*');
    expect(markRequired('First Name*. Required')).toBe('First Name*');
    expect(markRequired('Gender')).toBe('Gender');
  });
});
