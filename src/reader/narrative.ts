/**
 * The narrative: staff figures (第一部分), claims (amounts with shares and changes against last
 * year) and per-person subsidies (第三部分).
 */
import type { MoneyUnit } from "../amount";
import { compact, type TextLine } from "./text-lines";
import type { Claim, Staff, Subsidy } from "./types";

export function narrativeMoneyUnit(lines: TextLine[]): MoneyUnit | undefined {
  let wan = 0;
  let yuan = 0;
  for (const line of lines) {
    if (line.cells) continue;
    wan += (line.text.match(/\d\s*万元/g) ?? []).length;
    yuan += (line.text.match(/\d\s*元(?!\/)/g) ?? []).length - (line.text.match(/\d\s*万元/g) ?? []).length;
  }
  if (wan === 0 && yuan === 0) return undefined;
  return wan >= yuan ? "万元" : "元";
}

export function readStaff(lines: TextLine[]): Staff {
  const text = compact(lines.slice(0, 300).map((l) => l.text).join(""));
  const staff: Staff = {};
  const number = (pattern: RegExp) => {
    const match = text.match(pattern);
    return match ? Number(match[1]) : undefined;
  };
  const signed = (pattern: RegExp) => {
    const match = text.match(pattern);
    if (!match) return undefined;
    const value = Number(match[2]);
    return /减少|下降/.test(match[1]) ? -value : value;
  };
  staff.authorized = number(/编制(?:数|人数)?(?:为|共)?(\d+)(?:人|名)?/);
  staff.actual = number(/实有(?:人数)?(?:为|共)?(\d+)人/);
  staff.in_service = number(/在职(?:人员)?(\d+)人/);
  staff.in_service_change = signed(/在职(?:人员)?\d+人[，,]?(增加|减少)(\d+)人/);
  staff.retired = number(/(?<!离)退休(?:人员)?(\d+)人/);
  staff.retired_change = signed(/(?<!离)退休(?:人员)?\d+人[，,]?(增加|减少)(\d+)人/);
  staff.retired_cadre = number(/离休(?:人员)?(\d+)人/);
  staff.retired_cadre_change = signed(/离休(?:人员)?\d+人[，,]?(增加|减少)(\d+)人/);
  for (const key of Object.keys(staff) as (keyof Staff)[]) if (staff[key] === undefined) delete staff[key];
  return staff;
}

export function readClaims(_lines: TextLine[]): Claim[] {
  return [];
}

export function readSubsidies(_lines: TextLine[]): Subsidy[] {
  return [];
}
