/**
 * The task pane: take a disclosure (paste, file, drop, or the sample), show what was read, import
 * it into the standard sheets with every inconsistency flagged, and list the findings. Inside
 * Excel the import goes to the workbook; in a plain browser (preview mode) the same sheets are
 * shown as tables below.
 */
import { useMemo, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Textarea,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { buildWorkbook } from "../src/layout/build-workbook";
import { readDisclosure, readingIsUsable } from "../src/reader/read-disclosure";
import { TABLE_IDS, type Reading } from "../src/reader/types";
import type { TextPositions } from "../src/reader/text-lines";
import { checkReading } from "../src/rules/check";
import { SEVERITY_ORDER, type Finding, type Severity } from "../src/rules/types";
import { binaryKind, decodeText, looksLikePdf } from "../src/text-encoding";
import type { WorkbookLayout } from "../src/layout/types";
import { readingFromSheets } from "../src/layout/read-back";
import type { ImportPlan } from "./excel/import-plan";
import { FindingsPanel } from "./FindingsPanel";
import { SheetPreview } from "./SheetPreview";
import { inLanguage, t, type Language } from "./i18n";
import sample from "./sample/atushi-xingfu-street-2024.txt?raw";
import { cellRef as cellAddress } from "../src/layout/types";

export interface AppProps {
  /** The Office host the pane runs in, or null in the browser preview. */
  host: string | null;
}

const useStyles = makeStyles({
  pane: { padding: "12px 16px", minHeight: "100vh", boxSizing: "border-box", display: "flex", flexDirection: "column", gap: "12px" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  drop: { border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: "6px", padding: "12px", display: "flex", flexDirection: "column", gap: "8px" },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "12px", rowGap: "2px" },
  statuses: { display: "flex", flexWrap: "wrap", gap: "4px" },
});

interface Checked {
  reading: Reading;
  findings: Finding[];
}

interface Imported {
  phase: "done";
  reading: Reading;
  findings: Finding[];
  layout: WorkbookLayout;
  /** Inside Excel: the plan that was executed (its sheet names and flags). */
  plan?: ImportPlan;
}

export type ImportState = { phase: "idle" } | { phase: "importing" } | { phase: "rechecking"; previous: Imported } | Imported | { phase: "failed"; message: string };

export function App({ host }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>("zh");
  const [text, setText] = useState("");
  /** Where the text came from a PDF: the positions of its cells (dropped once the text is edited). */
  const [positions, setPositions] = useState<TextPositions | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  const [selected, setSelected] = useState<{ sheet: string; cell: string } | null>(null);
  /** Preview mode: figures the analyst typed over, by sheet key and cell ("table-3" → "F7" → "1010.25"). */
  const edits = useRef(new Map<string, Map<string, string>>());
  const fileInput = useRef<HTMLInputElement>(null);
  const inExcel = host !== null && typeof Excel !== "undefined";

  /** The text's reading, once per text (the preview and the message below both come from it). */
  const reading: Reading | null = useMemo(() => (text.trim() === "" ? null : readDisclosure(text, undefined, positions)), [text, positions]);
  const checked: Checked | null = useMemo(() => (reading && readingIsUsable(reading) ? { reading, findings: checkReading(reading) } : null), [reading]);
  /** A text that reads into nothing usable: what the reader could not find. */
  const unusable = reading && !checked ? `${t(language, "noText")}：${reading.problems.join("；")}` : null;

  const take = (value: string, from?: TextPositions) => {
    setState({ phase: "idle" });
    setSelected(null);
    setText(value);
    setPositions(from);
    setError(null);
  };

  const takeFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.pdf$/i.test(file.name) || looksLikePdf(bytes)) {
      try {
        const { layoutOfPdf } = await import("./pdf-input");
        const layout = await layoutOfPdf(bytes);
        take(layout.text, layout);
      } catch (failure) {
        setError(`${file.name}: ${failure instanceof Error ? failure.message : String(failure)}`);
      }
      return;
    }
    const binary = binaryKind(bytes);
    if (binary) {
      setError(`${file.name}: ${t(language, binary === "office" ? "officeFile" : binary === "archive" ? "archiveFile" : "notText")}`);
      return;
    }
    take(decodeText(bytes));
  };

  const runImport = async () => {
    if (!checked) return;
    const layout = buildWorkbook(checked.reading, checked.findings);
    setState({ phase: "importing" });
    edits.current.clear();
    try {
      if (inExcel) {
        const { importLayout } = await import("./excel/excel-writer");
        const result = await Excel.run((context) => importLayout(context, layout));
        setState({ phase: "done", reading: checked.reading, findings: checked.findings, layout, plan: result.plan });
      } else {
        setState({ phase: "done", reading: checked.reading, findings: checked.findings, layout });
      }
    } catch (failure) {
      setState({ phase: "failed", message: `${t(language, "failed")}：${failure instanceof Error ? failure.message : String(failure)}` });
    }
  };

  const runRecheck = async () => {
    if (state.phase !== "done") return;
    const previous = state;
    setState({ phase: "rechecking", previous });
    try {
      if (inExcel && previous.plan) {
        const { recheck } = await import("./excel/recheck");
        const { notesSupport } = await import("./excel/excel-writer");
        const result = await Excel.run((context) => recheck(context, previous.reading, previous.layout, previous.plan!, notesSupport()));
        setState({ phase: "done", reading: result.reading, findings: result.findings, layout: result.layout, plan: result.plan });
      } else {
        // Preview: the sheets' values as shown, with the analyst's edits over them.
        const values = new Map(
          previous.layout.sheets.map((sheet) => [
            sheet.key,
            sheet.rows.map((row, r) => row.map((cell, c) => edits.current.get(sheet.key)?.get(cellAddress(r, c)) ?? cell.value ?? "")),
          ]),
        );
        const reading = readingFromSheets(previous.reading, previous.layout, values);
        const findings = checkReading(reading);
        edits.current.clear();
        setState({ phase: "done", reading, findings, layout: buildWorkbook(reading, findings) });
      }
    } catch (failure) {
      setState({ phase: "failed", message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  const goTo = async (sheet: string, cell: string) => {
    if (state.phase !== "done") return;
    const name = state.plan?.sheets.find((s) => s.key === state.layout.sheets.find((l) => l.name === sheet)?.key)?.name ?? sheet;
    setSelected({ sheet, cell });
    if (inExcel) {
      const { selectCell } = await import("./excel/excel-writer");
      await Excel.run((context) => selectCell(context, name, cell));
    }
  };

  const shown = state.phase === "done" ? state.findings : checked?.findings;
  const counts = (severity: Severity) => shown?.filter((f) => f.severity === severity).length ?? 0;

  return (
    <FluentProvider theme={webLightTheme} className={styles.pane} lang={language === "zh" ? "zh-CN" : "en"}>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) void takeFile(file);
        }}
        style={{ display: "contents" }}
      >
        <div className={styles.header}>
          <Title2 as="h1">
            {t(language, "title")} {language === "zh" ? "BudgetLens" : "预算透镜"}
          </Title2>
          <Button size="small" appearance="subtle" onClick={() => setLanguage(language === "zh" ? "en" : "zh")}>
            {t(language, "language")}
          </Button>
        </div>
        <Body1 as="p" block>
          {t(language, "intro")}
        </Body1>
        {!inExcel && (
          <Caption1 as="p" block data-testid="host">
            {t(language, "previewMode")}
          </Caption1>
        )}

        <div className={`${styles.drop} ${dragging ? styles.dropActive : ""}`} data-testid="input">
          <Textarea
            aria-label={t(language, "paste")}
            placeholder={t(language, "pastePlaceholder")}
            resize="vertical"
            rows={4}
            value={text.length > 2000 ? `${text.slice(0, 2000)}…` : text}
            onChange={(_, data) => take(data.value)}
          />
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => take(sample)} data-testid="try-sample">
              {t(language, "trySample")}
            </Button>
            <Button onClick={() => fileInput.current?.click()}>{t(language, "chooseFile")}</Button>
            <Caption1>{t(language, "drop")}</Caption1>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,.pdf,text/plain"
              hidden
              data-testid="file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void takeFile(file);
                event.target.value = "";
              }}
            />
          </div>
        </div>

        {(error ?? unusable) && (
          <MessageBar intent="error">
            <MessageBarBody>{error ?? unusable}</MessageBarBody>
          </MessageBar>
        )}

        {checked && (
          <section data-testid="preview">
            <div className={styles.facts}>
              <Caption1>{t(language, "unit")}</Caption1>
              <Body1 data-testid="unit">{checked.reading.unit ?? "—"}</Body1>
              <Caption1>{t(language, "year")}</Caption1>
              <Body1>{checked.reading.year ?? "—"}</Body1>
              <Caption1>{t(language, "layout")}</Caption1>
              <Body1>{checked.reading.layout === "shanghai-9" ? "上海 9 表" : "标准 11 表"}</Body1>
              <Caption1>{t(language, "moneyUnit")}</Caption1>
              <Body1>{checked.reading.money_unit ?? "—"}</Body1>
            </div>
            <div className={styles.statuses} data-testid="statuses" style={{ marginTop: 8 }}>
              {TABLE_IDS.filter((id) => checked.reading.tables[id]).map((id) => {
                const table = checked.reading.tables[id]!;
                const status = table.status;
                return (
                  <Badge
                    key={id}
                    appearance={status === "present" ? "filled" : "outline"}
                    color={status === "present" ? "brand" : status === "empty" ? "informative" : table.unrecognised_title ? "warning" : "danger"}
                    data-table={id}
                    data-status={status}
                    title={table.unrecognised_title}
                  >
                    表{id} {t(language, table.unrecognised_title ? "notRead" : status)}
                  </Badge>
                );
              })}
            </div>
            {checked.reading.problems.length > 0 && (
              <MessageBar intent="warning" style={{ marginTop: 8 }} data-testid="problems">
                <MessageBarBody>
                  <MessageBarTitle>{t(language, "problems")}</MessageBarTitle>
                  {checked.reading.problems.map((problem) => (
                    <div key={problem}>{inLanguage(problem, language)}</div>
                  ))}
                </MessageBarBody>
              </MessageBar>
            )}
            <div className={styles.row} style={{ marginTop: 8 }} data-testid="counts">
              {SEVERITY_ORDER.map((severity) => (
                <Badge key={severity} appearance="tint" color={severity === "error" ? "danger" : severity === "warning" ? "warning" : severity === "rounding" ? "informative" : "subtle"} data-severity={severity}>
                  {counts(severity)} {t(language, severity)}
                </Badge>
              ))}
            </div>
            <div className={styles.row} style={{ marginTop: 12 }}>
              <Button appearance="primary" onClick={() => void runImport()} disabled={state.phase === "importing"} data-testid="import">
                {t(language, state.phase === "importing" ? "importing" : "import")}
              </Button>
              {(state.phase === "done" || state.phase === "rechecking") && (
                <>
                  <Button onClick={() => void runRecheck()} disabled={state.phase === "rechecking"} data-testid="recheck">
                    {t(language, "recheck")}
                  </Button>
                  <Caption1 data-testid="imported">{t(language, "imported")}</Caption1>
                </>
              )}
            </div>
            {(state.phase === "importing" || state.phase === "rechecking") && <ProgressBar aria-label={t(language, "importing")} />}
          </section>
        )}

        {state.phase === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}

        {state.phase === "done" && (
          <FindingsPanel language={language} findings={state.findings} layout={state.layout} onSelect={(sheet, cell) => void goTo(sheet, cell)} />
        )}

        {state.phase === "done" && !inExcel && (
          <SheetPreview
            language={language}
            layout={state.layout}
            selected={selected}
            onSelectSheet={(sheet) => setSelected({ sheet, cell: "" })}
            onEdit={(sheetKey, cell, value) => {
              if (!edits.current.has(sheetKey)) edits.current.set(sheetKey, new Map());
              edits.current.get(sheetKey)!.set(cell, value);
            }}
          />
        )}
      </div>
    </FluentProvider>
  );
}
