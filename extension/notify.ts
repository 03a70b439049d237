import { browser } from 'wxt/browser';

/** A browser notification with Jobsmith's icon (reminders, new jobs that fit). Buttons show in Chrome; Firefox has none. */
export async function showNotification(id: string, notice: { title: string; message: string; buttons?: string[] }): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/'),
    title: notice.title,
    message: notice.message,
    ...(notice.buttons && import.meta.env.BROWSER !== 'firefox' ? { buttons: notice.buttons.map((title) => ({ title })) } : {}),
  });
}
