import { COMPETENCES, CRITERIA, competenceOf } from '../domain/evaluator/criteria.ts';
import type { Evidence, ReadinessReport } from '../domain/evaluator/evaluate.ts';
import type { InterviewLog } from '../domain/interview-log/log.ts';
import { quotedWords } from '../domain/report/event-line.ts';
import { interviewInsights } from '../domain/report/insights.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import { resolveText, type Language } from '../domain/scenario/text.ts';
import { formatClock } from '../shared/format-time.ts';
import { actName, criterionName, discountText, figureText, insightGroups, lackText, listHeading, percent, scenarioLabels, tipText, type Translate } from '../i18n/report-wording.ts';

/** The readiness report for a person to read, in one language. */
export function reportText(report: ReadinessReport, log: InterviewLog, t: Translate, lang: Language, scenario?: Scenario): string {
  const labels = scenarioLabels(scenario, lang);
  const out: string[] = [];
  const stageOf = (index: number) => log.events[index]?.stage ?? 0;
  const quote = (e: Evidence) => {
    const event = log.events[e.index]!;
    const words = scenario ? quotedWords(scenario, event) : null;
    const said = words ? (lang === 'fr' ? `« ${resolveText(words, lang)} »` : `“${resolveText(words, lang)}”`) : t('report.noQuote');
    return `#${e.index} ${t('report.stage', { stage: e.stage })}, ${actName(t, event)} (${t(`report.effect.${e.effect}`)}) ${said}`;
  };

  const missingCompetences = COMPETENCES.filter((c) => !report.competences[c].acquired).length;
  out.push(`${t('report.title')}${scenario ? ` — ${resolveText(scenario.title, lang)}` : log.scenario ? ` — ${log.scenario}` : ''}`);
  out.push(report.ready ? `${t('report.ready')}. ${t('report.readyDetail')}` : `${t('report.notReady')}. ${t('report.notReadyDetail', { count: missingCompetences })}`);
  out.push(t('report.insights.talkShare', { share: percent(t, report.clientTalkShare) }));

  for (const competence of COMPETENCES) {
    const { acquired, criteriaMet } = report.competences[competence];
    out.push('', `${competence} ${t(`competences.${competence}`)} — ${t(acquired ? 'report.acquired' : 'report.notAcquired')} (${t('report.criteriaMet', { count: criteriaMet })})`);
    for (const id of CRITERIA.filter((c) => competenceOf(c) === competence)) {
      const result = report.criteria[id];
      out.push(`  [${result.met ? 'x' : ' '}] ${id} ${criterionName(t, id)} — ${t(result.met ? 'report.met' : 'report.notMet')}. ${figureText(t, id, result)}`);
      if (result.evidence.length > 0) out.push(`      ${listHeading(t, 'report.evidence')}`, ...result.evidence.map((e) => `        ${quote(e)}`));
      if (result.missing.length > 0) out.push(`      ${listHeading(t, 'report.missing')}`, ...result.missing.map((m) => `        - ${lackText(t, m, labels, stageOf)}`));
      if (result.discounted.length > 0) out.push(`      ${listHeading(t, 'report.discounted')}`, ...result.discounted.map((d) => `        - #${d.index} ${discountText(t, d)}`));
      if (!result.met) out.push(`      ${listHeading(t, 'report.tip')} ${tipText(t, id)}`);
    }
  }

  const insights = interviewInsights(log, scenario);
  out.push('', t('report.insights.title'), `  ${listHeading(t, 'report.insights.stagesTitle')}`);
  for (const s of insights.stages) {
    const indicated = s.indicationSeconds === null ? '' : ` / ${formatClock(s.indicationSeconds)}`;
    out.push(`    ${s.stage}. ${listHeading(t, `stages.${s.stage}`)} ${formatClock(s.seconds)}${indicated}`);
  }
  for (const group of insightGroups(insights, labels, scenario !== undefined)) {
    out.push(`  ${t(group.titleKey)}`);
    for (const pile of group.piles) {
      out.push(`    ${listHeading(t, pile.titleKey)} ${pile.ids.length > 0 ? pile.ids.map(group.label).join(' · ') : t(group.noneKey)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
