/** The findings, grouped by severity and table; choosing one selects its cell. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Caption1Strong, Link, Subtitle2, makeStyles } from "@fluentui/react-components";
import { FLAG_FILLS, type WorkbookLayout } from "../src/layout/types";
import { SEVERITY_ORDER, type Finding } from "../src/rules/types";
import { t, type Language } from "./i18n";

const useStyles = makeStyles({
  item: { display: "flex", gap: "6px", alignItems: "baseline", padding: "3px 0", borderBottom: "1px solid #eee" },
  swatch: { display: "inline-block", width: "10px", height: "10px", borderRadius: "2px", flexShrink: 0 },
});

interface Props {
  language: Language;
  findings: Finding[];
  layout: WorkbookLayout;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingsPanel({ language, findings, layout, onSelect }: Props) {
  const styles = useStyles();
  // 问题清单 lists the findings in order, each with a link to its cell.
  const list = layout.sheets.find((s) => s.key === "findings");
  const linkOf = (index: number) => list?.rows[index + 1]?.[8]?.link;
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    items: findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.severity === severity),
  })).filter((g) => g.items.length > 0);
  return (
    <section data-testid="findings">
      <Subtitle2 as="h2">
        {t(language, "findings")} ({findings.length})
      </Subtitle2>
      <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 2).map((g) => g.severity)}>
        {groups.map(({ severity, items }) => {
          const tables = [...new Set(items.map(({ finding }) => (finding.table ? `表${finding.table}` : finding.section ? "说明" : finding.kind === "subsidy" ? "补贴" : "其他")))];
          return (
            <AccordionItem value={severity} key={severity} data-group={severity}>
              <AccordionHeader>
                <span className={styles.swatch} style={{ background: `#${FLAG_FILLS[severity]}` }} />
                &nbsp;{t(language, severity)} <Badge appearance="tint" size="small">{items.length}</Badge>
              </AccordionHeader>
              <AccordionPanel>
                {tables.map((table) => (
                  <div key={table}>
                    <Caption1Strong as="h3">{table}</Caption1Strong>
                    {items
                      .filter(({ finding }) => (finding.table ? `表${finding.table}` : finding.section ? "说明" : finding.kind === "subsidy" ? "补贴" : "其他") === table)
                      .map(({ finding, index }) => {
                        const link = linkOf(index);
                        return (
                          <div className={styles.item} key={index} data-finding={index}>
                            {link ? (
                              <Link as="button" onClick={() => onSelect(link.sheet, link.cell)} data-cell={`${link.sheet}!${link.cell}`}>
                                {link.cell}
                              </Link>
                            ) : null}
                            <Caption1>{finding.message}</Caption1>
                          </div>
                        );
                      })}
                  </div>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
