/** The pane's words, Chinese first, English available. */
export type Language = "zh" | "en";

const STRINGS = {
  title: { zh: "预算透镜", en: "BudgetLens" },
  intro: {
    zh: "粘贴或拖入部门/单位预算公开文件，导入为标准表格，并在单元格上标出每一处不一致。",
    en: "Paste or drop a budget disclosure: it is imported into the standard sheets and every inconsistency is flagged in its cell.",
  },
  paste: { zh: "粘贴公开文件文本", en: "Paste the disclosure text" },
  pastePlaceholder: { zh: "从 PDF 复制的全文…", en: "The full text copied out of the PDF…" },
  chooseFile: { zh: "选择 .txt 或 .pdf 文件", en: "Choose a .txt or .pdf file" },
  drop: { zh: "或把文件拖到这里", en: "or drop a file here" },
  trySample: { zh: "试用示例", en: "Try the sample" },
  read: { zh: "读取并核对", en: "Read and check" },
  preview: { zh: "预览", en: "Preview" },
  unit: { zh: "单位", en: "Unit" },
  year: { zh: "年度", en: "Year" },
  layout: { zh: "版式", en: "Layout" },
  moneyUnit: { zh: "金额单位", en: "Money unit" },
  tables: { zh: "表", en: "Tables" },
  present: { zh: "有数据", en: "present" },
  empty: { zh: "空表", en: "empty" },
  missing: { zh: "缺少", en: "missing" },
  notRead: { zh: "未读取", en: "not read" },
  findings: { zh: "发现的问题", en: "Findings" },
  error: { zh: "错误", en: "errors" },
  warning: { zh: "提示", en: "warnings" },
  rounding: { zh: "舍入", en: "rounding" },
  info: { zh: "说明", en: "info" },
  import: { zh: "导入到工作簿", en: "Import into the workbook" },
  importing: { zh: "正在导入…", en: "Importing…" },
  imported: { zh: "已导入", en: "Imported" },
  recheck: { zh: "重新核对", en: "Check again" },
  noText: { zh: "没有读到可用的预算内容", en: "Nothing usable was read" },
  problems: { zh: "读取问题", en: "Problems in reading" },
  notText: { zh: "这不是文本文件", en: "This is not a text file" },
  archiveFile: { zh: "这是压缩文件（zip）：请先解压，再选择其中的文件", en: "This is a zip archive: unpack it first" },
  officeFile: { zh: "这是 Word 或 Excel 文件：请先在 Office 中另存为 PDF 或纯文本（.txt）", en: "This is an Office document: save it as PDF or plain text first" },
  sheets: { zh: "标准表格（预览）", en: "Standard sheets (preview)" },
  previewMode: { zh: "预览模式：未连接 Excel，表格显示在下方", en: "Preview mode: not inside Excel, the sheets are shown below" },
  language: { zh: "English", en: "中文" },
  failed: { zh: "导入失败，工作簿已恢复原状", en: "The import failed; the workbook is as it was" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(language: Language, key: StringKey): string {
  return STRINGS[key][language];
}

/** A message of the core written "中文 / English": the half in the pane's language. */
export function inLanguage(message: string, language: Language): string {
  const split = message.indexOf(" / ");
  if (split < 0) return message;
  return language === "zh" ? message.slice(0, split) : message.slice(split + 3);
}
