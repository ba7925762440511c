import { useTranslate } from '../../i18n/use-translate.ts';
import type { Readiness } from './progress.ts';

/** Which competences hold across attempts and scenarios, and where the learner was judged ready. */
export function ReadinessSummary({ readiness }: { readiness: Readiness }) {
  const t = useTranslate();
  return (
    <section className="report-section readiness-summary" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('history.summaryTitle')}</h2>
      <p>
        {t('history.attempts', { count: readiness.attempts })} {t('history.scenariosTried', { count: readiness.scenariosTried.length })}.{' '}
        {readiness.scenariosReady.length > 0 ? t('history.scenariosReady', { count: readiness.scenariosReady.length }) : t('history.neverReady')}
      </p>
      <ul className="competence-progress">
        {readiness.competences.map((c) => {
          const status = c.steady ? 'steady' : c.acquired > 0 ? 'consolidate' : 'notYet';
          return (
            <li key={c.competence} className={`progress-${status}`} data-competence={c.competence} data-status={status}>
              <strong>{c.competence}</strong> {t(`competences.${c.competence}`)} — <span className="progress-status">{t(`history.${status}`)}</span>{' '}
              <span className="hint">({t('history.competenceCount', { count: c.scenarios.length, acquired: c.acquired, attempts: c.attempts })})</span>
            </li>
          );
        })}
      </ul>
      <p className="hint">{t('history.steadyHelp')}</p>
    </section>
  );
}
