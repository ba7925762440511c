import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../domain/scenario/schema.ts';
import type { Text } from '../../domain/scenario/text.ts';
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
      <Sheet items={offer.features} />
      <h3>{t('brief.prices')}</h3>
      <Sheet items={[...offer.prices, ...offer.options]} />
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

/** Label and detail pairs: features, or prices and options. */
function Sheet({ items }: { items: { label: Text; detail: Text }[] }) {
  const text = useScenarioText();
  return (
    <dl className="sheet">
      {items.map((item, i) => (
        <div key={i}>
          <dt>{text(item.label)}</dt>
          <dd>{text(item.detail)}</dd>
        </div>
      ))}
    </dl>
  );
}
