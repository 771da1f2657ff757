/** The add-in server `npm start` runs: HTTPS, the local office.js, nothing outside dist/. */
import type { Server } from "node:https";
// @ts-expect-error -- a plain ES module script without types
import { OFFICE_JS_CDN, OFFICE_JS_LOCAL, startServer } from "../scripts/server.mjs";

let server: Server;
let url: string;

beforeAll(async () => {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // the dev certificate is not trusted on a CI machine
  ({ server, url } = await startServer({ port: 0, https: true, quiet: true }));
});
afterAll(() => {
  server?.close();
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
});

describe("add-in server", () => {
  it("serves the pane over HTTPS with office.js swapped for the local copy", async () => {
    expect(url).toMatch(/^https:\/\/localhost:\d+$/);
    const html = await (await fetch(`${url}/taskpane.html`)).text();
    expect(html).toContain(OFFICE_JS_LOCAL);
    expect(html).not.toContain(OFFICE_JS_CDN);
    // Only this server may be reached from the page.
    expect((await fetch(`${url}/taskpane.html`)).headers.get("content-security-policy")).toMatch(/default-src 'self'.*connect-src 'self'.*frame-src 'self'/);
    const office = await fetch(`${url}${OFFICE_JS_LOCAL}`);
    expect(office.status).toBe(200);
    expect((await office.text()).length).toBeGreaterThan(10_000);
  });
  it("serves the metadata and manifest, and nothing outside dist/", async () => {
    expect((await fetch(`${url}/functions.json`)).status).toBe(200);
    expect((await fetch(`${url}/manifest.xml`)).status).toBe(200);
    expect((await fetch(`${url}/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}/missing.js`)).status).toBe(404);
  });
});
