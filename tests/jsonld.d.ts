// The jsonld package ships no types; the tests use only expand() with a document loader.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl?: string | undefined;
    documentUrl: string;
    document: unknown;
  }
  const jsonld: {
    expand(input: object, options?: { documentLoader?: (url: string) => Promise<RemoteDocument> }): Promise<unknown[]>;
  };
  export default jsonld;
}
