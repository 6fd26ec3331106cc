import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

// `npm run dev` serves the UI with hot reload and sends the API to a running server (`./run server`).
const server = process.env.OPSLEDGER_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/graphql': { target: server, ws: true, changeOrigin: true },
      '/ping': { target: server, changeOrigin: true },
      '/api': { target: server, changeOrigin: true },
      '/actuator': { target: server, changeOrigin: true },
    },
  },
  build: {
    // ui/target is the UI's build output; Maven copies dist/ into the jar's static resources.
    outDir: 'target/dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
});
