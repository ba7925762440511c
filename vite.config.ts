/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { offlinePlugin } from './src/build/vite-plugin-offline.ts';
import { scenariosPlugin } from './src/build/vite-plugin-scenarios.ts';

export default defineConfig({
  plugins: [react(), scenariosPlugin(), offlinePlugin()],
  build: {
    manifest: true,
    target: 'es2022',
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
