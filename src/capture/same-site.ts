/** Two addresses on the same site: the same host, with or without a leading www. (Pure.) */
export function sameSite(a: URL, b: URL): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return bare(a.hostname) === bare(b.hostname);
}
