/**
 * Preview mode (outside Excel): the standard sheets as HTML tables with the same flags — fills by
 * severity, notes as tooltips — one tab per sheet.
 */
import { useEffect, useMemo, useRef } from "react";
import { Subtitle2, Tab, TabList, makeStyles } from "@fluentui/react-components";
import { sheetToHtml } from "../src/layout/html";
import type { WorkbookLayout } from "../src/layout/types";
import { t, type Language } from "./i18n";

const useStyles = makeStyles({
  frame: { overflow: "auto", maxHeight: "70vh", border: "1px solid #ddd", marginTop: "6px" },
});

const SHEET_CSS = `
.sheet { border-collapse: collapse; font-size: 12px; }
.sheet td { border: 1px solid #d0d0d0; padding: 2px 5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sheet td[data-selected] { outline: 2px solid #0f6cbd; outline-offset: -2px; }
.sheet .formula { color: #555; font-family: monospace; }
.sheet td[data-source]:focus { outline: 2px solid #0f6cbd; background: #fff; }
`;

interface Props {
  language: Language;
  layout: WorkbookLayout;
  selected: { sheet: string; cell: string } | null;
  onSelectSheet: (sheet: string) => void;
  /** A figure cell typed over: sheet key, cell address, the text typed. */
  onEdit: (sheetKey: string, cell: string, value: string) => void;
}

export function SheetPreview({ language, layout, selected, onSelectSheet, onEdit }: Props) {
  const styles = useStyles();
  const frame = useRef<HTMLDivElement>(null);
  const current = selected?.sheet ?? layout.sheets[0].name;
  const sheet = layout.sheets.find((s) => s.name === current) ?? layout.sheets[0];
  const html = useMemo(() => sheetToHtml(sheet), [sheet]);

  useEffect(() => {
    const root = frame.current;
    if (!root) return;
    root.querySelectorAll("[data-selected]").forEach((cell) => cell.removeAttribute("data-selected"));
    if (!selected?.cell) return;
    const cell = root.querySelector(`td[data-cell="${selected.cell}"]`);
    cell?.setAttribute("data-selected", "");
    cell?.scrollIntoView({ block: "center", inline: "center" });
  }, [html, selected]);

  return (
    <section data-testid="sheets">
      <style>{SHEET_CSS}</style>
      <Subtitle2 as="h2">{t(language, "sheets")}</Subtitle2>
      <TabList size="small" selectedValue={sheet.name} onTabSelect={(_, data) => onSelectSheet(String(data.value))} style={{ flexWrap: "wrap" }}>
        {layout.sheets.map((s) => (
          <Tab key={s.key} value={s.name} data-sheet-tab={s.key}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.frame}
        ref={frame}
        data-testid="sheet"
        onInput={(event) => {
          const cell = (event.target as HTMLElement).closest("td[data-source]");
          if (cell) onEdit(sheet.key, cell.getAttribute("data-cell")!, (cell.textContent ?? "").trim());
        }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}
