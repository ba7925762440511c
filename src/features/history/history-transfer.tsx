import { useState, type ChangeEvent } from 'react';
import { useTranslate } from '../../i18n/use-translate.ts';
import { downloadFile } from '../../shared/download.ts';
import type { Attempt } from './attempt.ts';
import { historyFile, parseHistoryFile, type HistoryFault } from './history-schema.ts';
import { importAttempts } from './history-store.ts';

/** No honest history file comes near this: thousands of interviews fit in a few megabytes. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Message = { kind: 'done' | 'refused'; text: string };

/** Export the history to a file; import one back. A refused file changes nothing. */
export function HistoryTransfer({ storage, attempts, onImported }: { storage: Storage | undefined; attempts: readonly Attempt[]; onImported: () => void }) {
  const t = useTranslate();
  const [message, setMessage] = useState<Message | null>(null);

  const refusal = (file: string, problem: HistoryFault) => {
    const reason = problem.fault === 'not-json' || problem.fault === 'not-a-history' || problem.fault === 'too-large'
      ? t(`history.reason.${problem.fault}`)
      : t('history.reason.invalid', { where: problem.where, fault: problem.fault });
    return t('history.importRefused', { file, reason });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setMessage({ kind: 'refused', text: refusal(file.name, { where: 'file', fault: 'too-large' }) });
    const read = parseHistoryFile(await file.text());
    if (!read.ok) return setMessage({ kind: 'refused', text: refusal(file.name, read.problem) });
    const { added, known, saved } = importAttempts(storage, read.attempts);
    if (!saved) return setMessage({ kind: 'refused', text: t('history.importNotSaved', { file: file.name }) });
    const parts = [t('history.importAdded', { count: added, file: file.name }), ...(known > 0 ? [t('history.importKnown', { count: known })] : [])];
    setMessage({ kind: 'done', text: parts.join(' ') });
    onImported();
  };

  const exportFile = () => {
    const now = new Date();
    downloadFile(`historique-entretiens-${now.toISOString().slice(0, 10)}.json`, historyFile(attempts, now));
  };

  return (
    <section className="report-section history-transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('history.transferTitle')}</h2>
      <div className="transfer-actions">
        <div>
          <button type="button" onClick={exportFile} disabled={attempts.length === 0}>{t('history.export')}</button>
          <p className="hint">{t('history.exportHelp')}</p>
        </div>
        <div>
          <label className="file-button">
            {t('history.import')}
            {/* The browser's own file control speaks the browser's language; the label is the button. */}
            <input type="file" className="visually-hidden" accept="application/json,.json" onChange={(e) => void importFile(e)} />
          </label>
          <p className="hint">{t('history.importHelp')}</p>
        </div>
      </div>
      <div aria-live="polite">
        {message && <p role={message.kind === 'refused' ? 'alert' : 'status'} className={message.kind === 'refused' ? 'notice' : 'confirmation'}>{message.text}</p>}
      </div>
    </section>
  );
}
