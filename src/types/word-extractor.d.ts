// word-extractor ships no types; this declares the part of its API the importer uses.
declare module 'word-extractor' {
  interface TextOptions {
    filterUnicode?: boolean;
    includeFooters?: boolean;
    includeHeadersAndFooters?: boolean;
    includeBody?: boolean;
  }
  export interface WordDocument {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getHeaders(options?: TextOptions): string;
    getFooters(options?: TextOptions): string;
    getTextboxes(options?: TextOptions): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
