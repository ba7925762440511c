import { useState } from 'react';
import { drawAtRandom, drawBySpecifics, type ExamDraw, type Specifics } from '../../domain/exam/draw.ts';
import { DOMAINS, MARKETS, OFFERS } from '../../domain/scenario/specifics.ts';
import { useDateFormat } from '../../i18n/use-date-format.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';

interface Props {
  available: string[];
  titleOf: (id: string) => string;
  draws: ExamDraw[];
  onDraw: (draw: ExamDraw) => void;
}

// A draw the candidate can trust: the browser's cryptographic generator, not Math.random.
const fairRandom = () => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/** The two ways to choose the exam's scenario, and the register of draws made here. */
export function DrawPanel({ available, titleOf, draws, onDraw }: Props) {
  const t = useExamTranslate();
  const [specifics, setSpecifics] = useState<Specifics>({ market: 'btob', domain: 'tech-digital', offer: 'product' });
  const [unavailable, setUnavailable] = useState(false);
  const [pool, setPool] = useState<string[]>(available);
  const formatDate = useDateFormat('short', 'medium');

  const bySpecifics = () => {
    const draw = drawBySpecifics(specifics, available, new Date());
    setUnavailable(draw === null);
    if (draw) onDraw(draw);
  };
  const atRandom = () => onDraw(drawAtRandom(pool, fairRandom, new Date()));
  const toggle = (id: string, on: boolean) => setPool((p) => (on ? available.filter((a) => a === id || p.includes(a)) : p.filter((x) => x !== id)));
  const choose = <K extends keyof Specifics>(key: K, value: Specifics[K]) => {
    setUnavailable(false);
    setSpecifics((s) => ({ ...s, [key]: value }));
  };

  return (
    <div className="draw-panel">
      <p className="hint">{t('exam.draw.intro')}</p>
      <section className="exam-card" aria-labelledby="by-specifics-title">
        <h2 id="by-specifics-title">{t('exam.draw.bySpecifics')}</h2>
        <p className="hint">{t('exam.draw.bySpecificsHelp')}</p>
        <div className="specifics">
          <SpecificSelect label={t('exam.draw.market')} values={MARKETS} value={specifics.market} name={(m) => t(`market.${m}`)} onChange={(m) => choose('market', m)} />
          <SpecificSelect label={t('exam.draw.domain')} values={DOMAINS} value={specifics.domain} name={(d) => t(`domain.${d}`)} onChange={(d) => choose('domain', d)} />
          <SpecificSelect label={t('exam.draw.offer')} values={OFFERS} value={specifics.offer} name={(o) => t(`offer.${o}`)} onChange={(o) => choose('offer', o)} />
        </div>
        <button type="button" className="primary" onClick={bySpecifics}>{t('exam.draw.takeSpecifics')}</button>
        {unavailable && <p role="alert" className="notice">{t('exam.draw.unavailable')}</p>}
      </section>

      <section className="exam-card" aria-labelledby="at-random-title">
        <h2 id="at-random-title">{t('exam.draw.atRandom')}</h2>
        <p className="hint">{t('exam.draw.atRandomHelp')}</p>
        <fieldset className="draw-pool">
          <legend>{t('exam.draw.pool', { count: pool.length, total: available.length })}</legend>
          <div className="pool-actions">
            <button type="button" className="secondary" onClick={() => setPool(available)}>{t('exam.draw.all')}</button>
            <button type="button" className="secondary" onClick={() => setPool([])}>{t('exam.draw.none')}</button>
          </div>
          <ul>
            {available.map((id) => (
              <li key={id}>
                <label>
                  <input type="checkbox" checked={pool.includes(id)} onChange={(e) => toggle(id, e.target.checked)} />
                  {titleOf(id)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" className="primary" onClick={atRandom} disabled={pool.length === 0}>
          {t('exam.draw.takeRandom', { count: pool.length })}
        </button>
      </section>

      <section className="exam-card" aria-labelledby="register-title">
        <h2 id="register-title">{t('exam.draw.register')}</h2>
        {draws.length === 0 ? (
          <p className="hint">{t('exam.draw.noDraws')}</p>
        ) : (
          <table className="draw-register">
            <thead>
              <tr>
                <th scope="col">{t('exam.draw.when')}</th>
                <th scope="col">{t('exam.draw.scenario')}</th>
                <th scope="col">{t('exam.draw.how')}</th>
              </tr>
            </thead>
            <tbody>
              {[...draws].reverse().map((d) => (
                <tr key={d.drawnAt + d.scenario}>
                  <td><time dateTime={d.drawnAt}>{formatDate(d.drawnAt)}</time></td>
                  <td>{titleOf(d.scenario)}</td>
                  <td>{t(`exam.draw.method.${d.method}`, { count: d.pool.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

interface SelectProps<T extends string> {
  label: string;
  values: readonly T[];
  value: T;
  name: (value: T) => string;
  onChange: (value: T) => void;
}

/** One of the candidate's three specifics: market, domain or type of sale. */
function SpecificSelect<T extends string>({ label, values, value, name, onChange }: SelectProps<T>) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}>
        {values.map((v) => <option key={v} value={v}>{name(v)}</option>)}
      </select>
    </label>
  );
}
