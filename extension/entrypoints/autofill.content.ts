import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { FillStep } from '../../shared/autofill/plan-fill.ts';
import type { ContentToBackground } from '../../shared/messages.ts';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { markLive } from '../access/readers.ts';
import { type Collected, collectFields } from '../dom/collect.ts';
import { mountInlineButton } from '../dom/inline-button.ts';
import { applyStep, type ResumeFile, type StepResult } from '../dom/insert.ts';
import { SUPPORTED_SITE_MATCHES } from '../sites/patterns.ts';

const FORM_CONTROLS = 'input:not([type="hidden"]), select, textarea, [role="combobox"], button[aria-haspopup="listbox"]';
// Fewer fields than this is a search box or a sign-up, not an application.
const MIN_FIELDS = 3;
// What ATSs say once an application went through (not "thank you for your interest": job pages say that).
const CONFIRMATION =
  /thank(s| you) for (applying|your application|submitting)|application (was |has been )?(submitted|received|sent)|we('ve| have) received your application/i;

/**
 * Autofill's hands on the page: reads the form when asked and types in the planned values.
 * Isolated world; it holds no profile, only the values of one fill while it types them.
 * Runs by the manifest on the site units' pages, and by `scripting` wherever the user asks.
 */
export default defineContentScript({
  matches: [...SUPPORTED_SITE_MATCHES],
  runAt: 'document_idle',
  // Application forms are often embedded in a company's careers page as an iframe.
  allFrames: true,
  main(ctx) {
    // Lets the background's injection skip this frame, keeping what this copy holds (a fill's
    // questions for the user, the inline button) rather than starting a second one.
    markLive('autofill', ctx);
    // The site unit whose page this is (none on a page read on demand): its wizard and wording.
    const site = siteOfUrl(new URL(location.href));
    let last: Collected | null = null;
    // Questions autofill left to the user: their answers are remembered when the form is sent.
    let askUser = new Set<string>();

    /** The user's answers to `askUser` questions, as the form holds them now. */
    const userAnswers = () =>
      collectFields(document).fields.flatMap((field) => {
        if (!askUser.has(field.label) || !field.value || field.value === 'false') return [];
        const option = field.options.find((o) => o.value === field.value);
        return [{ question: field.label, answer: option?.label ?? field.value }];
      });

    // Capture phase: the page's own handler may stop the event or navigate away.
    ctx.addEventListener(
      document,
      'submit',
      () => {
        const message: ContentToBackground = { type: 'page/submitted', url: location.href, answers: userAnswers() };
        browser.runtime.sendMessage(message).catch(() => {
          // The extension is reloading; the submission still happened on the page.
        });
      },
      { capture: true },
    );

    // An ATS that submits by script (Workday's "Submit" button, Ashby) shows a confirmation instead
    // of posting a form: once a page Jobsmith filled reads like one, tell the background (once).
    // Checked only after a fill, with the wizard's step watcher: not on every page's changes.
    let confirmationSent = false;
    const checkConfirmation = () => {
      if (confirmationSent || !document.body) return;
      const text = (document.body.textContent ?? '').slice(0, 20_000);
      if (!CONFIRMATION.test(text) && !site?.confirmation?.test(text)) return;
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
        results.push(await applyStep(el, step, resume));
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
        (f) => f.querySelectorAll(FORM_CONTROLS).length >= MIN_FIELDS && collectFields(f).fields.length >= MIN_FIELDS,
      );
      if (!form) return;
      if (window !== window.top)
        browser.runtime.sendMessage({ type: 'page/form-frame' } satisfies ContentToBackground).catch(() => undefined);
      unmount = mountInlineButton(form, () => {
        browser.runtime.sendMessage({ type: 'page/autofill' } satisfies ContentToBackground).catch(() => undefined);
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

    // Wizards (Workday) show one step at a time without a page load. Once the user has run a
    // fill on this page, each new step is filled as it appears, and a confirmation is noticed.
    const activeStep = () => (site?.wizardStep ? (document.querySelector(site.wizardStep)?.textContent?.trim() ?? null) : null);
    let followSteps = false;
    let lastStep: string | null = null;
    let stepCheck: number | undefined;
    const stepObserver = new MutationObserver(() => {
      if (!followSteps || stepCheck !== undefined) return;
      stepCheck = ctx.setTimeout(() => {
        stepCheck = undefined;
        checkConfirmation();
        const step = activeStep();
        if (step === null || step === lastStep) return;
        lastStep = step;
        if (collectFields(document).fields.length === 0) return;
        browser.runtime.sendMessage({ type: 'page/autofill' } satisfies ContentToBackground).catch(() => undefined);
      }, 300);
    });
    ctx.onInvalidated(() => stepObserver.disconnect());
    const startFollowingSteps = () => {
      if (followSteps) return;
      followSteps = true;
      lastStep = activeStep();
      stepObserver.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };

    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const message = raw as { type?: unknown; steps?: unknown; resume?: { name?: unknown; type?: unknown; bytes?: unknown } | null };
      if (message?.type === 'content/collect-form') {
        last = collectFields(document);
        sendResponse(last.fields);
        return undefined;
      }
      if (message?.type === 'content/apply-fill' && Array.isArray(message.steps)) {
        const r = message.resume;
        startFollowingSteps();
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
