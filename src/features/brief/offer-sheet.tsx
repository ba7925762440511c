import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';

/** The product or service sheet of the brief: features, prices, options, terms, competitors. */
export function OfferSheet({ offer }: { offer: Scenario['brief']['offer'] }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  return (
    <section aria-labelledby="offer-title" className="brief-section">
      <h2 id="offer-title">{t('brief.offer', { name: text(offer.name) })}</h2>
      <p>{text(offer.description)}</p>
      <h3>{t('brief.features')}</h3>
      <dl className="sheet">
        {offer.features.map((f, i) => (
          <div key={i}>
            <dt>{text(f.label)}</dt>
            <dd>{text(f.detail)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('brief.prices')}</h3>
      <dl className="sheet">
        {[...offer.prices, ...offer.options].map((p, i) => (
          <div key={i}>
            <dt>{text(p.label)}</dt>
            <dd>{text(p.detail)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('brief.terms')}</h3>
      <p>{text(offer.terms)}</p>
      <h3>{t('brief.competitors')}</h3>
      <ul>
        {offer.competitors.map((c) => (
          <li key={c.name}>
            <strong>{c.name}</strong> — {text(c.positioning)}
          </li>
        ))}
      </ul>
    </section>
  );
}
