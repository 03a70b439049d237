/**
 * Whether a person can see a control, so Jobsmith never fills one they cannot: a page can hide
 * "honeypot" inputs labelled Email or Phone and harvest whatever an autofill puts there. A control
 * counts when it is rendered, at least a few pixels in size, on the page or scrollable to, not
 * transparent (opacity on it or any ancestor, across shadow roots and frames), and not clipped
 * away (`clip`, `clip-path`, an `overflow: hidden` ancestor too small to show it). Whether
 * something covers it is checked where it is filled (`uncovered`), once it is scrolled into view.
 *
 * Checkboxes, radios and file inputs are often drawn by a visible stand-in (a styled label, an
 * "Attach" button, a drop zone) while the input itself is transparent or hidden: they count when
 * their stand-in does. A lone hidden file input does not.
 */

/** Smallest width × height, in CSS pixels, of a control a person could see and click. */
const MIN_AREA = 24;
/** Combined opacity below which a control is not seen (0.01 is a common honeypot trick). */
const MIN_OPACITY = 0.1;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The element a node hangs from, through shadow roots (to their host) and frames (to their iframe). */
export function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root && 'host' in root) return (root as ShadowRoot).host;
  return el.ownerDocument.defaultView?.frameElement ?? null;
}

const styleOf = (el: Element) => (el.ownerDocument.defaultView ?? window).getComputedStyle(el);

/** `inset(…)` / `circle(…)` / `ellipse(…)` / `polygon(…)` of a clip-path, as the box it leaves. */
function clipPathBox(clipPath: string, rect: Box): Box | null {
  const width = rect.right - rect.left;
  const height = rect.bottom - rect.top;
  const length = (token: string, of: number) =>
    token.endsWith('%') ? (Number.parseFloat(token) / 100) * of : Number.parseFloat(token) || 0;
  const inset = /^inset\(([^)]*)\)/.exec(clipPath);
  if (inset) {
    const parts =
      (inset[1] ?? '')
        .split(/\s+round\s+/)[0]
        ?.trim()
        .split(/\s+/) ?? [];
    const [t = '0', r = t, b = t, l = r] = parts;
    return {
      left: rect.left + length(l, width),
      top: rect.top + length(t, height),
      right: rect.right - length(r, width),
      bottom: rect.bottom - length(b, height),
    };
  }
  const round = /^(circle|ellipse)\(\s*([\d.]+(?:px|%)?)(?:\s+([\d.]+(?:px|%)?))?/.exec(clipPath);
  if (round) {
    const rx = length(round[2] ?? '0', width);
    const ry = round[3] ? length(round[3], height) : rx;
    const cx = (rect.left + rect.right) / 2;
    const cy = (rect.top + rect.bottom) / 2;
    return { left: cx - rx, top: cy - ry, right: cx + rx, bottom: cy + ry };
  }
  const polygon = /^polygon\(([^)]*)\)/.exec(clipPath);
  if (polygon) {
    const points = (polygon[1] ?? '').split(',').map((p) => p.trim().split(/\s+/));
    const xs = points.map(([x = '0']) => rect.left + length(x, width));
    const ys = points.map(([, y = '0']) => rect.top + length(y, height));
    return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  }
  return null;
}

/** `clip: rect(t, r, b, l)` of an absolutely positioned element, as the box it leaves. */
function clipBox(clip: string, rect: Box): Box | null {
  const m = /^rect\(([^)]*)\)/.exec(clip);
  if (!m) return null;
  const [t, r, b, l] = (m[1] ?? '').split(/[\s,]+/).map((v) => (v === 'auto' ? null : Number.parseFloat(v)));
  return {
    left: rect.left + (l ?? 0),
    top: rect.top + (t ?? 0),
    right: r == null ? rect.right : rect.left + r,
    bottom: b == null ? rect.bottom : rect.top + b,
  };
}

const intersect = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
});
const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
/** The element above, through shadow roots (to their host), within one document (frames stop the walk). */
export const up = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host || null);
const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

/**
 * One pass of visibility checks over a form. Ancestors' opacity is cached for the pass, as forms
 * share most of their ancestors; make a new checker when the page may have changed.
 */
