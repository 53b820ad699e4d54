/**
 * Issue 7 (Lighthouse): without hints the browser fetches the entry chunk, runs it, and only
 * then discovers the lazy chunks of the page it is on, one round trip after another. The web
 * build lists each page's first-view modules (apps/web/first-view.json, copied next to Vite's
 * manifest); this turns them into `<link>` tags the served HTML carries, so those chunks download
 * alongside the entry. Pure: the caller reads the files and logs the warnings.
 */

/** The part of a Vite manifest entry (dist/.vite/manifest.json) the hints need. */
export type ManifestChunk = {
  file: string;
  imports?: string[] | undefined;
  css?: string[] | undefined;
  isEntry?: boolean | undefined;
};
export type ViteManifest = Record<string, ManifestChunk>;

/** apps/web/first-view.json: page path regexes (first match wins) and their source modules. */
export type FirstViewTable = {
  always?: string[] | undefined;
  pages: { path: string; modules: string[] }[];
};

export type PreloadHints = {
  /** The tags for a page path (no query): its first-view chunks, then `always`. */
  hintsFor: (path: string) => string;
  /** The tags for a path no page matches, or the app's "not found" page: `always` only. */
  alwaysHints: string;
  /** Start-up problems for one warning: modules not in the manifest, paths that do not compile. */
  unknownModules: string[];
  invalidPaths: string[];
};

/**
 * Precomputes every page's tags once, so a request only scans the path regexes. What index.html
 * already loads is never repeated: the entry, its static imports (Vite writes their
 * modulepreload links into index.html) and anything else the HTML references under /assets/.
 */
export function preloadHints(
  manifest: ViteManifest,
  firstView: FirstViewTable,
  indexHtml: string,
): PreloadHints {
  const loaded = new Set(
    [...indexHtml.matchAll(/\b(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!),
  );
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    for (const entryChunk of staticClosure(manifest, [key])) {
      loaded.add(url(entryChunk.file));
      for (const css of entryChunk.css ?? []) loaded.add(url(css));
    }
  }

  const unknownModules = new Set<string>();
  const tagsFor = (modules: string[]): string => {
    for (const module of modules) if (!manifest[module]) unknownModules.add(module);
    const chunks = staticClosure(
      manifest,
      modules.filter((module) => manifest[module]),
    );
    const scripts = [...new Set(chunks.map((chunk) => url(chunk.file)))].filter(
      (href) => !loaded.has(href),
    );
    const styles = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []).map(url))].filter(
      (href) => !loaded.has(href),
    );
    // `crossorigin` as Vite's own links have it: a preload is only reused by a request with the
    // same credentials mode. Styles are preloaded, not linked: Vite's runtime inserts the
    // stylesheet when the chunk is imported and waits for it, which then finds it downloaded.
    return [
      ...scripts.map((href) => `<link rel="modulepreload" crossorigin href="${attr(href)}">`),
      ...styles.map((href) => `<link rel="preload" as="style" crossorigin href="${attr(href)}">`),
    ].join('\n    ');
  };

  const always = firstView.always ?? [];
  const invalidPaths: string[] = [];
  const pages: { path: RegExp; tags: string }[] = [];
  for (const page of firstView.pages) {
    let path: RegExp;
    try {
      path = new RegExp(page.path);
    } catch {
      invalidPaths.push(page.path);
      continue;
    }
    pages.push({ path, tags: tagsFor([...page.modules, ...always]) });
  }
  const alwaysHints = tagsFor(always);

  return {
    hintsFor: (path) => pages.find((page) => page.path.test(path))?.tags ?? alwaysHints,
    alwaysHints,
    unknownModules: [...unknownModules],
    invalidPaths,
  };
}

/** Inserts tags just before `</head>`; the HTML is unchanged when there is nothing to add. */
export function withHints(html: string, tags: string): string {
  const at = html.indexOf('</head>');
  if (!tags || at < 0) return html;
  return `${html.slice(0, at)}  ${tags}\n  ${html.slice(at)}`;
}

/**
 * The given modules' chunks and, depth first, their static imports: the order is stable and the
 * page's own chunk comes before what it shares with others. Dynamic imports are left out, they
 * load on interaction. Each chunk once, even through import cycles.
 */
function staticClosure(manifest: ViteManifest, keys: string[]): ManifestChunk[] {
  const seen = new Set<string>();
  const chunks: ManifestChunk[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    chunks.push(chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return chunks;
}

// The app is built with Vite's default base '/', as index.html's own links show.
const url = (file: string) => `/${file}`;

const attr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
