import { useTranslation } from 'react-i18next';

type Name = 'market' | 'domain' | 'offer';

/** One of the exam's three specifics, as a group of radio buttons with "all" first. */
export function FilterGroup<V extends string>({ name, values, value, onChange }: { name: Name; values: readonly V[]; value: V | 'all'; onChange: (value: V | 'all') => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="filter-group">
      <legend>{t(`catalogue.filter.${name}`)}</legend>
      {(['all', ...values] as const).map((v) => (
        <label key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {v === 'all' ? t('catalogue.filter.all') : t(`${name}.${v}` as `market.btob`)}
        </label>
      ))}
    </fieldset>
  );
}
