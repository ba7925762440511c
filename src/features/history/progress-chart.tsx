import { COMPETENCES } from '../../domain/evaluator/criteria.ts';
import { useTranslate } from '../../i18n/use-translate.ts';
import type { AttemptResult } from './progress.ts';

const ROW = 68;
const TOP = 12;
const LEFT = 52;
const RIGHT = 16;
/** The plot keeps a readable width with few attempts, and widens (and scrolls) with many. */
const MIN_PLOT = 320;
const MAX_STEP = 160;
const MIN_STEP = 40;

/**
 * Criteria met (0–4) per competence, attempt after attempt: one band per competence, a filled dot
 * where the competence was acquired. The table beside it carries the same figures for screen readers.
 */
export function ProgressChart({ results, formatDate }: { results: readonly AttemptResult[]; formatDate: (ms: number) => string }) {
  const t = useTranslate();
  const gaps = Math.max(1, results.length - 1);
  const step = Math.min(MAX_STEP, Math.max(MIN_STEP, MIN_PLOT / gaps));
  const width = LEFT + gaps * step + RIGHT;
  const height = TOP + COMPETENCES.length * ROW + 24;
  const x = (i: number) => LEFT + (results.length === 1 ? (width - LEFT - RIGHT) / 2 : i * step);
  const y = (band: number, met: number) => TOP + band * ROW + (4 - met) * ((ROW - 28) / 4) + 6;
  return (
    <figure className="progress-chart">
      <div className="chart-scroll">
        <svg role="img" aria-label={t('history.chartLabel', { count: results.length })} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
          {COMPETENCES.map((c, band) => {
            const points = results.map((r, i) => `${x(i)},${y(band, r.report.competences[c].criteriaMet)}`).join(' ');
            return (
              <g key={c} className={`chart-band band-${c}`} data-competence={c}>
                <line x1={LEFT} x2={width - RIGHT} y1={y(band, 0)} y2={y(band, 0)} className="chart-axis" />
                <line x1={LEFT} x2={width - RIGHT} y1={y(band, 4)} y2={y(band, 4)} className="chart-goal" />
                <text x={4} y={y(band, 2) + 4} className="chart-label">{c}</text>
                <text x={LEFT - 6} y={y(band, 4) + 4} textAnchor="end" className="chart-tick">4</text>
                <text x={LEFT - 6} y={y(band, 0) + 4} textAnchor="end" className="chart-tick">0</text>
                {results.length > 1 && <polyline points={points} className="chart-line" fill="none" />}
                {results.map((r, i) => {
                  const { acquired, criteriaMet } = r.report.competences[c];
                  return (
                    <circle key={r.attempt.id} cx={x(i)} cy={y(band, criteriaMet)} r={5} className={acquired ? 'chart-dot acquired' : 'chart-dot'} data-met={criteriaMet}>
                      <title>{`${c} · ${formatDate(r.attempt.finishedAt)} · ${criteriaMet}/4`}</title>
                    </circle>
                  );
                })}
              </g>
            );
          })}
          {results.map((r, i) => (
            <text key={r.attempt.id} x={x(i)} y={height - 6} textAnchor="middle" className="chart-tick">{i + 1}</text>
          ))}
        </svg>
      </div>
      <figcaption className="hint">{t('history.chartHelp')}</figcaption>
      <details>
        <summary>{t('history.chartTable')}</summary>
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('history.attemptColumn')}</th>
              <th scope="col">{t('history.dateColumn')}</th>
              {COMPETENCES.map((c) => <th key={c} scope="col">{c}</th>)}
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={r.attempt.id}>
                <th scope="row">{i + 1}</th>
                <td>{formatDate(r.attempt.finishedAt)}</td>
                {COMPETENCES.map((c) => <td key={c}>{r.report.competences[c].criteriaMet}/4</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
