/**
 * The 简/繁 switch. The page carries its own text in the other script (src/middleware.ts), which
 * convert-page.ts applies at once; opencc-js and its dictionary are fetched only for text the page
 * did not have when built (search results).
 */
import { convertPage } from './convert-page.ts';
const KEY = 'zh-script';
type Script = 'Hans' | 'Hant';
const root = document.documentElement;
const published = (root.dataset.script as Script | undefined) ?? 'Hans';

function stored(): Script | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'Hans' || v === 'Hant' ? v : null;
  } catch {
    return null;
  }
}

async function show(target: Script): Promise<void> {
  // The inline script at the end of the page (apply-script-map.js) may have converted it already.
  if (root.dataset.shown === target) return;
  await convertPage(target);
}

const preference = stored();
if (preference && preference !== published) {
  show(preference).finally(() => root.classList.remove('script-pending'));
} else {
  root.classList.remove('script-pending');
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-script-toggle]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const current = (root.dataset.shown as Script | undefined) ?? published;
    const next: Script = current === 'Hans' ? 'Hant' : 'Hans';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private browsing: the switch still works for this page.
    }
    // The page as built is already in its published script: reloading shows it unconverted.
    if (next === published) location.reload();
    else await show(next);
  });
}
