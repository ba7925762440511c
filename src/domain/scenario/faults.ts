/**
 * Every fault a scenario file can have, with a stable code so that a trainer can look it up
 * (scenarios/FAULTS.md explains each) and tests can expect it.
 */
export const FAULT_CODES = {
  SC001: 'the file is not readable YAML',
  SC002: 'a field is missing, of the wrong type or not allowed',
  SC003: 'unknown scenario format version',
  SC004: 'the id does not match the file name or the market, domain and offer',
  SC005: 'an id is used twice',
  SC006: 'a reference names a need, objection, buying signal, turn or option that does not exist',
  SC007: 'a text lacks one of the scenario languages',
  SC008: 'the stages are not numbered 1 to 6 in order',
  SC009: 'a turn leads back to an earlier stage or into a loop',
  SC010: 'a turn offers fewer than 3 replies that are always available',
  SC011: 'a turn does not have exactly one best reply',
  SC012: 'the last of several replies or opening lines has a condition, so the client could stay silent',
  SC013: 'a turn can never be reached',
  SC014: 'the stage time indications do not add up to the 30 minutes of the interview',
  SC015: 'playing the best replies does not finish the interview',
} as const;

export type FaultCode = keyof typeof FAULT_CODES;

export interface ScenarioFault {
  code: FaultCode;
  file: string;
  /** Where in the file, as a dotted path (e.g. `stages.2.turns.0.options.1.next`); empty for the whole file. */
  path: string;
  message: string;
}

export function formatFault(fault: ScenarioFault): string {
  const where = fault.path ? `${fault.file} at ${fault.path}` : fault.file;
  return `${fault.code} ${where}: ${fault.message}`;
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
