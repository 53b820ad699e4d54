// fontkit ships no types; pdfkit depends on it and we only parse fonts with it (pdf/fonts.ts).
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
