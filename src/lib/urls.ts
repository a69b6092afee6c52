/** Internal links, all under the configured base path (BASE_PATH), so the site works at /archive/ too. */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const href = (path = '') => `${base}${path.replace(/^\//, '')}`;
export const reportHref = (id: string) => href(`reports/${id}/`);
export const regionHref = (code: string) => href(`regions/${code}/`);
export const yearHref = (year: number) => href(`years/${year}/`);
export const levelHref = (slug: string) => href(`levels/${slug}/`);
export const rawHref = (raw: string) => href(raw);
export const markdownHref = (id: string) => href(`reports/${id}.md`);
