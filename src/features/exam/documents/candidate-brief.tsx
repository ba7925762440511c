import type { Scenario } from '../../../domain/scenario/schema.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';
import { useScenarioText } from '../../../i18n/use-scenario-text.ts';
import { OfferSheet } from '../../brief/offer-sheet.tsx';
import { FillIn, RuledLines } from './paper.tsx';

/**
 * What the candidate may read while preparing: the brief of the scenario and nothing else. The
 * persona's hidden side (needs, objections, signals, how to play) and the stages stay with the jury.
 */
export function CandidateBrief({ scenario }: { scenario: Scenario }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const { brief } = scenario;
  return (
    <>
      <p className="document-audience">{t('examDocs.brief.audience')}</p>
      <div className="fill-ins">
        <FillIn label={t('examDocs.brief.candidate')} wide />
        <FillIn label={t('examDocs.brief.date')} />
      </div>
      <section aria-labelledby="objective-title" className="brief-section objective">
        <h2 id="objective-title">{t('brief.objective')}</h2>
        <p>{text(brief.objective)}</p>
      </section>
      <section aria-labelledby="company-title" className="brief-section">
        <h2 id="company-title">{t('brief.company', { name: brief.company.name })}</h2>
        <p>{text(brief.company.description)}</p>
      </section>
      <OfferSheet offer={brief.offer} />
      <section aria-labelledby="client-title" className="brief-section">
        <h2 id="client-title">{t('brief.client')}</h2>
        <p>{text(brief.client.summary)}</p>
        <ul>
          {brief.client.facts.map((fact, i) => (
            <li key={i}>{text(fact)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="notes-title" className="brief-section notes-area">
        <h2 id="notes-title">{t('examDocs.brief.notes')}</h2>
        <p className="hint">{t('examDocs.brief.notesHint')}</p>
        <RuledLines count={14} />
      </section>
    </>
  );
}
