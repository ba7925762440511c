import type { LearnerAct, ClientAct } from '../interview-log/acts.ts';
import { chooseOption, enterTurn, initialRecord, offeredOptions } from '../machine/interview-record.ts';
import type { ScenarioFault, FaultCode } from './faults.ts';
import type { Condition, Scenario } from './schema.ts';
import { forEachLocalizedText } from './resolve.ts';

export const INTERVIEW_MINUTES = 30;
type Report = (code: FaultCode, path: string, message: string) => void;

/** The checks a schema cannot express: references, translations, the shape of the dialogue graph. */
export function checkIntegrity(scenario: Scenario, file: string): ScenarioFault[] {
  const faults: ScenarioFault[] = [];
  const report: Report = (code, path, message) => faults.push({ code, file, path, message });

  const expectedId = `${scenario.market}-${scenario.domain}-${scenario.offer}`;
  if (scenario.id !== expectedId) report('SC004', 'id', `expected "${expectedId}" from market, domain and offer`);
  checkTranslations(scenario, report);
  checkStageNumbers(scenario, report);
  const minutes = scenario.stages.reduce((sum, s) => sum + s.minutes, 0);
  if (Math.abs(minutes - INTERVIEW_MINUTES) > 1e-9) report('SC014', 'stages', `the stages add up to ${minutes} minutes`);
  const idsOk = checkIdsAndReferences(scenario, report);
  checkTurns(scenario, report);
  // The graph checks need sound references; the best play needs a sound graph.
  if (idsOk && checkGraph(scenario, report)) checkBestPlay(scenario, report);
  return faults;
}

function checkTranslations(scenario: Scenario, report: Report): void {
  forEachLocalizedText(scenario, (text, path) => {
    const missing = scenario.languages.filter((lang) => !(lang in text));
    if (missing.length > 0) report('SC007', path, `missing ${missing.join(', ')}`);
  });
}

function checkStageNumbers(scenario: Scenario, report: Report): void {
  scenario.stages.forEach((stage, i) => {
    if (stage.number !== i + 1) report('SC008', `stages.${i}.number`, `expected ${i + 1}, got ${stage.number}`);
  });
}

function checkIdsAndReferences(scenario: Scenario, report: Report): boolean {
  let ok = true;
  const fail: Report = (code, path, message) => {
    ok = false;
    report(code, path, message);
  };
  const unique = (ids: { id: string; path: string }[], kind: string) => {
    const seen = new Set<string>();
    for (const { id, path } of ids) {
      if (seen.has(id)) fail('SC005', path, `the ${kind} id "${id}" is used twice`);
      seen.add(id);
    }
    return seen;
  };
  const needs = unique(scenario.needs.map((n, i) => ({ id: n.id, path: `needs.${i}.id` })), 'need');
  const objections = unique(scenario.objections.map((o, i) => ({ id: o.id, path: `objections.${i}.id` })), 'objection');
  const signals = unique(scenario.buyingSignals.map((s, i) => ({ id: s.id, path: `buyingSignals.${i}.id` })), 'buying signal');
  const turnIds: { id: string; path: string }[] = [];
  const optionIds: { id: string; path: string }[] = [];
  scenario.stages.forEach((stage, s) =>
    stage.turns.forEach((turn, t) => {
      turnIds.push({ id: turn.id, path: `stages.${s}.turns.${t}.id` });
      turn.options.forEach((o, i) => optionIds.push({ id: o.id, path: `stages.${s}.turns.${t}.options.${i}.id` }));
    }),
  );
  const turns = unique(turnIds, 'turn');
  const options = unique(optionIds, 'option');

  const known = (set: Set<string>, kind: string, id: string | null, path: string) => {
    if (id !== null && !set.has(id)) fail('SC006', path, `no ${kind} has the id "${id}"`);
  };
  const checkAct = (act: LearnerAct | ClientAct, path: string) => {
    if ('need' in act) known(needs, 'need', act.need, `${path}.need`);
    if ('objection' in act) known(objections, 'objection', act.objection, `${path}.objection`);
    if ('signal' in act) known(signals, 'buying signal', act.signal, `${path}.signal`);
    if (act.act === 'objection') known(objections, 'objection', act.id, `${path}.id`);
    if (act.act === 'buying-signal') known(signals, 'buying signal', act.id, `${path}.id`);
  };
  const checkCondition = (condition: Condition | undefined, path: string) => {
    if (!condition) return;
    condition.needs?.forEach((id, i) => known(needs, 'need', id, `${path}.needs.${i}`));
    condition.needsMissing?.forEach((id, i) => known(needs, 'need', id, `${path}.needsMissing.${i}`));
    condition.probed?.forEach((id, i) => known(objections, 'objection', id, `${path}.probed.${i}`));
    condition.chosen?.forEach((id, i) => known(options, 'option', id, `${path}.chosen.${i}`));
    condition.notChosen?.forEach((id, i) => known(options, 'option', id, `${path}.notChosen.${i}`));
  };
  scenario.stages.forEach((stage, s) =>
    stage.turns.forEach((turn, t) => {
      const at = `stages.${s}.turns.${t}`;
      turn.client?.events.forEach((e, i) => checkAct(e, `${at}.client.events.${i}`));
      turn.clientVariants?.forEach((line, v) => {
        line.events.forEach((e, i) => checkAct(e, `${at}.clientVariants.${v}.events.${i}`));
        checkCondition(line.when, `${at}.clientVariants.${v}.when`);
      });
      turn.options.forEach((option, o) => {
        const op = `${at}.options.${o}`;
        option.acts.forEach((a, i) => checkAct(a, `${op}.acts.${i}`));
        checkCondition(option.when, `${op}.when`);
        if (option.next !== 'end') known(turns, 'turn', option.next, `${op}.next`);
        const replies = option.reply ? [{ r: option.reply, path: `${op}.reply` }] : (option.replies ?? []).map((r, i) => ({ r, path: `${op}.replies.${i}` }));
        for (const { r, path } of replies) {
          r.events.forEach((e, i) => checkAct(e, `${path}.events.${i}`));
          checkCondition(r.when, `${path}.when`);
        }
      });
    }),
  );
  return ok;
}

