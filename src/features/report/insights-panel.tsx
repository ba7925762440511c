import type { InterviewLog } from '../../domain/interview-log/log.ts';
import { interviewInsights } from '../../domain/report/insights.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { percent, type ReportLabels } from '../../i18n/report-wording.ts';
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
  const { stages, needs, objections, signals } = interviewInsights(log, scenario);
  const none = t('report.insights.none');
  const noneF = t('report.insights.noneFeminine');
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
          {stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row">{s.stage}. {t(`stages.${s.stage}`)}</th>
              <td>{formatClock(s.seconds)}</td>
              <td>{s.indicationSeconds === null ? '—' : formatClock(s.indicationSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="piles">
        <h3>{t('report.insights.needsTitle')}</h3>
        <Pile kind="needs-discovered" title={t('report.insights.needsDiscovered')} ids={needs.discovered.map((n) => n.id)} label={labels.need} none={none} />
        <Pile kind="needs-missed" title={t('report.insights.needsMissed')} ids={needs.missed} label={labels.need} none={none} />
      </div>
      <div className="piles">
        <h3>{t('report.insights.objectionsTitle')}</h3>
        <Pile kind="objections-dispelled" title={t('report.insights.objectionsDispelled')} ids={objections.dispelled.map((o) => o.id)} label={labels.objection} none={noneF} />
        <Pile kind="objections-open" title={t('report.insights.objectionsOpen')} ids={objections.open.map((o) => o.id)} label={labels.objection} none={noneF} />
        <Pile kind="objections-not-raised" title={t('report.insights.objectionsNotRaised')} ids={objections.notRaised} label={labels.objection} none={noneF} />
      </div>
      <div className="piles">
        <h3>{t('report.insights.signalsTitle')}</h3>
        <Pile kind="signals-caught" title={t('report.insights.signalsCaught')} ids={signals.caught.map((s) => s.id)} label={labels.signal} none={none} />
        <Pile kind="signals-missed" title={t('report.insights.signalsMissed')} ids={signals.missed.map((s) => s.id)} label={labels.signal} none={none} />
        <Pile kind="signals-not-given" title={t('report.insights.signalsNotGiven')} ids={signals.notGiven} label={labels.signal} none={none} />
      </div>
    </section>
  );
}
