// Builds the UI into the Python package (src/regserver/http/ui), which the server serves at "/".
import { fileURLToPath } from "node:url";

import { defineConfig } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // The generated TypeScript types of the contract, as every TypeScript client uses them.
    alias: { "@gen": here("../clients/typescript/src/gen/regserver/v1") },
    // One copy of the runtime, whichever folder imports it.
    dedupe: ["@bufbuild/protobuf", "@connectrpc/connect"],
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: here("../src/regserver/http/ui"),
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
});
