import { Body1, Caption1, FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

export interface AppProps {
  /** The Office host the pane runs in, or null in the browser preview. */
  host: string | null;
}

/** The task pane. The disclosure import comes with its own issue; for now it says what it will do. */
export function App({ host }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, minHeight: "100vh", boxSizing: "border-box" }}>
      <Title2 as="h1">BudgetLens 预算透镜</Title2>
      <Body1 as="p" block>
        把部门/单位预算公开文件导入为标准表格，逐格核对收支、占比、同比和人均补助，并在单元格上标出每一处不一致。
      </Body1>
      <Body1 as="p" block>
        Imports a Chinese budget disclosure into the standard tables, checks every sum, share, change and per-person
        subsidy, and flags each inconsistency in its cell.
      </Body1>
      <Caption1 as="p" block data-testid="host">
        {host ? `运行于 / running in: ${host}` : "预览模式（未连接 Excel）/ Preview mode (not inside Excel)"}
      </Caption1>
    </FluentProvider>
  );
}
