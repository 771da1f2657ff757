/**
 * The manifest, checked offline (office-addin-manifest validate needs the internet): every element
 * the add-in relies on, in the order the schema requires, and every URL naming a built file.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { parseStringPromise } from "xml2js";

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: XmlNode[];
  _?: string;
}

const MANIFEST = resolve(__dirname, "..", "manifest.xml");
const DIST = resolve(__dirname, "..", "dist");
const localName = (node: XmlNode) => node["#name"].replace(/^.*:/, "");
const children = (node: XmlNode) => node.$$ ?? [];
function child(node: XmlNode, name: string): XmlNode {
  const found = children(node).find((c) => localName(c) === name);
  if (!found) throw new Error(`<${localName(node)}> has no <${name}>`);
  return found;
}
function path(node: XmlNode, ...names: string[]): XmlNode {
  return names.reduce(child, node);
}
/** The element names of a node's children, in document order. */
const order = (node: XmlNode) => children(node).map(localName);
/** Asserts that the children appear in the schema's order (optional elements may be absent). */
function expectSchemaOrder(node: XmlNode, schema: string[]) {
  const names = order(node);
  for (const name of names) expect(schema, `<${name}> is not expected in <${localName(node)}>`).toContain(name);
  const positions = names.map((name) => schema.indexOf(name));
  expect(positions, `children of <${localName(node)}>: ${names.join(", ")}`).toEqual([...positions].sort((a, b) => a - b));
}

let root: XmlNode;
let resources: Map<string, XmlNode>;

beforeAll(async () => {
  const parsed = await parseStringPromise(readFileSync(MANIFEST, "utf8"), {
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
  });
  root = Object.values(parsed)[0] as XmlNode;
  resources = new Map();
  for (const group of children(path(root, "VersionOverrides", "Resources"))) {
    for (const item of children(group)) resources.set(item.$!.id, item);
  }
});

const resource = (id: string) => {
  const found = resources.get(id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
};
const override = (node: XmlNode, locale: string) => children(node).find((c) => localName(c) === "Override" && c.$?.Locale === locale)?.$?.Value;

describe("manifest.xml", () => {
  it("is read by office-addin-manifest as a Workbook task pane add-in asking only ReadWriteDocument", async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultLocale).toBe("en-US");
    expect(info.displayName).toBe("BudgetLens");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("keeps the TaskPaneApp elements in schema order", () => {
    expectSchemaOrder(root, [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "AllowSnapshot", "VersionOverrides",
    ]);
  });

  it("requires SharedRuntime 1.1 and runs one long-lived runtime for the pane and the functions", () => {
    const sets = children(path(root, "Requirements", "Sets"));
    expect(sets.map((s) => [s.$?.Name, s.$?.MinVersion])).toContainEqual(["SharedRuntime", "1.1"]);
    const host = path(root, "VersionOverrides", "Hosts", "Host");
    expect(host.$?.["xsi:type"]).toBe("Workbook");
    expectSchemaOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    const runtime = path(host, "Runtimes", "Runtime");
    expect(runtime.$?.lifetime).toBe("long");
    expect(runtime.$?.resid).toBe("Taskpane.Url");
  });

  it("declares the custom functions: Script, Page (the shared runtime), Metadata and Namespace BUDGET", () => {
    const point = path(root, "VersionOverrides", "Hosts", "Host", "AllFormFactors", "ExtensionPoint");
    expect(point.$?.["xsi:type"]).toBe("CustomFunctions");
    expect(order(point)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    expect(path(point, "Page", "SourceLocation").$?.resid).toBe("Taskpane.Url");
    const namespace = resource(path(point, "Namespace").$!.resid);
    expect(namespace.$?.DefaultValue).toBe("BUDGET");
    expect(override(namespace, "zh-CN")).toBe("预算");
    const metadata = resource(path(point, "Metadata", "SourceLocation").$!.resid);
    expect(metadata.$?.DefaultValue).toMatch(/\/functions\.json$/);
    expect(override(metadata, "zh-CN")).toMatch(/\/functions\.zh-CN\.json$/);
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const desktop = path(root, "VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
    expectSchemaOrder(desktop, ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    const surface = child(desktop, "ExtensionPoint");
    expect(surface.$?.["xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = child(surface, "OfficeTab");
    expect(tab.$?.id).toBe("TabHome");
    const control = path(tab, "Group", "Control");
    expect(control.$?.["xsi:type"]).toBe("Button");
    expectSchemaOrder(control, ["Label", "Supertip", "Icon", "Action"]);
    const action = child(control, "Action");
    expect(action.$?.["xsi:type"]).toBe("ShowTaskpane");
    expect(path(action, "SourceLocation").$?.resid).toBe("Taskpane.Url");
    expect(children(child(control, "Icon")).map((i) => i.$?.size)).toEqual(["16", "32", "80"]);
  });

  it("keeps the VersionOverrides resources in schema order, every resid defined", () => {
    const overrides = path(root, "VersionOverrides");
    expect(overrides.$?.["xsi:type"]).toBe("VersionOverridesV1_0");
    expectSchemaOrder(overrides, ["Description", "Requirements", "Hosts", "Resources"]);
    expectSchemaOrder(child(overrides, "Resources"), ["Images", "Urls", "ShortStrings", "LongStrings"]);
    const used: string[] = [];
    const walk = (node: XmlNode) => {
      if (node.$?.resid) used.push(node.$.resid);
      children(node).forEach(walk);
    };
    walk(child(overrides, "Hosts"));
    for (const id of used) expect(resources.has(id), `resid ${id}`).toBe(true);
  });

  it("has zh-CN overrides for the display name and description", () => {
    expect(override(child(root, "DisplayName"), "zh-CN")).toBe("预算透镜");
    expect(override(child(root, "Description"), "zh-CN")).toMatch(/预算/);
  });

  it("points every URL at a file the build produces", () => {
    const text = readFileSync(MANIFEST, "utf8");
    const urls = [...text.matchAll(/https:\/\/localhost:3000\/([^"<\s]*)/g)].map((m) => m[1]).filter((p) => p !== "");
    expect(urls.length).toBeGreaterThan(8);
    expect(existsSync(DIST), "run the build first (npm test does)").toBe(true);
    for (const file of new Set(urls)) expect(existsSync(resolve(DIST, file)), `dist/${file}`).toBe(true);
    expect(readFileSync(resolve(DIST, "manifest.xml"), "utf8")).toBe(text);
  });

  it("hosts the pane and the functions in one page that loads office.js from the official CDN", () => {
    const html = readFileSync(resolve(DIST, "taskpane.html"), "utf8");
    expect(html).toContain('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(html).toMatch(/<script type="module"[^>]*src="\.\/taskpane\.js"/);
    const bundle = readFileSync(resolve(DIST, "taskpane.js"), "utf8");
    expect(bundle).toContain("associate");
  });
});
