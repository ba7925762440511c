import type { InterviewRecord } from '../../domain/machine/interview-record.ts';
import { annotateTranscript } from '../../domain/report/annotated-transcript.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import type { Mode } from '../session/session.ts';

/** The transcript with each reply marked with what it counted for; in practice, the better reply. */
export function AnnotatedTranscriptView({ scenario, record, mode }: { scenario: Scenario; record: InterviewRecord; mode: Mode }) {
  const t = useTranslate();
  const text = useScenarioText();
  const lines = annotateTranscript(scenario, record);
  return (
    <section className="report-section annotated" aria-labelledby="annotated-title">
      <h2 id="annotated-title">{t('report.annotated.title')}</h2>
      <p className="hint">{t(mode === 'practice' ? 'report.annotated.helpPractice' : 'report.annotated.help')}</p>
      <ol className="transcript annotated-transcript">
        {lines.map(({ entry, words, counts, better }, i) => (
          <li key={i} className={`line line-${entry.speaker}`} data-line={i}>
            <span className="speaker">{entry.speaker === 'client' ? scenario.persona.name : t('interview.you')} · {t('report.stage', { stage: entry.stage })}</span>
            <p className="say">{text(words.say)}</p>
            {words.nonVerbal && <p className="non-verbal">{text(words.nonVerbal)}</p>}
            {entry.speaker === 'learner' && (
              <ul className="counts">
                {counts.length === 0 && <li className="effect-neutral">{t('report.annotated.nothing')}</li>}
                {counts.map((c, j) => (
                  <li key={j} className={`effect-${c.effect}`}>
                    {t(`acts.${c.act}`)} — {t(`coaching.effect.${c.effect}`, { criterion: c.criterion, name: t(`criteria.${c.criterion}`) })}
                  </li>
                ))}
              </ul>
            )}
            {mode === 'practice' && better && (
              <p className="better-reply"><strong>{t('report.annotated.better')}</strong> {text(better.say)}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
