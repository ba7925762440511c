import type { SnapshotFrom } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { createInterviewMachine, type InterviewEvent, type InterviewMachine } from '../../src/domain/machine/interview-machine.ts';
import { offeredOptions, type InterviewRecord } from '../../src/domain/machine/interview-record.ts';
import type { Condition, Scenario } from '../../src/domain/scenario/schema.ts';

/** What the scenario's conditions look at: only these can make two interviews go on differently. */
function watchedFacts(scenario: Scenario) {
  const conditions: Condition[] = scenario.stages.flatMap((s) =>
    s.turns.flatMap((t) => [
      ...(t.clientVariants ?? []).map((l) => l.when),
      ...t.options.flatMap((o) => [o.when, ...(o.replies ?? []).map((r) => r.when)]),
    ]),
  ).filter((c): c is Condition => c !== undefined);
  return {
    trustThresholds: [...new Set(conditions.flatMap((c) => [c.trustAtLeast, c.trustBelow]).filter((t): t is number => t !== undefined))],
    needs: new Set(conditions.flatMap((c) => [...(c.needs ?? []), ...(c.needsMissing ?? [])])),
    probed: new Set(conditions.flatMap((c) => c.probed ?? [])),
    chosen: new Set(conditions.flatMap((c) => [...(c.chosen ?? []), ...(c.notChosen ?? [])])),
  };
}

/**
 * The states the learner's choices can reach, by xstate/graph. Two states count as one when the
 * scenario's conditions cannot tell them apart now: same turn, same side of every trust threshold,
 * same watched needs, probes and choices. The exact trust value is left out, or the graph grows
 * past millions of states; the static checks (SC009, SC010, SC013) cover what this may skip.
 */
export function interviewGraph(scenario: Scenario) {
  const watched = watchedFacts(scenario);
  const serialize = (status: string, value: unknown, context: InterviewRecord) => {
    const facts = context.events.flatMap((e) => {
      if (e.act === 'reveals-need' && watched.needs.has(e.need)) return [`need:${e.need}`];
      if (e.act === 'objection' && watched.probed.has(e.id)) return [`raised:${e.id}`];
      if (e.act === 'objection-probe' && watched.probed.has(e.objection)) return [`probed:${e.objection}`];
      return [];
    });
    const chosen = context.chosen.filter((id) => watched.chosen.has(id));
    const trustBand = watched.trustThresholds.map((t) => context.trust >= t);
    return JSON.stringify([status, value, trustBand, [...new Set(facts)].sort(), chosen.sort()]);
  };
  const machine = createInterviewMachine(scenario);
  const map = getAdjacencyMap(machine, {
    events: (snapshot) =>
      offeredOptions(scenario, snapshot.context).map((o): InterviewEvent => ({ type: 'learner.choose', optionId: o.id })),
    serializeState: (snapshot) => serialize(snapshot.status, snapshot.value, snapshot.context),
    limit: 500_000,
  });
  return Object.values(map) as AdjacencyValue<SnapshotFrom<InterviewMachine>, InterviewEvent>[];
}
