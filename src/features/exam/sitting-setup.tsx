import { startInterview, startPreparation, newObserver, type ExamSession } from '../../domain/exam/live-session.ts';
import { EXAM_DOCUMENTS, type ExamDocumentKind } from '../../app/route.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import type { SessionUpdate } from './exam-desk-screen.tsx';
import { newId } from './new-id.ts';

interface Props {
  session: ExamSession;
  update: SessionUpdate;
  onOpenDocument: (kind: ExamDocumentKind, scenarioId: string) => void;
}

/** Before the candidate comes in: who sits, who observes, the documents to print. */
export function SittingSetup({ session, update, onOpenDocument }: Props) {
  const t = useExamTranslate();
  const rename = (id: string, name: string) => update((s) => ({ ...s, observers: s.observers.map((o) => (o.id === id ? { ...o, name } : o)) }));
  const add = () => update((s) => ({ ...s, observers: [...s.observers, newObserver(newId(), t('exam.setup.observerName', { n: s.observers.length + 1 }))] }));
  const remove = (id: string) => update((s) => ({ ...s, observers: s.observers.filter((o) => o.id !== id) }));

  return (
    <div className="sitting-setup">
      <section className="exam-card" aria-labelledby="documents-title">
        <h3 id="documents-title">{t('exam.setup.documents')}</h3>
        <p className="hint">{t('exam.setup.documentsHelp')}</p>
        <Documents scenarioId={session.draw.scenario} onOpenDocument={onOpenDocument} />
      </section>
      <section className="exam-card" aria-labelledby="people-title">
        <h3 id="people-title">{t('exam.setup.people')}</h3>
        <label className="field">
          {t('exam.setup.candidate')}
          <input type="text" value={session.candidate} onChange={(e) => update((s) => ({ ...s, candidate: e.target.value }))} autoComplete="off" />
        </label>
        <fieldset className="observers">
          <legend>{t('exam.setup.observers')}</legend>
          <p className="hint">{t('exam.setup.observersHelp')}</p>
          <ol>
            {session.observers.map((o, i) => (
              <li key={o.id}>
                <label className="field">
                  {t('exam.setup.observerLabel', { n: i + 1 })}
                  <input type="text" value={o.name} onChange={(e) => rename(o.id, e.target.value)} autoComplete="off" />
                </label>
                {session.observers.length > 1 && (
                  <button type="button" className="secondary" onClick={() => remove(o.id)} aria-label={t('exam.setup.removeObserver', { name: o.name })}>
                    {t('exam.setup.remove')}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="secondary" onClick={add}>{t('exam.setup.addObserver')}</button>
        </fieldset>
      </section>
      <div className="sitting-actions">
        <button type="button" className="primary" onClick={() => update((s) => startPreparation(s, Date.now()))}>{t('exam.setup.startPreparation')}</button>
        <button type="button" className="secondary" onClick={() => update((s) => startInterview(s, Date.now()))}>{t('exam.setup.skipPreparation')}</button>
      </div>
    </div>
  );
}

/** The three documents of the scenario, each opening the page that prints it. */
export function Documents({ scenarioId, onOpenDocument }: { scenarioId: string; onOpenDocument: Props['onOpenDocument'] }) {
  const t = useExamTranslate();
  return (
    <ul className="document-links">
      {EXAM_DOCUMENTS.map((kind) => (
        <li key={kind}>
          <button type="button" className="secondary" onClick={() => onOpenDocument(kind, scenarioId)}>{t(`exam.documents.${kind}`)}</button>
          <span className="hint">{t(`exam.documents.${kind}Help`)}</span>
        </li>
      ))}
    </ul>
  );
}
