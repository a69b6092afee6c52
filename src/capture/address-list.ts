/**
 * A list of addresses to capture (--list FILE): one address per line, `#` starts a comment, blank
 * lines are skipped. Pure: every line that is not an http(s) address is reported by its number,
 * and the good lines still capture.
 */
export interface ListedAddress {
  line: number;
  url: string;
}

export interface ListProblem {
  line: number;
  text: string;
  message: string;
}

export function checkAddress(text: string): string | undefined {
  if (/\s/.test(text)) return 'holds white space (one address per line; encode spaces as %20)';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an address (write it in full: https://www.example.gov.cn/…)';
  }
  if (!/^https?:$/.test(url.protocol)) return `is a ${url.protocol} address; only http(s) pages are captured`;
  if (url.username || url.password) return 'carries a user name or password; the archive captures only public pages';
  return undefined;
}

export function parseAddressList(text: string): { addresses: ListedAddress[]; problems: ListProblem[] } {
  const addresses: ListedAddress[] = [];
  const problems: ListProblem[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, i) => {
    const t = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!t) return;
    const message = checkAddress(t);
    if (message) problems.push({ line: i + 1, text: t.slice(0, 80), message });
    else addresses.push({ line: i + 1, url: t });
  });
  return { addresses, problems };
}