function checkTurns(scenario: Scenario, report: Report): void {
  scenario.stages.forEach((stage, s) =>
    stage.turns.forEach((turn, t) => {
      const at = `stages.${s}.turns.${t}`;
      const always = turn.options.filter((o) => !o.when).length;
      if (always < 3) report('SC010', `${at}.options`, `only ${always} replies are always available; at least 3 are needed`);
      const best = turn.options.filter((o) => o.best).length;
      if (best !== 1) report('SC011', `${at}.options`, `${best} replies are marked best; exactly one is needed`);
      const lastHasCondition = (lines: readonly { when?: unknown }[] | undefined, path: string) => {
        if (lines && lines.length > 0 && lines[lines.length - 1]!.when) {
          report('SC012', `${path}.${lines.length - 1}.when`, 'the last of several lines must have no condition');
        }
      };
      lastHasCondition(turn.clientVariants, `${at}.clientVariants`);
      turn.options.forEach((option, o) => lastHasCondition(option.replies, `${at}.options.${o}.replies`));
    }),
  );
}

function checkGraph(scenario: Scenario, report: Report): boolean {
  const location = new Map<string, { stage: number; path: string; next: { to: string; path: string }[] }>();
  scenario.stages.forEach((stage, s) =>
    stage.turns.forEach((turn, t) => {
      const next = turn.options.map((o, i) => ({ to: o.next, path: `stages.${s}.turns.${t}.options.${i}.next` }));
      location.set(turn.id, { stage: stage.number, path: `stages.${s}.turns.${t}`, next });
    }),
  );
  let ok = true;
  for (const [, from] of location) {
    for (const edge of from.next) {
      const to = location.get(edge.to);
      if (to && to.stage < from.stage) {
        ok = false;
        report('SC009', edge.path, `"${edge.to}" belongs to stage ${to.stage}, before this turn's stage ${from.stage}`);
      }
    }
  }
  // Depth-first search: a turn met again while still on the path closes a loop.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const edge of location.get(id)?.next ?? []) {
      if (edge.to === 'end') continue;
      const seen = state.get(edge.to);
      if (seen === 'open') {
        ok = false;
        report('SC009', edge.path, `"${edge.to}" leads back into a loop`);
      } else if (!seen) visit(edge.to);
    }
    state.set(id, 'done');
  };
  const first = scenario.stages[0]?.turns[0]?.id;
  if (first) visit(first);
  for (const [id, turn] of location) {
    if (!state.has(id)) {
      ok = false;
      report('SC013', turn.path, `no reply leads to the turn "${id}"`);
    }
  }
  return ok;
}

function checkBestPlay(scenario: Scenario, report: Report): void {
  let record = enterTurn(scenario, initialRecord(scenario), scenario.stages[0]!.turns[0]!.id);
  for (;;) {
    const best = offeredOptions(scenario, record).find((o) => o.best);
    if (!best) {
      report('SC015', turnPath(scenario, record.turnId), `the best reply of turn "${record.turnId}" is not offered when the best replies lead there`);
      return;
    }
    record = chooseOption(scenario, record, best.id);
    if (best.next === 'end') return;
    record = enterTurn(scenario, record, best.next);
  }
}

function turnPath(scenario: Scenario, turnId: string): string {
  for (const [s, stage] of scenario.stages.entries()) {
    const t = stage.turns.findIndex((turn) => turn.id === turnId);
    if (t >= 0) return `stages.${s}.turns.${t}.options`;
  }
  return '';
}
