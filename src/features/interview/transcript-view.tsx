import { useTranslation } from 'react-i18next';
import type { TranscriptEntry } from '../../domain/machine/interview-record.ts';
import { transcriptLine } from '../../domain/machine/transcript.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';

export function TranscriptView({ scenario, transcript, live = false }: { scenario: Scenario; transcript: readonly TranscriptEntry[]; live?: boolean }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  return (
    <ol className="transcript" aria-label={t('interview.transcript')} aria-live={live ? 'polite' : undefined}>
      {transcript.map((entry, i) => {
        const line = transcriptLine(scenario, entry);
        return (
          <li key={i} className={`line line-${entry.speaker}`}>
            <span className="speaker">{entry.speaker === 'client' ? scenario.persona.name : t('interview.you')}</span>
            <p className="say">{text(line.say)}</p>
            {line.nonVerbal && <p className="non-verbal">{text(line.nonVerbal)}</p>}
          </li>
        );
      })}
    </ol>
  );
}
