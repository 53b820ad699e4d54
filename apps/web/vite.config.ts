import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * ADR 0012: zod's JSON Schema conversion (`toJSONSchema`, standard-schema `jsonSchema`) is never
 * used in the browser, but zod's classic schemas import it statically, which costs every form
 * page about 5 kB gz of its 170 kB first-load budget. In the production bundle its two modules
 * become functions that throw if ever called; validation itself does not touch them. Export names
 * are read from the installed zod, so an upgrade that adds one keeps building.
 */
function withoutZodJsonSchema(): Plugin {
  const stubbed = /[\\/]zod[\\/]v4[\\/]core[\\/](json-schema-processors|to-json-schema)\.js$/;
  return {
    name: 'entente:without-zod-json-schema',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!stubbed.test(id)) return null;
      const source = readFileSync(id, 'utf8');
      const names = new Set(
        [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]!),
      );
      const aliases = [...source.matchAll(/^export \{ (\w+) as (\w+) \}/gm)];
      const fail = `function unavailable() { throw new Error('zod JSON Schema conversion is not in the web bundle'); }`;
      const lines = [...names].map((name) =>
        // `create…Method` factories run when a schema's `~standard` is read: they must return.
        name.startsWith('create')
          ? `export const ${name} = () => unavailable;`
          : name === 'allProcessors'
            ? `export const ${name} = {};`
            : `export const ${name} = unavailable;`,
      );
      for (const [, local, exported] of aliases) lines.push(`export { ${local} as ${exported} };`);
      return `${fail}\n${lines.join('\n')}\n`;
    },
  };
}

/**
 * Copies first-view.json (each page's chunks loaded before any interaction) next to Vite's
 * manifest, where the API reads both to announce a page's chunks in the HTML it serves.
 */
function firstViewTable(): Plugin {
  return {
    name: 'entente:first-view',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('./first-view.json', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: '.vite/first-view.json', source });
    },
  };
}

// The built app is served by the API (same origin, strict CSP: no inline scripts or styles).
export default defineConfig({
  plugins: [withoutZodJsonSchema(), react(), firstViewTable()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Inline assets become data: URLs; keep every asset a first-party file instead.
    assetsInlineLimit: 0,
    // The API reads it to announce a page's chunks in the HTML it serves (modulepreload).
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
