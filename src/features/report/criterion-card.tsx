import type { CriterionId } from '../../domain/evaluator/criteria.ts';
import type { CriterionResult } from '../../domain/evaluator/evaluate.ts';
import type { InterviewLog } from '../../domain/interview-log/log.ts';
import { quotedWords } from '../../domain/report/event-line.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { actName, criterionName, discountText, figureText, lackText, tipText, type ReportLabels } from '../../i18n/report-wording.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { useTranslate } from '../../i18n/use-translate.ts';

interface Props {
  id: CriterionId;
  result: CriterionResult;
  scenario: Scenario;
  log: InterviewLog;
  labels: ReportLabels;
}

/** One criterion: met or not, the figure against the threshold, the evidence quoted, and a tip. */
export function CriterionCard({ id, result, scenario, log, labels }: Props) {
  const t = useTranslate();
  const text = useScenarioText();
  const stageOf = (index: number) => log.events[index]?.stage ?? 0;
  return (
    <article className={`criterion ${result.met ? 'criterion-met' : 'criterion-missed'}`} data-criterion={id} data-met={result.met} aria-labelledby={`criterion-${id}`}>
      <h4 id={`criterion-${id}`}>
        <span className="criterion-mark" aria-hidden="true">{result.met ? '✓' : '✗'}</span> {id} {criterionName(t, id)} — <span className="criterion-verdict">{t(result.met ? 'report.met' : 'report.notMet')}</span>
      </h4>
      <p className="figure">{figureText(t, id, result)}</p>
      {result.evidence.length > 0 ? (
        <div className="evidence">
          <p className="list-title">{t('report.evidence')}</p>
          <ul>
            {result.evidence.map((e) => {
              const words = quotedWords(scenario, log.events[e.index]!);
              return (
                <li key={e.index} className={`evidence-${e.effect}`} data-event={e.index}>
                  <span className="evidence-where">{t('report.stage', { stage: e.stage })} · {actName(t, log.events[e.index]!)} ({t(`report.effect.${e.effect}`)})</span>{' '}
                  {words ? <q>{text(words)}</q> : <span className="hint">{t('report.noQuote')}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="hint">{t('report.noEvidence')}</p>
      )}
      {result.missing.length > 0 && (
        <div className="missing">
          <p className="list-title">{t('report.missing')}</p>
          <ul>{result.missing.map((m, i) => <li key={i}>{lackText(t, m, labels, stageOf)}</li>)}</ul>
        </div>
      )}
      {result.discounted.length > 0 && (
        <div className="discounted">
          <p className="list-title">{t('report.discounted')}</p>
          <ul>{result.discounted.map((d) => <li key={d.index}>{discountText(t, d)}</li>)}</ul>
        </div>
      )}
      {!result.met && (
        <p className="tip"><strong>{t('report.tip')}{t('report.colon')}</strong> {tipText(t, id)}</p>
      )}
    </article>
  );
}
