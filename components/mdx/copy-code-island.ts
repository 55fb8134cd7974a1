// The copy island: a click on a code block's copy button (CopyCodeButton.tsx) copies the block's code,
// and the button and its status message say whether it worked, for two seconds.
import { copyLabels } from '@/lib/model/copy-labels';

const resetAfterMs = 2000;
const timers = new WeakMap<HTMLButtonElement, number>();

async function copy(button: HTMLButtonElement): Promise<void> {
  const code = button.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
  const status = button.nextElementSibling;
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
  if (status) status.textContent = isCopied ? labels.copied : labels.copyFailed;
  window.clearTimeout(timers.get(button));
  timers.set(
    button,
    window.setTimeout(() => {
      button.textContent = labels.copyCode;
      if (status) status.textContent = '';
    }, resetAfterMs),
  );
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-code]') : null;
  if (button) void copy(button);
});
