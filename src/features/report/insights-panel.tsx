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
  // French agrees "none" with the noun: "aucun besoin", "aucune objection".
  const groups = [
    { title: 'needsTitle', label: labels.need, none, piles: [
      { kind: 'needs-discovered', title: 'needsDiscovered', ids: needs.discovered.map((n) => n.id) },
      { kind: 'needs-missed', title: 'needsMissed', ids: needs.missed },
    ] },
    { title: 'objectionsTitle', label: labels.objection, none: t('report.insights.noneFeminine'), piles: [
      { kind: 'objections-dispelled', title: 'objectionsDispelled', ids: objections.dispelled.map((o) => o.id) },
      { kind: 'objections-open', title: 'objectionsOpen', ids: objections.open.map((o) => o.id) },
      { kind: 'objections-not-raised', title: 'objectionsNotRaised', ids: objections.notRaised },
    ] },
    { title: 'signalsTitle', label: labels.signal, none, piles: [
      { kind: 'signals-caught', title: 'signalsCaught', ids: signals.caught.map((s) => s.id) },
      { kind: 'signals-missed', title: 'signalsMissed', ids: signals.missed.map((s) => s.id) },
      { kind: 'signals-not-given', title: 'signalsNotGiven', ids: signals.notGiven },
    ] },
  ];
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
      {groups.map((group) => (
        <div key={group.title} className="piles">
          <h3>{t(`report.insights.${group.title}`)}</h3>
          {group.piles.map((pile) => (
            <Pile key={pile.kind} kind={pile.kind} title={t(`report.insights.${pile.title}`)} ids={pile.ids} label={group.label} none={group.none} />
          ))}
        </div>
      ))}
    </section>
  );
}
