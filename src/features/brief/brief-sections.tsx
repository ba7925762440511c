import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';
import { OfferSheet } from './offer-sheet.tsx';

/**
 * What the seller may know before the interview: the objective, their company, the offer sheet
 * and what is known of the client. The learner's brief and the exam candidate's printed brief.
 */
export function BriefSections({ brief }: { brief: Scenario['brief'] }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  return (
    <>
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
    </>
  );
}
