// Values the global setup hands to the test files (vitest provide/inject).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin the browser must use, exactly PUBLIC_URL (CSRF checks the Origin header against it). */
    baseURL: string;
    /** 'pglite' or 'postgres', for the record in test output. */
    databaseKind: string;
  }
}

export {};
