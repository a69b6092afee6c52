/**
 * The 简/繁 switch. This entry is tiny; the converter and its dictionary (convert-page.ts, opencc-js)
 * are fetched only when a reader asks for the other script, or has asked before.
 */
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
  const { convertPage } = await import('./convert-page.ts');
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
