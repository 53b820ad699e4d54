import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built app is served by the API (same origin, strict CSP: no inline scripts or styles).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Inline assets become data: URLs; keep every asset a first-party file instead.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
