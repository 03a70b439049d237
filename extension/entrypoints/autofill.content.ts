import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import type { ContentToBackground } from '../../shared/messages.ts';
import { readSiteFacts, type SiteUnit } from '../../shared/sites/site.ts';
import { markLive } from '../access/readers.ts';
import { type Collected, collectFields } from '../dom/collect.ts';
import { mountInlineButton } from '../dom/inline-button.ts';
import { applyStep, type ResumeFile, type StepResult } from '../dom/insert.ts';

const FORM_CONTROLS = 'input:not([type="hidden"]), select, textarea, [role="combobox"], button[aria-haspopup="listbox"]';
// Fewer fields than this is a search box or a sign-up, not an application.
const MIN_FIELDS = 3;
// What ATSs say once an application went through (not "thank you for your interest": job pages say that).
const CONFIRMATION =
  /thank(s| you) for (applying|your application|submitting)|application (was |has been )?(submitted|received|sent)|we('ve| have) received your application/i;
// How long after the user's click on Send (or Enter in the form) its submit event still counts as
// theirs: sites check a captcha or validate with their server before they send.
const USER_SUBMIT_MS = 60_000;
// Wizard steps filled without the user asking, per page: enough for Workday's longest wizard,
// bounded so a page that keeps renaming its step cannot have the profile typed in again and again.
const MAX_STEP_FILLS = 12;

/** A button that sends `form` when clicked (the browser's own rule for submit buttons). */
function sendsForm(node: EventTarget, form: HTMLFormElement): boolean {
  if (node instanceof HTMLButtonElement) return node.type === 'submit' && node.form === form;
  return node instanceof HTMLInputElement && (node.type === 'submit' || node.type === 'image') && node.form === form;
}

/**
 * Autofill's hands on the page: reads the form when asked and types in the planned values.
 * Isolated world; it holds no profile, only the values of one fill while it types them.
 * Runs by the manifest on the site units' pages (matches set in wxt.config.ts), and by
 * `scripting` wherever the user asks.
 */
export default defineContentScript({
  // Every site unit's pages: set from the registry by wxt.config.ts (the registry stays out of this bundle).
  matches: ['https://jobsmith.invalid/*'],
  runAt: 'document_idle',
  // Application forms are often embedded in a company's careers page as an iframe.
  allFrames: true,
  main(ctx) {
    // Lets the background's injection skip this frame, keeping what this copy holds (a fill's
    // questions for the user, the inline button) rather than starting a second one.
    markLive('autofill', ctx);
    // What the site unit of this page says of its forms (nothing on a page read on demand): its
    // wizard, confirmation wording and entry markers, asked of the background once, before the
    // first read of the form (the script does not carry every unit's rows).
    let site: Pick<SiteUnit, 'wizardStep' | 'confirmation' | 'formHints'> = {};
    let hints = site.formHints;
    let asked: Promise<void> | null = null;
    const learnSite = () =>
      (asked ??= browser.runtime
        .sendMessage({ type: 'page/site-facts' } satisfies ContentToBackground)
        .then((reply: unknown) => {
          const data = (reply as { ok?: boolean; data?: unknown } | undefined)?.ok ? (reply as { data: unknown }).data : null;
          site = readSiteFacts(data as Parameters<typeof readSiteFacts>[0]);
          hints = site.formHints;
        })
        .catch(() => undefined));
    let last: Collected | null = null;
    // Questions autofill left to the user: their answers are remembered when the form is sent.
    let askUser = new Set<string>();
    // Whether Jobsmith filled a form in this frame during this page's life: only then can a submit
    // or a confirmation here be an application it helped with.
    let filled = false;
    // The form whose inline button started the fill under way: that fill reads only this form.
    let buttonForm: Element | null = null;

    /** The user's answers to `askUser` questions, as the sent form holds them now. */
    const userAnswers = (form: Element) =>
      collectFields(form, { hints }).fields.flatMap((field) => {
        if (!askUser.has(field.label) || !field.value || field.value === 'false') return [];
        const option = field.options.find((o) => o.value === field.value);
        return [{ question: field.label, answer: option?.label ?? field.value }];
      });

    // The user's last own action in this frame: a click, or Enter in a field. It tells their
    // submit from a page script's: a script can call requestSubmit() or click the Send button, and
    // Chromium marks the submit event that follows trusted all the same; it cannot fake the click.
    let userAction: { path: EventTarget[]; key: boolean; at: number } | null = null;
    // Whether the user clicked or pressed Enter here since the last fill began (a confirmation
    // that appears without it is the page's doing, not the user sending the form).
    let actedSinceFill = false;
    const noteUser = (event: Event) => {
      if (!event.isTrusted) return;
      const key = event.type === 'keydown';
      const path = event.composedPath();
      // Enter in a text area starts a new line; it sends nothing.
      if (key && ((event as KeyboardEvent).key !== 'Enter' || path[0] instanceof HTMLTextAreaElement)) return;
      userAction = { path, key, at: performance.now() };
      actedSinceFill = true;
    };
    ctx.addEventListener(window, 'click', noteUser, { capture: true });
    ctx.addEventListener(window, 'keydown', noteUser, { capture: true });

    /** A submit the user made: trusted, soon after their click on one of the form's Send buttons or Enter in one of its fields. */
    const sentByUser = (event: Event, form: HTMLFormElement) => {
      const action = userAction;
      if (!event.isTrusted || !action || performance.now() - action.at > USER_SUBMIT_MS) return false;
      return action.key ? action.path.includes(form) : action.path.some((node) => sendsForm(node, form));
    };

    // Capture phase: the page's own handler may stop the event or navigate away.
    ctx.addEventListener(
      document,
      'submit',
      (event) => {
        const form = event.target;
        if (!filled || !(form instanceof HTMLFormElement) || !sentByUser(event, form)) return;
        const message: ContentToBackground = { type: 'page/submitted', url: location.href, answers: userAnswers(form) };
        browser.runtime.sendMessage(message).catch(() => {
          // The extension is reloading; the submission still happened on the page.
        });
      },
      { capture: true },
    );

    // An ATS that submits by script (Workday's "Submit" button, Ashby) shows a confirmation instead
    // of posting a form: once a page Jobsmith filled reads like one after the user's own click,
    // tell the background (once). Checked only after a fill, by the watcher below.
    let confirmationSent = false;
    const checkConfirmation = () => {
      if (confirmationSent || !filled || !actedSinceFill || !document.body) return;
      const text = (document.body.textContent ?? '').slice(0, 20_000);
      if (!CONFIRMATION.test(text) && !site.confirmation?.test(text)) return;
      confirmationSent = true;
      browser.runtime.sendMessage({ type: 'page/confirmation', url: location.href } satisfies ContentToBackground).catch(() => undefined);
    };

    async function apply(steps: FillStep[], resume: ResumeFile | null): Promise<StepResult[]> {
      const results: StepResult[] = [];
      for (const step of steps) {
        const el = last?.elements.get(step.ref);
        if (!el?.isConnected) {
          results.push({ ref: step.ref, ok: false, error: 'the field is gone from the page' });
          continue;
        }
        // applyStep checks the control is still one a person can see (visible.ts) as it types:
        // the page may have hidden, moved or covered it since it was read.
        results.push(await applyStep(el, step, resume, hints));
      }
      return results;
    }

    // The inline button, on the first form that looks like an application.
    let unmount: (() => void) | null = null;
    let pending: number | undefined;
    const offerButton = () => {
      pending = undefined;
      if (unmount || ctx.isInvalid) return;
      // A count of controls first: collecting measures layout, too costly to run on every form of
      // a busy page each time it changes (search boxes, newsletter sign-ups).
      const form = Array.from(document.querySelectorAll('form')).find(
        (f) => f.querySelectorAll(FORM_CONTROLS).length >= MIN_FIELDS && collectFields(f, { hints }).fields.length >= MIN_FIELDS,
      );
      if (!form) return;
      if (window !== window.top)
        browser.runtime.sendMessage({ type: 'page/form-frame' } satisfies ContentToBackground).catch(() => undefined);
      unmount = mountInlineButton(form, () => {
        // The background answers once the fill is done; until then its reads of this frame are of this form only.
        buttonForm = form;
        browser.runtime
          .sendMessage({ type: 'page/autofill' } satisfies ContentToBackground)
          .catch(() => undefined)
          .finally(() => {
            if (buttonForm === form) buttonForm = null;
          });
      });
      observer.disconnect();
    };
    // Forms of React apps render after load: look again when the page changes, at most every 500 ms.
    const observer = new MutationObserver(() => {
      if (pending === undefined) pending = ctx.setTimeout(offerButton, 500);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      unmount?.();
    });
    offerButton();

    // Wizards (Workday) show one step at a time without a page load. Once the user has run a fill
    // on this page, each new step is filled as it appears: only on a site unit that declares its
    // wizard (any other page could rename a heading to have the profile typed in again), each step
    // once, and at most MAX_STEP_FILLS of them. The same watcher notices a confirmation.
    const activeStep = () => (site.wizardStep ? (document.querySelector(site.wizardStep)?.textContent?.trim() ?? null) : null);
    const stepsSeen = new Set<string>();
    let stepFills = 0;
    let watching = false;
    let settle: number | undefined;
    const onPageChange = () => {
      settle = undefined;
      checkConfirmation();
      const step = activeStep();
      if (step === null || stepsSeen.has(step) || stepFills >= MAX_STEP_FILLS) return;
      stepsSeen.add(step);
      if (collectFields(document, { hints }).fields.length === 0) return;
      stepFills += 1;
      browser.runtime.sendMessage({ type: 'page/autofill' } satisfies ContentToBackground).catch(() => undefined);
    };
    const pageWatcher = new MutationObserver(() => {
      if (settle === undefined) settle = ctx.setTimeout(onPageChange, 300);
    });
    ctx.onInvalidated(() => pageWatcher.disconnect());
    const watchAfterFill = () => {
      if (watching) return;
      watching = true;
      const step = activeStep();
      if (step !== null) stepsSeen.add(step);
      pageWatcher.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };

    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const message = raw as { type?: unknown; steps?: unknown; resume?: { name?: unknown; type?: unknown; bytes?: unknown } | null };
      if (message?.type === 'content/collect-form') {
        learnSite().then(() => {
          // A fill the inline button started reads the form it sits on; the panel's reads the page.
          last = collectFields(buttonForm?.isConnected ? buttonForm : document, { hints });
          sendResponse(last.fields);
        });
        return true;
      }
      if (message?.type === 'content/apply-fill' && Array.isArray(message.steps)) {
        const r = message.resume;
        filled = true;
        actedSinceFill = false;
        watchAfterFill();
        const asked = (raw as { askUser?: unknown }).askUser;
        askUser = new Set(Array.isArray(asked) ? asked.filter((q): q is string => typeof q === 'string') : []);
        const resume =
          r && typeof r.name === 'string' && Array.isArray(r.bytes)
            ? { name: r.name, type: typeof r.type === 'string' ? r.type : 'application/pdf', bytes: Uint8Array.from(r.bytes as number[]) }
            : null;
        apply(message.steps as FillStep[], resume).then(sendResponse, (error) =>
          sendResponse([{ ref: '', ok: false, error: String(error) }]),
        );
        return true;
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
