import { useTranslation } from 'react-i18next';
import type { LogEvent } from '../../domain/interview-log/log.ts';
import { spokenSeconds } from '../../domain/machine/speech.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { formatClock } from '../../shared/format-time.ts';

/** The six stages, the current one marked, each with its simulated time against its indication. */
export function StageProgress({ scenario, stage, events }: { scenario: Scenario; stage: number; events: readonly LogEvent[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('interview.stages')} className="stage-progress">
      <ol>
        {scenario.stages.map((s) => (
          <li key={s.number} aria-current={s.number === stage ? 'step' : undefined} className={s.number < stage ? 'done' : s.number === stage ? 'current' : ''}>
            <span className="stage-name">{s.number}. {t(`stages.${s.number}` as 'stages.1')}</span>
            <span className="stage-time">{t('interview.stageTime', { spent: formatClock(spokenSeconds(events, s.number)), minutes: s.minutes })}</span>
          </li>
        ))}
      </ol>
      <p className="sim-clock">{t('interview.simulatedClock', { time: formatClock(spokenSeconds(events)) })}</p>
    </nav>
  );
}
