/**
 * A small "Autofill" button beside an application form, in a closed shadow root so the page's
 * styles and scripts cannot reach into it, positioned over the page without changing its layout.
 * Only a real user click (isTrusted) triggers a fill: page scripts cannot press it.
 */
export function mountInlineButton(form: Element, onClick: () => void): () => void {
  const doc = form.ownerDocument;
  const host = doc.createElement('jobsmith-autofill');
  host.style.cssText = 'position:absolute;z-index:2147483646;margin:0;padding:0;border:0;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>
    button{font:600 12px system-ui,sans-serif;color:#fff;background:#2f5fd0;border:0;border-radius:999px;padding:6px 12px;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.25)}
    button:hover{background:#244ba8}
  </style><button type="button" part="button" aria-label="Autofill this application with Jobsmith">Autofill with Jobsmith</button>`;
  const button = shadow.querySelector('button') as HTMLButtonElement;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (event.isTrusted) onClick();
  });
  const place = () => {
    const rect = form.getBoundingClientRect();
    const win = doc.defaultView ?? window;
    host.style.top = `${Math.max(0, rect.top + win.scrollY - 8)}px`;
    host.style.left = `${Math.max(0, rect.right + win.scrollX - 190)}px`;
  };
  place();
  doc.body.append(host);
  const win = doc.defaultView ?? window;
  win.addEventListener('resize', place);
  const timer = win.setInterval(place, 1000);
  return () => {
    win.removeEventListener('resize', place);
    win.clearInterval(timer);
    host.remove();
  };
}
