import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import summaries from 'virtual:scenario-catalogue';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import { AttemptReport } from './attempt-report.tsx';
import { readHistory, removeAttempt } from './history-store.ts';
import { HistoryTransfer } from './history-transfer.tsx';
import { ProgressChart } from './progress-chart.tsx';
import { attemptResults, readinessAcrossScenarios } from './progress.ts';
import { ReadinessSummary } from './readiness-summary.tsx';

/** Every finished interview, progress per competence, readiness across scenarios, export/import. */
export function HistoryScreen({ storage }: { storage: Storage | undefined }) {
  const t = useTranslate();
  const { i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [version, setVersion] = useState(0);
  const stored = useMemo(() => readHistory(storage), [storage, version]);
  const results = useMemo(() => attemptResults(stored.attempts), [stored]);
  const readiness = useMemo(() => readinessAcrossScenarios(results), [results]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (openId === null) heading.current?.focus();
  }, [openId]);

  const formatDate = useDateFormat('medium', 'short');
  const titleOf = (id: string) => summaries.find((s) => s.id === id)?.text[lang]?.title ?? id;

  const remove = (id: string, date: string) => {
    if (!window.confirm(t('history.confirmRemove', { date }))) return;
    if (removeAttempt(storage, id)) setRemoved(t('history.removed', { date }));
    setVersion((v) => v + 1);
  };

  const open = results.find((r) => r.attempt.id === openId);
  if (open) {
    return <AttemptReport result={open} title={titleOf(open.attempt.scenarioId)} date={formatDate(open.attempt.finishedAt)} onBack={() => setOpenId(null)} />;
  }

  return (
    <div className="history">
      <h1 ref={heading} tabIndex={-1}>{t('nav.history')}</h1>
      <p>{t('history.intro')}</p>
      {stored.problem === 'history-unreadable' && <p role="alert" className="notice">{t('history.unreadable')}</p>}
      {stored.problem === 'storage-unavailable' && <p role="alert" className="notice">{t('app.storageUnavailable')}</p>}
      <div aria-live="polite">{removed && <p role="status" className="confirmation">{removed}</p>}</div>
      {results.length === 0 ? (
        <p className="empty-history">{t('history.empty')}</p>
      ) : (
        <>
          <ReadinessSummary readiness={readiness} />
          <section className="report-section" aria-labelledby="chart-title">
            <h2 id="chart-title">{t('history.chartTitle')}</h2>
            <ProgressChart results={results} formatDate={formatDate} />
          </section>
          <section className="report-section" aria-labelledby="list-title">
            <h2 id="list-title">{t('history.listTitle')}</h2>
            <table className="attempts">
              <thead>
                <tr>
                  <th scope="col">{t('history.attemptColumn')}</th>
                  <th scope="col">{t('history.dateColumn')}</th>
                  <th scope="col">{t('history.scenarioColumn')}</th>
                  <th scope="col">{t('history.modeColumn')}</th>
                  <th scope="col">{t('history.resultColumn')}</th>
                  <th scope="col"><span className="visually-hidden">{t('history.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {results.map(({ attempt, report }, i) => (
                  <tr key={attempt.id} data-attempt={attempt.id} data-scenario={attempt.scenarioId} data-ready={report.ready}>
                    <th scope="row">{i + 1}</th>
                    <td>{formatDate(attempt.finishedAt)}</td>
                    <td>{titleOf(attempt.scenarioId)}</td>
                    <td>{t(`mode.${attempt.mode}`)}</td>
                    <td className={report.ready ? 'good' : 'bad'}>
                      {t(report.ready ? 'history.ready' : 'history.notReady')}{' '}
                      <span className="hint">({Object.values(report.competences).filter((c) => c.acquired).length}/5)</span>
                    </td>
                    <td className="attempt-actions">
                      <button type="button" className="secondary" onClick={() => setOpenId(attempt.id)} aria-label={t('history.openLabel', { date: formatDate(attempt.finishedAt), title: titleOf(attempt.scenarioId) })}>
                        {t('history.open')}
                      </button>
                      <button type="button" className="danger" onClick={() => remove(attempt.id, formatDate(attempt.finishedAt))} aria-label={t('history.removeLabel', { date: formatDate(attempt.finishedAt), title: titleOf(attempt.scenarioId) })}>
                        {t('history.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <HistoryTransfer storage={storage} attempts={stored.attempts} onImported={() => setVersion((v) => v + 1)} />
    </div>
  );
}
