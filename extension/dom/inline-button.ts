/** Combined opacity below which the page has made Jobsmith's button see-through (it is drawn opaque). */
const MIN_OPACITY = 0.9;

/**
 * A small "Autofill" button beside an application form, in a closed shadow root so the page's
 * styles and scripts cannot reach into it, positioned over the page without changing its layout.
 * It sits in the top layer (a manual popover), above anything the page draws whatever its z-index.
 *
 * Only a user's click counts: trusted (page scripts cannot press it), and on a button they could
 * see. A page can still style the host element, cover it with its own top-layer element or embed
 * the form in a frame it hides: a click on a hidden, see-through or covered button does nothing,
 * so a page cannot trick the user into a fill by drawing something else where the button is.
 */
export function mountInlineButton(form: Element, onClick: () => void): () => void {
  const doc = form.ownerDocument;
  const win = doc.defaultView ?? window;
  const host = doc.createElement('jobsmith-autofill');
  const topLayer = typeof host.showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');
  // Undoes the browser's popover look (fixed, centred, bordered, filled); the z-index serves
  // browsers without popovers.
  host.style.cssText =
    'position:absolute;inset:auto;z-index:2147483646;margin:0;padding:0;border:0;background:transparent;overflow:visible;width:auto;height:auto;';
  const shadow = host.attachShadow({ mode: 'closed' });
  // The host's ::before/::after belong to the page's styles: they could paint over the button
  // while clicks still reach it. Rules of the shadow root outrank the page's, !important included.
  shadow.innerHTML = `<style>
    :host::before,:host::after{content:none!important;display:none!important}
    button{font:600 12px system-ui,sans-serif;color:#fff;background:#2f5fd0;border:0;border-radius:999px;padding:6px 12px;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.25)}
    button:hover{background:#244ba8}
  </style><button type="button" aria-label="Autofill this application with Jobsmith">Autofill with Jobsmith</button>`;
  const button = shadow.querySelector('button') as HTMLButtonElement;

  // Chromium tells whether the button is actually seen: not covered by anything (the page's own
  // top-layer elements included, even those that let clicks through), not faded, filtered or
  // transformed, here or in the frames around it (a page embedding the form in a hidden iframe).
  // Until its first report it counts as unseen. Other browsers lack `isVisible`: the checks in
  // `seen` still apply there.
  const tracksVisibility = 'isVisible' in IntersectionObserverEntry.prototype;
  let observedVisible = !tracksVisibility;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        observedVisible = tracksVisibility ? Boolean((entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible) : true;
      }
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );

  /** Whether the user could see the button where they clicked it. */
  const seen = (event: MouseEvent): boolean => {
    if (!host.isConnected || !observedVisible) return false;
    if (typeof host.checkVisibility === 'function' && !host.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false;
    let opacity = 1;
    for (let node: Element | null = button; node; node = node.parentElement ?? (node === button ? host : null)) {
      opacity *= Number.parseFloat(win.getComputedStyle(node).opacity) || 0;
    }
    if (opacity < MIN_OPACITY || win.getComputedStyle(host).filter !== 'none') return false;
    // A key press on the focused button has no point on the screen: its centre stands in.
    const box = button.getBoundingClientRect();
    const x = event.detail === 0 ? (box.left + box.right) / 2 : event.clientX;
    const y = event.detail === 0 ? (box.top + box.bottom) / 2 : event.clientY;
    return doc.elementFromPoint(x, y) === host;
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted && seen(event)) onClick();
  });
  const place = () => {
    const rect = form.getBoundingClientRect();
    host.style.top = `${Math.max(0, rect.top + win.scrollY - 8)}px`;
    host.style.left = `${Math.max(0, rect.right + win.scrollX - 190)}px`;
  };
  place();
  doc.body.append(host);
  if (topLayer) {
    try {
      host.showPopover();
    } catch {
      // Already shown, or the page removed it at once: the z-index above is what is left.
    }
  }
  observer.observe(host);
  win.addEventListener('resize', place);
  const timer = win.setInterval(place, 1000);
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', place);
    win.clearInterval(timer);
    host.remove();
  };
}