export function createVisibility() {
  const opacities = new Map<Element, number>();

  /** Combined opacity of an element and its ancestors, up through shadow hosts and frames. */
  const opacity = (el: Element | null): number => {
    if (!el) return 1;
    const cached = opacities.get(el);
    if (cached !== undefined) return cached;
    const own = Number.parseFloat(styleOf(el).opacity);
    const combined = (Number.isNaN(own) ? 1 : own) * opacity(parentAcross(el));
    opacities.set(el, combined);
    return combined;
  };

  /** `clip-path` and `clip` of an element, applied to a box (they clip the element and what it holds). */
  const ownClip = (node: Element, s: CSSStyleDeclaration, box: Box): Box => {
    let out = box;
    if (s.clipPath && s.clipPath !== 'none') {
      const clipped = clipPathBox(s.clipPath, node.getBoundingClientRect());
      if (clipped) out = intersect(out, clipped);
    }
    if (s.clip && s.clip !== 'auto' && (s.position === 'absolute' || s.position === 'fixed')) {
      const clipped = clipBox(s.clip, node.getBoundingClientRect());
      if (clipped) out = intersect(out, clipped);
    }
    return out;
  };

  const regions = new Map<Element, Box>();
  /**
   * Where an element's content can show: its own clips and hidden overflow (a height: 0 box
   * shows nothing), within its ancestors' region. Cached for the pass: fields share ancestors.
   */
  const region = (node: Element | null): Box => {
    if (!node) return EVERYWHERE;
    const cached = regions.get(node);
    if (cached) return cached;
    const s = styleOf(node);
    let box = s.position === 'fixed' ? EVERYWHERE : region(up(node));
    box = ownClip(node, s, box);
    if (/hidden|clip/.test(`${s.overflowX} ${s.overflowY}`)) {
      const r = node.getBoundingClientRect();
      box = intersect(box, {
        left: s.overflowX === 'visible' ? -Infinity : r.left,
        right: s.overflowX === 'visible' ? Infinity : r.right,
        top: s.overflowY === 'visible' ? -Infinity : r.top,
        bottom: s.overflowY === 'visible' ? Infinity : r.bottom,
      });
    }
    regions.set(node, box);
    return box;
  };

  /** Rendered, big enough, not transparent, not clipped away, not off the page. The element itself, no stand-in. */
  function seen(el: Element): boolean {
    if (!el.isConnected) return false;
    const html = el as HTMLElement;
    if (typeof html.checkVisibility === 'function' && !html.checkVisibility({ visibilityProperty: true })) return false;
    const style = styleOf(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    const rect = el.getBoundingClientRect();
    let box: Box = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    if (rect.width < 1 || rect.height < 1 || area(box) < MIN_AREA) return false;
    if (opacity(el) < MIN_OPACITY) return false;
    // Clipping by the element itself, then by the region its ancestors leave (a frame's own box is checked for the frame).
    box = ownClip(el, style, box);
    if (style.position !== 'fixed') box = intersect(box, region(up(el)));
    if (area(box) < MIN_AREA) return false;
    // Above or left of the page's origin, where no scrolling reaches.
    const win = el.ownerDocument.defaultView;
    if (win && (box.right + win.scrollX <= 0 || box.bottom + win.scrollY <= 0)) return false;
    // A control inside a frame is seen only if its frame is.
    const frame = win?.frameElement;
    return frame ? seen(frame) : true;
  }

  /** What a person sees for a checkbox, radio or file input drawn by something else. */
  function standIn(input: HTMLInputElement): Element | null {
    const labels = Array.from(input.labels ?? []).filter((l) => seen(l));
    if (labels[0]) return labels[0];
    if (input.type !== 'file') {
      // A styled box beside a transparent input (MUI, Greenhouse's new checkboxes).
      const parent = input.parentElement;
      return parent && !parent.matches('form, fieldset, body') && parent.children.length <= 4 && seen(parent) ? parent : null;
    }
    // A file input hidden behind its own button or drop zone, within its small container.
    let node: Element | null = input.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      // Within the input's own small container, never the form's: another field's button is not its stand-in.
      if (node.matches('form, fieldset, body') || node.querySelectorAll('input, select, textarea').length > 3) break;
      const zone = Array.from(node.querySelectorAll('button, [role="button"], label, [class*="drop" i], [class*="upload" i]')).find(
        (c) => c !== input && !c.contains(input) && UPLOAD_WORDS.test(c.textContent ?? '') && seen(c),
      );
      if (zone) return zone;
      if (node.matches('[role="group"]')) break;
    }
    return null;
  }

  /** A control a person can see (itself, or the stand-in that draws it). */
  function fillable(el: Element): boolean {
    const html = el as HTMLElement;
    if (html.hidden || el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
    if (seen(el)) return true;
    if (el.localName === 'input' && /^(checkbox|radio|file)$/.test((el as HTMLInputElement).type)) {
      const stand = standIn(el as HTMLInputElement);
      return stand !== null && !stand.closest('[hidden], [aria-hidden="true"], [inert]');
    }
    return false;
  }

  return { fillable, seen };
}

const UPLOAD_WORDS = /upload|attach|browse|choose|select (a )?file|drop|resume|cv\b|file/i;

/** One control, checked now (the page may have changed since it was collected). */
export function fillable(el: Element): boolean {
  return createVisibility().fillable(el);
}

/**
 * Nothing else sits on top of the control where a person would click it: checked as it is
 * filled, once it is scrolled into view. A floating label over part of a field is fine; an
 * element that covers the whole field (an overlay, a modal) is not.
 */
export function uncovered(el: Element): boolean {
  const target = el.localName === 'input' && /^(checkbox|radio|file)$/.test((el as HTMLInputElement).type) ? null : el;
  if (!target) return true;
  let rect = target.getBoundingClientRect();
  const win = target.ownerDocument.defaultView;
  // Brought into view first when it is not (as typing into it would), so the check sees what a person would.
  if (win && (rect.top < 0 || rect.left < 0 || rect.bottom > win.innerHeight || rect.right > win.innerWidth)) {
    (target as HTMLElement).scrollIntoView?.({ block: 'center', inline: 'nearest' });
    rect = target.getBoundingClientRect();
  }
  const root = target.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint?.((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2);
  // Outside the viewport even when scrolled to (a fixed-size frame): nothing to judge.
  if (!hit || hit === target || target.contains(hit) || hit.contains(target)) return true;
  if (hit.localName === 'jobsmith-autofill') return true;
  if (hit.closest('label') && Array.from((target as HTMLInputElement).labels ?? []).includes(hit.closest('label') as HTMLLabelElement))
    return true;
  const over = hit.getBoundingClientRect();
  const covers = over.left <= rect.left + 1 && over.top <= rect.top + 1 && over.right >= rect.right - 1 && over.bottom >= rect.bottom - 1;
  return !covers;
}
