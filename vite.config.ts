// One build (Vite): the task pane and the custom functions share one page, taskpane.html, and one
// bundle, as a shared runtime requires. Metadata and the manifest are added by scripts/build.mjs.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: "taskpane",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    target: "es2020",
    rollupOptions: {
      input: "taskpane/taskpane.html",
      // A stable name: the manifest points the custom functions script at it.
      output: { entryFileNames: "taskpane.js" },
    },
  },
});
