/**
 * The shared runtime's entry: registers the BUDGET custom functions, then renders the task pane.
 * Outside Office (a plain browser) the same page runs as a preview.
 */
import { createRoot } from "react-dom/client";
import { registerCustomFunctions } from "../functions/register";
import { App } from "./App";

registerCustomFunctions();

function render(host: string | null): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App host={host} />);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => render(info.host ? String(info.host) : null));
} else {
  render(null);
}
