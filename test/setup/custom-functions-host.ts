/**
 * Excel provides the CustomFunctions global in its runtime. Outside Excel the tests stand in for
 * the host with the same error class and codes (the values Excel documents for ErrorCode), so the
 * functions' results can be checked as Excel would show them.
 */
class HostError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
  }
}

const associations = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: HostError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: (id: string, fn: unknown) => associations.set(id, fn),
  __associations: associations,
};
