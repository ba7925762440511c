import { useMemo, useState, type ChangeEvent } from 'react';
import { COMPETENCES, CRITERIA, competenceOf, type CompetenceId } from '../../domain/evaluator/criteria.ts';
import { interviewLength, newObserver, sittingLogs, talkSeconds, type ExamSession } from '../../domain/exam/live-session.ts';
import { consolidate } from '../../domain/exam/results.ts';
import { parseInterviewLogText } from '../../domain/interview-log/log.ts';
import { percent } from '../../i18n/report-wording.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import { downloadFile } from '../../shared/download.ts';
import { formatClock } from '../../shared/format-time.ts';
import type { SessionUpdate } from './exam-desk-screen.tsx';
import { newId } from './new-id.ts';
import { resultsFile } from './results-file.ts';

interface Props {
  session: ExamSession;
  update: SessionUpdate;
  title: string;
}

/** No honest grid comes near this: a 30-minute interview is a few hundred events. */
const MAX_GRID_BYTES = 2 * 1024 * 1024;

const fileSafe = (name: string) => name.normalize('NFD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'grille';

/** The observer's name an exported grid carries, when it carries one. */
function observerNameIn(content: string): string | null {
  const value: unknown = JSON.parse(content);
  const name = typeof value === 'object' && value !== null && 'observer' in value ? value.observer : null;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : null;
}

/** The observers' grids brought together for the certification jury: per competence, acquired or not. */
export function ResultsSheetView({ session, update, title }: Props) {
  const scenarioId = session.draw.scenario;
  const t = useExamTranslate();
  const [importMessage, setImportMessage] = useState<{ refused: boolean; text: string } | null>(null);
  const endAt = interviewLength(session);
  const observers = useMemo(() => sittingLogs(session), [session]);
  const sheet = useMemo(() => (observers.length > 0 ? consolidate(observers, session.decisions) : null), [observers, session.decisions]);
  const format = useDateFormat('long', 'short');
  const formatDate = (ms: number | null) => (ms === null ? '—' : format(ms));

  // Without a timed talk share, C1.2 cannot be met on that grid: the jury should know why.
  const untimed = session.observers.filter((o) => !o.imported && Object.values(talkSeconds(o, endAt)).every((seconds) => seconds === 0));
  const decide = (competence: CompetenceId, acquired: boolean) => update((s) => ({ ...s, decisions: { ...s.decisions, [competence]: acquired } }));

  const importGrid = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (reason: string) => setImportMessage({ refused: true, text: t('exam.results.importRefused', { file: file.name, reason }) });
    if (file.size > MAX_GRID_BYTES) return refuse(t('exam.results.tooLarge'));
    const content = await file.text();
    const read = parseInterviewLogText(content);
    if (!read.ok) return refuse(read.message);
    if (read.log.scenario !== undefined && read.log.scenario !== scenarioId) return refuse(t('exam.results.otherScenario', { scenario: read.log.scenario }));
    const name = observerNameIn(content) ?? file.name.replace(/\.json$/i, '');
    update((s) => ({ ...s, observers: [...s.observers, { ...newObserver(newId(), name), imported: { file: file.name, log: read.log } }] }));
    setImportMessage({ refused: false, text: t('exam.results.imported', { file: file.name }) });
  };

  const stamp = new Date(session.interviewStartedAt ?? Date.now()).toISOString().slice(0, 10);
  const exportResults = () => sheet && downloadFile(`resultats-${fileSafe(session.candidate)}-${scenarioId}-${stamp}.json`, resultsFile(session, sheet, new Date()));
  // The observer's name travels with the grid: the log's format lets other fields ride along.
  const exportGrid = (name: string, log: object) => downloadFile(`${fileSafe(name)}-${scenarioId}-${stamp}.json`, JSON.stringify({ ...log, observer: name }, null, 2));

  return (
    <div className="results-sheet" data-ready={sheet?.ready === null ? 'pending' : String(sheet?.ready)}>
      <header className="results-header">
        <h3>{t('exam.results.title')}</h3>
        <dl className="results-facts">
          <div><dt>{t('exam.results.candidate')}</dt><dd data-field="candidate">{session.candidate || t('exam.results.unnamed')}</dd></div>
          <div><dt>{t('exam.results.scenario')}</dt><dd>{title}</dd></div>
          <div><dt>{t('exam.results.drawn')}</dt><dd>{t(`exam.draw.method.${session.draw.method}`, { count: session.draw.pool.length })}, {formatDate(Date.parse(session.draw.drawnAt))}</dd></div>
          <div><dt>{t('exam.results.interview')}</dt><dd>{formatDate(session.interviewStartedAt)} ({formatClock(endAt / 1000)})</dd></div>
          <div><dt>{t('exam.results.observers')}</dt><dd>{session.observers.map((o) => o.name).join(', ')}</dd></div>
        </dl>
      </header>

      {!sheet ? (
        <p role="alert" className="notice">{t('exam.results.noObserver')}</p>
      ) : (
        <>
          {untimed.map((o) => (
            <p key={o.id} className="notice untimed">{t('exam.results.untimed', { name: o.name })}</p>
          ))}
          <section className={`results-verdict verdict-${sheet.ready === null ? 'pending' : sheet.ready ? 'ready' : 'not-ready'}`} aria-labelledby="verdict-heading">
            <h4 id="verdict-heading">{t(sheet.ready === null ? 'exam.results.pending' : sheet.ready ? 'exam.results.certified' : 'exam.results.notCertified')}</h4>
            {sheet.ready === null && <p>{t('exam.results.pendingHelp', { count: sheet.pending.length })}</p>}
            <p className="hint">{t('exam.results.rule')}</p>
          </section>

          <table className="results-table competences-table">
            <caption>{t('exam.results.competences')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exam.results.competence')}</th>
                {sheet.observers.map((o) => <th scope="col" key={o.id}>{o.name}</th>)}
                <th scope="col">{t('exam.results.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {COMPETENCES.map((c) => {
                const result = sheet.competences[c];
                return (
                  <tr key={c} data-competence={c} data-acquired={result.acquired === null ? 'pending' : String(result.acquired)} className={result.unanimous ? undefined : 'differs'}>
                    <th scope="row">{c} — {t(`competences.${c}`)}</th>
                    {result.verdicts.map((v) => <td key={v.observer} data-observer-verdict={v.acquired}>{t(v.acquired ? 'report.acquired' : 'report.notAcquired')}</td>)}
                    <td>
                      {result.unanimous ? (
                        <strong>{t(result.acquired ? 'report.acquired' : 'report.notAcquired')}</strong>
                      ) : (
                        <fieldset className="jury-decision">
                          <legend>{t('exam.results.decide', { competence: c })}</legend>
                          {[true, false].map((value) => (
                            <label key={String(value)}>
                              <input type="radio" name={`decision-${c}`} checked={result.decision === value} onChange={() => decide(c, value)} />
                              {t(value ? 'report.acquired' : 'report.notAcquired')}
                            </label>
                          ))}
                          <span className="print-only">{result.decision === null ? t('exam.results.toDecide') : ''}</span>
                        </fieldset>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <table className="results-table criteria-table">
            <caption>{t('exam.results.criteria')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exam.results.criterion')}</th>
                {sheet.observers.map((o) => <th scope="col" key={o.id}>{o.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {CRITERIA.map((id) => {
                const result = sheet.criteria[id];
                return (
                  <tr key={id} data-criterion={id} className={result.unanimous ? undefined : 'differs'} data-competence={competenceOf(id)}>
                    <th scope="row">{id} {t(`criteria.${id}`)}</th>
                    {result.verdicts.map((v) => (
                      <td key={v.observer} data-met={v.met}>
                        {t(v.met ? 'report.met' : 'report.notMet')} ({result.unit === 'share' ? percent(t, v.value) : v.value})
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="hint">{t('exam.results.differsHelp')}</p>

          <div className="signatures print-only">
            {session.observers.map((o) => <p key={o.id}>{t('exam.results.signature', { name: o.name })}</p>)}
          </div>
        </>
      )}

      <section className="exam-card results-actions" aria-labelledby="results-actions-title">
        <h4 id="results-actions-title">{t('exam.results.actions')}</h4>
        <div className="transfer-actions">
          <button type="button" className="primary" onClick={() => window.print()} disabled={!sheet}>{t('exam.results.print')}</button>
          <button type="button" onClick={exportResults} disabled={!sheet}>{t('exam.results.export')}</button>
          {observers.map((o) => (
            <button key={o.id} type="button" className="secondary" onClick={() => exportGrid(o.name, o.log)}>{t('exam.results.exportGrid', { name: o.name })}</button>
          ))}
        </div>
        <label className="file-button">
          {t('exam.results.import')}
          <input type="file" className="visually-hidden" accept="application/json,.json" onChange={(e) => void importGrid(e)} />
        </label>
        <p className="hint">{t('exam.results.importHelp')}</p>
        <div aria-live="polite">{importMessage && <p role={importMessage.refused ? 'alert' : 'status'} className={importMessage.refused ? 'notice' : 'confirmation'}>{importMessage.text}</p>}</div>
      </section>
    </div>
  );
}
