import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { coachAct } from '../../domain/report/act-criteria.ts';
import type { LastExchange } from './last-exchange.ts';

/** Practice mode: why the last reply helped or hurt, in terms of the criteria. */
export function CoachingPanel({ scenario, exchange }: { scenario: Scenario; exchange: LastExchange }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const coaching = exchange.option.acts.map(coachAct).filter((c) => c.criterion !== null || c.effect !== 'neutral');
  const needLabel = (id: string) => text(scenario.needs.find((n) => n.id === id)?.label) || id;
  const signalLabel = (id: string) => text(scenario.buyingSignals.find((b) => b.id === id)?.description) || id;
  const happenings = exchange.clientActs.flatMap((a) => {
    switch (a.act) {
      case 'reveals-need': return [t('coaching.needRevealed', { need: needLabel(a.need) })];
      case 'objection': return [t('coaching.objectionRaised')];
      case 'objection-resolved': return [t('coaching.objectionResolved')];
      case 'objection-persists': return [t('coaching.objectionPersists')];
      case 'buying-signal': return [t('coaching.buyingSignal', { signal: signalLabel(a.id) })];
      default: return [];
    }
  });
  const trend = exchange.trustChange > 0 ? 'up' : exchange.trustChange < 0 ? 'down' : 'same';
  return (
    <section className={`coaching coaching-${trend}`} aria-labelledby="coaching-title" aria-live="polite">
      <h2 id="coaching-title">{t('coaching.title')}</h2>
      <p>{text(exchange.option.feedback)}</p>
      {coaching.length > 0 && (
        <ul className="coaching-acts">
          {coaching.map((c, i) => (
            <li key={i} className={`effect-${c.effect}`}>
              {t(`acts.${c.act}` as 'acts.statement')}
              {c.criterion && <> — {t(`coaching.effect.${c.effect}`, { criterion: c.criterion, name: t(`criteria.${c.criterion}` as 'criteria.C1.1') })}</>}
            </li>
          ))}
        </ul>
      )}
      {happenings.length > 0 && (
        <ul className="coaching-events">
          {happenings.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      )}
      <p className="trust-change">{t(`coaching.trust.${trend}`, { change: Math.abs(exchange.trustChange) })}</p>
    </section>
  );
}
