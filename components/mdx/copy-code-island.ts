// The copy island: a click on a code block's copy button (CopyCodeButton.tsx) copies the block's code,
// and the button and its status message say whether it worked, for two seconds.
import { copyLabels } from '@/lib/model/copy-labels';

const resetAfterMs = 2000;
const timers = new WeakMap<HTMLButtonElement, number>();

/**
 * One status message for every block of the page, made at the first click rather than as the island
 * loads: in `next dev` React has yet to hydrate the page then, and an element it did not render fails
 * the hydration. A screen reader announces a change to a status message that was already there, so the
 * first message is written a moment after the element.
 */
let status: HTMLElement | undefined;

function say(message: string): void {
  if (status) {
    status.textContent = message;
    return;
  }
  status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'visually-hidden';
  (document.querySelector('main') ?? document.body).append(status);
  const created = status;
  window.setTimeout(() => (created.textContent = message), 100);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = button.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
  let isCopied = true;
  try {
    // Absent on a page served over plain http from another host than localhost: reported, not thrown.
    await navigator.clipboard.writeText(code);
  } catch {
    isCopied = false;
  }
  const language = button.dataset.copyCode ?? '';
  const labels = Object.hasOwn(copyLabels, language) ? copyLabels[language as keyof typeof copyLabels] : copyLabels.en;
  button.textContent = isCopied ? labels.copied : labels.copyCode;
  say(isCopied ? labels.copied : labels.copyFailed);
  window.clearTimeout(timers.get(button));
  timers.set(
    button,
    window.setTimeout(() => {
      button.textContent = labels.copyCode;
      say('');
    }, resetAfterMs),
  );
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-code]') : null;
  if (button) void copy(button);
});
