/** Attaching the resume where a site hides the file input: behind an attachment menu, or a drop zone's input on <body>. */
import { expect, test } from '@playwright/test';
import { apply, byLabel, collect, domEnginePerFile } from './dom-engine.ts';

const load = domEnginePerFile();

test('a resume behind an attachment menu (Jobvite) is attached to the file input the menu shows, and a lone hidden one is not', async () => {
  const page = await load(`
    <form><h3 id="rh">Add Resume<span>*</span></h3>
      <button id="pick" type="button" aria-haspopup="true" aria-labelledby="rh">Select</button>
      <label for="fn">First name</label><input id="fn"></form>
    <div id="menu" style="display:none" role="dialog"><label for="f0">File</label>
      <input id="f0" type="file" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)"></div>
    <input id="lone" type="file" style="display:none">`);
  await page.evaluate(() => {
    const menu = document.getElementById('menu') as HTMLElement;
    document.getElementById('pick')?.addEventListener('click', () => {
      menu.style.display = 'block';
    });
  });
  const fields = await collect(page);
  const resume = byLabel(fields, 'Add Resume*');
  expect(resume?.kind).toBe('file');
  const [result] = await apply(page, [{ ref: resume?.ref ?? '', action: 'upload', value: 'resume' }], true);
  expect(result?.ok).toBe(true);
  const files = await page.evaluate(() =>
    ['f0', 'lone'].map((id) => (document.getElementById(id) as HTMLInputElement).files?.[0]?.name ?? ''),
  );
  expect(files).toEqual(['resume.pdf', '']);
  await page.close();
});

test('a Dropzone.js box (Teamtailor) with its input hidden on <body> gets the resume by a drop', async () => {
  const page = await load(`
    <div id="upload"><label for="gone">Upload CV<sup aria-hidden="true">*</sup><span class="sr-only" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">Required</span></label>
      <div class="dz-clickable" style="height:70px;border:2px dashed"><span class="dz-message">Drop your file or <u>upload</u></span></div></div>
    <input type="file" class="dz-hidden-input" style="visibility:hidden;position:absolute;top:0;left:0;height:0;width:0">`);
  await page.evaluate(() => {
    const root = document.getElementById('upload') as HTMLElement;
    for (const type of ['dragenter', 'dragover']) root.addEventListener(type, (event) => event.preventDefault());
    root.addEventListener('drop', (event) => {
      event.preventDefault();
      root.dataset.dropped = (event as DragEvent).dataTransfer?.files[0]?.name ?? '';
    });
  });
  const fields = await collect(page);
  expect(fields.map((f) => [f.label, f.kind, f.required])).toEqual([['Upload CV*', 'file', true]]);
  const [result] = await apply(page, [{ ref: fields[0]?.ref ?? '', action: 'upload', value: 'resume' }], true);
  expect(result?.ok).toBe(true);
  expect(await page.getAttribute('#upload', 'data-dropped')).toBe('resume.pdf');
  await page.close();
});
