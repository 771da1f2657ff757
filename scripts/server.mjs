// The local add-in server: serves dist/ over HTTPS (Office requires it) and swaps the CDN
// office.js for the copy in @microsoft/office-js, so nothing is fetched from the internet.
// Used by `npm start`, the end-to-end tests and the benchmark.
import { createServer as createHttpsServer } from "node:https";
import { createServer as createHttpServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Nothing but this server: budget data never leaves the machine, and office.js's own telemetry
 * frame (which it opens even outside Office) is not loaded either.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");
export const OFFICE_JS_LOCAL = "/office-js/office.js";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** A file under root, or null when the path leaves it or names no file. */
async function fileUnder(root, urlPath) {
  const path = resolve(root, "." + normalize(decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

function handler({ root, officeJsRoot }) {
  return async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "https://localhost");
      let path = url.pathname === "/" ? "/taskpane.html" : url.pathname;
      let base = root;
      if (path.startsWith("/office-js/")) {
        base = officeJsRoot;
        path = path.slice("/office-js".length);
      }
      const file = await fileUnder(base, path);
      if (!file) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        response.end(`not found: ${url.pathname}`);
        return;
      }
      let body = await readFile(file);
      if (extname(file) === ".html") body = Buffer.from(body.toString("utf8").replaceAll(OFFICE_JS_CDN, OFFICE_JS_LOCAL));
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...(extname(file) === ".html" ? { "content-security-policy": CONTENT_SECURITY_POLICY } : {}),
      });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    }
  };
}

/**
 * The HTTPS key and certificate: office-addin-dev-certs' trusted localhost certificate where it
 * can be installed; otherwise (no sudo, no trust store, as on a CI machine) an untrusted one made
 * on the spot, which a browser accepts after a warning and Playwright with ignoreHTTPSErrors.
 */
export async function httpsOptions({ quiet = false } = {}) {
  try {
    const devCerts = await import("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!quiet) {
      console.warn(`office-addin-dev-certs could not install a trusted certificate (${String(error?.message ?? error).split("\n")[0]});`);
      console.warn("serving with a self-signed certificate instead: the browser will ask you to accept it.");
    }
    const mkcert = await import("mkcert");
    const ca = await mkcert.createCA({ organization: "BudgetLens dev CA", countryCode: "CN", state: "-", locality: "-", validity: 30 });
    const cert = await mkcert.createCert({ ca, domains: ["localhost", "127.0.0.1"], validity: 30 });
    return { key: cert.key, cert: cert.cert };
  }
}

/**
 * Starts the server. `https: false` serves plain HTTP (the tests use it for the preview).
 * Resolves to { server, url } once it listens.
 */
export async function startServer({ root = "dist", port = 3000, https = true, quiet = false } = {}) {
  const options = {
    root: resolve(root),
    officeJsRoot: resolve(join("node_modules", "@microsoft", "office-js", "dist")),
  };
  const server = https
    ? createHttpsServer(await httpsOptions({ quiet }), handler(options))
    : createHttpServer(handler(options));
  await new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolveListen);
  });
  const actualPort = server.address().port;
  return { server, url: `${https ? "https" : "http"}://localhost:${actualPort}` };
}
