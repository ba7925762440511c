import type { InterviewLog } from '../../domain/interview-log/log.ts';
import { interviewInsights } from '../../domain/report/insights.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { insightGroups, percent, type ReportLabels } from '../../i18n/report-wording.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import { formatClock } from '../../shared/format-time.ts';

function Pile({ title, ids, label, none, kind }: { title: string; ids: string[]; label: (id: string) => string; none: string; kind: string }) {
  return (
    <div className={`pile pile-${kind}`} data-pile={kind}>
      <p className="list-title">{title}</p>
      {ids.length > 0 ? <ul>{ids.map((id) => <li key={id} data-id={id}>{label(id)}</li>)}</ul> : <p className="hint">{none}</p>}
    </div>
  );
}

/** Talk time, time per stage, and what became of each need, objection and buying signal. */
export function InsightsPanel({ scenario, log, talkShare, labels }: { scenario: Scenario; log: InterviewLog; talkShare: number; labels: ReportLabels }) {
  const t = useTranslate();
  const insights = interviewInsights(log, scenario);
  return (
    <section className="report-section insights" aria-labelledby="insights-title">
      <h2 id="insights-title">{t('report.insights.title')}</h2>
      <p className={talkShare >= 0.5 ? 'talk-share good' : 'talk-share bad'} data-talk-share={talkShare.toFixed(3)}>
        {t('report.insights.talkShare', { share: percent(t, talkShare) })} <span className="hint">{t('report.insights.talkShareHelp')}</span>
      </p>
      <table className="stage-times">
        <caption>{t('report.insights.stagesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.insights.stageColumn')}</th>
            <th scope="col">{t('report.insights.spentColumn')}</th>
            <th scope="col">{t('report.insights.indicationColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {insights.stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row">{s.stage}. {t(`stages.${s.stage}`)}</th>
              <td>{formatClock(s.seconds)}</td>
              <td>{s.indicationSeconds === null ? '—' : formatClock(s.indicationSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {insightGroups(insights, labels, true).map((group) => (
        <div key={group.titleKey} className="piles">
          <h3>{t(group.titleKey)}</h3>
          {group.piles.map((pile) => (
            <Pile key={pile.kind} kind={pile.kind} title={t(pile.titleKey)} ids={pile.ids} label={group.label} none={t(group.noneKey)} />
          ))}
        </div>
      ))}
    </section>
  );
}
