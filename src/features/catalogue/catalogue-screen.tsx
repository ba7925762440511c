import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import summaries from 'virtual:scenario-catalogue';
import { DOMAINS, MARKETS, OFFERS } from '../../domain/scenario/specifics.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import type { Mode } from '../session/session.ts';
import { catalogueCells, filterCells, NO_FILTER, type CatalogueFilter } from './catalogue.ts';
import { FilterGroup } from './filter-group.tsx';

const cells = catalogueCells(summaries);

export function CatalogueScreen({ onStart }: { onStart: (scenarioId: string, mode: Mode) => void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const [filter, setFilter] = useState<CatalogueFilter>(NO_FILTER);
  const shown = filterCells(cells, filter);
  const written = cells.filter((c) => c.scenario).length;

  return (
    <section aria-labelledby="catalogue-title">
      <h1 id="catalogue-title">{t('catalogue.title')}</h1>
      <p>{t('catalogue.intro', { count: written, total: cells.length })}</p>
      <div className="filters">
        <FilterGroup name="market" values={MARKETS} value={filter.market} onChange={(market) => setFilter({ ...filter, market })} />
        <FilterGroup name="domain" values={DOMAINS} value={filter.domain} onChange={(domain) => setFilter({ ...filter, domain })} />
        <FilterGroup name="offer" values={OFFERS} value={filter.offer} onChange={(offer) => setFilter({ ...filter, offer })} />
      </div>
      <p aria-live="polite" className="filter-count">{t('catalogue.shown', { count: shown.length })}</p>
      <ul className="catalogue-grid">
        {shown.map((cell) => {
          const text = cell.scenario?.text[lang] ?? cell.scenario?.text.fr;
          return (
            <li key={cell.id} data-scenario={cell.id} className={cell.scenario ? 'card' : 'card card-unwritten'}>
              <p className="card-tags">
                {t(`market.${cell.market}`)} · {t(`domain.${cell.domain}`)} · {t(`offer.${cell.offer}`)}
              </p>
              {cell.scenario && text ? (
                <>
                  <h2 className="card-title">{text.title}</h2>
                  <p>{text.summary}</p>
                  <p className="card-meta">{t('catalogue.meeting', { persona: cell.scenario.persona, company: cell.scenario.company })}</p>
                  <div className="card-actions">
                    <button type="button" onClick={() => onStart(cell.id, 'practice')} aria-label={t('catalogue.practiceLabel', { title: text.title })}>
                      {t('catalogue.practice')}
                    </button>
                    <button type="button" className="secondary" onClick={() => onStart(cell.id, 'exam')} aria-label={t('catalogue.examLabel', { title: text.title })}>
                      {t('catalogue.exam')}
                    </button>
                  </div>
                </>
              ) : (
                <>
                  <h2 className="card-title">{t('catalogue.unwrittenTitle')}</h2>
                  <p>{t('catalogue.unwritten')}</p>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mode-help">{t('catalogue.modeHelp')}</p>
    </section>
  );
}
