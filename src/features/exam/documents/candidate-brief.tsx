import type { Scenario } from '../../../domain/scenario/schema.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';
import { BriefSections } from '../../brief/brief-sections.tsx';
import { FillIn, RuledLines } from './paper.tsx';

/**
 * What the candidate may read while preparing: the brief of the scenario and nothing else. The
 * persona's hidden side (needs, objections, signals, how to play) and the stages stay with the jury.
 */
export function CandidateBrief({ scenario }: { scenario: Scenario }) {
  const t = useExamTranslate();
  return (
    <>
      <p className="document-audience">{t('examDocs.brief.audience')}</p>
      <div className="fill-ins">
        <FillIn label={t('examDocs.brief.candidate')} wide />
        <FillIn label={t('examDocs.brief.date')} />
      </div>
      <BriefSections brief={scenario.brief} />
      <section aria-labelledby="notes-title" className="brief-section notes-area">
        <h2 id="notes-title">{t('examDocs.brief.notes')}</h2>
        <p className="hint">{t('examDocs.brief.notesHint')}</p>
        <RuledLines count={14} />
      </section>
    </>
  );
}
