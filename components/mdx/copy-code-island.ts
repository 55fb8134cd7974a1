// The copy island: a click on a code block's copy button (CopyCodeButton.tsx) copies the block's code,
// and the button and its status message say whether it worked, for two seconds.
import { copyLabels } from '@/lib/model/copy-labels';

const resetAfterMs = 2000;
const timers = new WeakMap<HTMLButtonElement, number>();

// One status message for every block of the page, made as the island loads, well before a click, so
// that a screen reader announces what a click writes into it.
const status = document.createElement('span');
status.setAttribute('role', 'status');
status.className = 'visually-hidden';
(document.querySelector('main') ?? document.body).append(status);

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
  status.textContent = isCopied ? labels.copied : labels.copyFailed;
  window.clearTimeout(timers.get(button));
  timers.set(
    button,
    window.setTimeout(() => {
      button.textContent = labels.copyCode;
      status.textContent = '';
    }, resetAfterMs),
  );
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-code]') : null;
  if (button) void copy(button);
});
