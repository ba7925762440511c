import { sittingLogs, type ExamSession } from '../../domain/exam/live-session.ts';
import { consolidate } from '../../domain/exam/results.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';

interface Props {
  sittings: ExamSession[];
  titleOf: (id: string) => string;
  onReopen: (sitting: ExamSession) => void;
  onRemove: (sitting: ExamSession) => void;
}

// The verdict a finished sitting came to, as its results sheet gives it.
function verdictOf(sitting: ExamSession): 'ready' | 'not-ready' | 'pending' | 'no-grid' {
  if (sitting.observers.length === 0) return 'no-grid';
  const sheet = consolidate(sittingLogs(sitting), sitting.decisions);
  return sheet.ready === null ? 'pending' : sheet.ready ? 'ready' : 'not-ready';
}

/** The sittings the jury has closed in this browser, newest first, to print or export again. */
export function SittingArchive({ sittings, titleOf, onReopen, onRemove }: Props) {
  const t = useExamTranslate();
  const format = useDateFormat('short', 'short');
  return (
    <section className="exam-card sitting-archive" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('exam.archive.title')}</h2>
      {sittings.length === 0 ? (
        <p className="hint">{t('exam.archive.empty')}</p>
      ) : (
        <table className="draw-register">
          <thead>
            <tr>
              <th scope="col">{t('exam.archive.when')}</th>
              <th scope="col">{t('exam.results.candidate')}</th>
              <th scope="col">{t('exam.results.scenario')}</th>
              <th scope="col">{t('exam.archive.verdict')}</th>
              <th scope="col"><span className="visually-hidden">{t('exam.archive.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {[...sittings].reverse().map((s) => {
              const candidate = s.candidate || t('exam.results.unnamed');
              return (
                <tr key={s.id} data-sitting={s.id}>
                  <td>{s.interviewStartedAt === null ? '—' : format(s.interviewStartedAt)}</td>
                  <td>{candidate}</td>
                  <td>{titleOf(s.draw.scenario)}</td>
                  <td>{t(`exam.archive.verdicts.${verdictOf(s)}`)}</td>
                  <td className="archive-actions">
                    <button type="button" className="secondary small" onClick={() => onReopen(s)} aria-label={t('exam.archive.reopenLabel', { candidate })}>{t('exam.archive.reopen')}</button>
                    <button type="button" className="danger small" onClick={() => onRemove(s)} aria-label={t('exam.archive.removeLabel', { candidate })}>{t('exam.archive.remove')}</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
