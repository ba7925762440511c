import type { CriterionId } from '../domain/evaluator/criteria.ts';
import type { CriterionResult, Discounted, Missing } from '../domain/evaluator/evaluate.ts';
import type { LogEvent } from '../domain/interview-log/log.ts';
import type { InterviewInsights } from '../domain/report/insights.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import { resolveText, type Language, type Text } from '../domain/scenario/text.ts';

/** A translation function with untyped keys: the report's keys are built from the criterion's id. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Names of the scenario's needs, objections and signals, in the reader's language. */
export interface ReportLabels {
  need: (id: string) => string;
  objection: (id: string) => string;
  signal: (id: string) => string;
}

export const idLabels: ReportLabels = { need: (id) => id, objection: (id) => id, signal: (id) => id };

export const percent = (t: Translate, share: number) => t('report.share', { value: Math.round(share * 100) });

export const criterionName = (t: Translate, id: CriterionId) => t(`criteria.${id}`);

/** The figure against its threshold, e.g. "2 relevant open questions in the first two stages; 3 needed." */
export function figureText(t: Translate, id: CriterionId, result: CriterionResult): string {
  const key = `report.figure.${id}`;
  if (result.unit === 'share') return t(key, { share: percent(t, result.value), threshold: percent(t, result.threshold) });
  return t(key, { count: result.value, threshold: result.threshold });
}

/** One thing a criterion not met still needed. */
export function lackText(t: Translate, missing: Missing, labels: ReportLabels, stageOf: (index: number) => number): string {
  switch (missing.what) {
    case 'more':
      return t('report.lack.more', { count: missing.count });
    case 'too-many-concessions':
      return t('report.lack.too-many-concessions', { count: missing.count });
    case 'comfort-cue':
      return t(`report.lack.comfort-cue-${missing.channel}`);
    case 'interruption':
    case 'jargon':
      return t(`report.lack.${missing.what}`, { stage: t('report.stage', { stage: stageOf(missing.index) }) });
    case 'unprobed':
    case 'unresolved':
      return t(`report.lack.${missing.what}`, { objection: labels.objection(missing.objection) });
    default:
      return t(`report.lack.${missing.what}`);
  }
}

/** An act that was said but did not count, and why. */
export function discountText(t: Translate, discounted: Discounted): string {
  return `${t(`acts.${discounted.act}`)}, ${t(`report.why.${discounted.why}`)} (${t('report.stage', { stage: discounted.stage })})`;
}

/** The name of an act in the log, a client's cue named by its kind and channel. */
export function actName(t: Translate, event: LogEvent): string {
  if (event.speaker === 'learner') return t(`acts.${event.act}`);
  if (event.act === 'cue') return `${t(`report.clientActs.cue.${event.kind}`)} (${t(`report.channel.${event.channel}`)})`;
  if (event.act === 'buying-signal') return `${t('report.clientActs.buying-signal')} (${t(`report.channel.${event.channel}`)})`;
  return t(`report.clientActs.${event.act}`);
}

/** A heading followed by its list, with each language's punctuation ("Ce qui a compté :"). */
export const listHeading = (t: Translate, key: string) => `${t(key)}${t('report.colon')}`;

/** A short name for a text that is a whole sentence or more: its first clause, without its final stop. */
export function shortLabel(text: string, max = 110): string {
  const clause = text.split(/(?<=[.;!?])\s|\s[;:—]\s/u)[0]!.trim().replace(/[.;:!?…]+$/u, '');
  if (clause.length <= max) return clause;
  // Cut at a word boundary, so the label never ends inside a word.
  const cut = clause.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/u, '')}…`;
}

export const tipText = (t: Translate, id: CriterionId) => t(`report.tips.${id}`);

/** Labels from the scenario when the log names one we have, else the bare ids. */
export function scenarioLabels(scenario: Scenario | undefined, lang: Language): ReportLabels {
  if (!scenario) return idLabels;
  // An id the scenario does not know (a log from another version) is shown as it is.
  const name = (id: string, text: Text | undefined) => (text === undefined ? id : resolveText(text, lang));
  return {
    need: (id) => name(id, scenario.needs.find((n) => n.id === id)?.label),
    objection: (id) => {
      const objection = scenario.objections.find((o) => o.id === id);
      return shortLabel(name(id, objection && (objection.label ?? objection.reason)));
    },
    signal: (id) => shortLabel(name(id, scenario.buyingSignals.find((b) => b.id === id)?.description)),
  };
}

export interface InsightPile {
  kind: string;
  titleKey: string;
  ids: string[];
}

export interface InsightGroup {
  titleKey: string;
  /** French agrees "none" with the noun: "aucun besoin", "aucune objection". */
  noneKey: string;
  label: (id: string) => string;
  piles: InsightPile[];
}

/**
 * What became of the needs, objections and buying signals, pile by pile, for the screen and the
 * command line alike. Without the scenario, what never happened is unknown and left out.
 */
export function insightGroups({ needs, objections, signals }: InterviewInsights, labels: ReportLabels, scenarioKnown: boolean): InsightGroup[] {
  const pile = (kind: string, titleKey: string, ids: string[]): InsightPile => ({ kind, titleKey: `report.insights.${titleKey}`, ids });
  const ifKnown = (p: InsightPile) => (scenarioKnown ? [p] : []);
  return [
    { titleKey: 'report.insights.needsTitle', noneKey: 'report.insights.none', label: labels.need, piles: [
      pile('needs-discovered', 'needsDiscovered', needs.discovered.map((n) => n.id)),
      ...ifKnown(pile('needs-missed', 'needsMissed', needs.missed)),
    ] },
    { titleKey: 'report.insights.objectionsTitle', noneKey: 'report.insights.noneFeminine', label: labels.objection, piles: [
      pile('objections-dispelled', 'objectionsDispelled', objections.dispelled.map((o) => o.id)),
      pile('objections-open', 'objectionsOpen', objections.open.map((o) => o.id)),
      ...ifKnown(pile('objections-not-raised', 'objectionsNotRaised', objections.notRaised)),
    ] },
    { titleKey: 'report.insights.signalsTitle', noneKey: 'report.insights.none', label: labels.signal, piles: [
      pile('signals-caught', 'signalsCaught', signals.caught.map((x) => x.id)),
      pile('signals-missed', 'signalsMissed', signals.missed.map((x) => x.id)),
      ...ifKnown(pile('signals-not-given', 'signalsNotGiven', signals.notGiven)),
    ] },
  ];
}
