import { COMPETENCES, CRITERIA, competenceOf, type CriterionId } from '../../../domain/evaluator/criteria.ts';
import type { Scenario } from '../../../domain/scenario/schema.ts';
import { criterionName, shortLabel } from '../../../i18n/report-wording.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';
import { useScenarioText } from '../../../i18n/use-scenario-text.ts';
import { FillIn, RuledLines, TickBox } from './paper.tsx';

/** The criteria decided on the scenario's needs: one column each in the needs table. */
const NEED_CHECKLISTS: readonly CriterionId[] = ['C1.3', 'C2.1', 'C2.2', 'C5.2'];

const capitalised = (name: string) => name.charAt(0).toLocaleUpperCase() + name.slice(1);

/**
 * The sheet each observing jury member fills in by hand: for every criterion its official
 * threshold and the rule the project applies, room for tallies and notes, and the boxes to tick.
 */
export function EvaluationGrid({ scenario }: { scenario: Scenario }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  return (
    <>
      <p className="document-audience">
        {t('examDocs.grid.audience')} {t('examDocs.grid.competenceRule')}
      </p>
      <div className="fill-ins grid-head">
        <FillIn label={t('examDocs.grid.candidate')} wide />
        <FillIn label={t('examDocs.grid.observer')} wide />
        <FillIn label={t('examDocs.grid.date')} />
        <p className="fill-in fill-in-given">
          <span className="fill-in-label">{t('examDocs.grid.scenario')}</span> <span>{text(scenario.title)}</span>
        </p>
      </div>
      <Tracker
        caption={t('examDocs.grid.checklists.needs')}
        rowHeader={t('examDocs.grid.checklists.need')}
        columns={[t('examDocs.grid.checklists.expressed'), ...NEED_CHECKLISTS.map((id) => t(`examDocs.grid.checklists.${id}`))]}
        rows={scenario.needs.map((need) => ({ id: need.id, label: text(need.label) }))}
        kind="need"
      />
      {COMPETENCES.map((competence) => (
        <section key={competence} className="grid-competence" data-competence={competence} aria-labelledby={`grid-${competence}`}>
          <h2 id={`grid-${competence}`}>
            {competence} — {t(`competences.${competence}`)}
          </h2>
          {competence === 'C3' && (
            <Tracker
              caption={t('examDocs.grid.checklists.objections')}
              rowHeader={t('examDocs.grid.checklists.objection')}
              columns={(['raised', 'reformulated', 'probed', 'dispelled'] as const).map((c) => t(`examDocs.grid.checklists.${c}`))}
              rows={scenario.objections.map((o) => ({ id: o.id, label: o.label ? text(o.label) : shortLabel(text(o.reason)) }))}
              kind="objection"
            />
          )}
          {CRITERIA.filter((id) => competenceOf(id) === competence).map((id) => (
            <CriterionBlock key={id} id={id} scenario={scenario} />
          ))}
          <div className="competence-decision">
            <span className="decision-label">{t('examDocs.grid.competenceVerdict', { id: competence })}</span>
            <TickBox>{t('examDocs.grid.acquired')}</TickBox>
            <TickBox>{t('examDocs.grid.notAcquired')}</TickBox>
          </div>
        </section>
      ))}
      <section className="grid-end" aria-labelledby="grid-verdict">
        <h2 id="grid-verdict">{t('examDocs.grid.verdict')}</h2>
        <p className="verdict-boxes">
          <TickBox>{t('examDocs.grid.ready')}</TickBox>
          <TickBox>{t('examDocs.grid.notReady')}</TickBox>
        </p>
        <FillIn label={t('examDocs.grid.signature')} wide />
      </section>
    </>
  );
}

function CriterionBlock({ id, scenario }: { id: CriterionId; scenario: Scenario }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const titleId = `grid-criterion-${id.replace('.', '-')}`;
  return (
    <article className="grid-criterion" data-criterion={id} aria-labelledby={titleId}>
      <header className="grid-criterion-head">
        <h3 id={titleId}>
          {id} — {capitalised(criterionName(t, id))}
        </h3>
        <span className="verdict-boxes">
          <TickBox>{t('examDocs.grid.met')}</TickBox>
          <TickBox>{t('examDocs.grid.notMet')}</TickBox>
        </span>
      </header>
      <div className="grid-criterion-text">
        <p className="grid-threshold">
          <strong>{t('examDocs.grid.threshold')}</strong> {t(`examDocs.grid.thresholds.${id}`)}
        </p>
        <p className="grid-rule">
          <strong>{t('examDocs.grid.rule')}</strong> {t(`examDocs.grid.rules.${id}`)}
        </p>
        {NEED_CHECKLISTS.includes(id) && <p className="checklist-ref">{t('examDocs.grid.seeNeeds', { id })}</p>}
        {id === 'C4.1' && (
          <div className="checklist checklist-long">
            <span className="checklist-title">{t('examDocs.grid.checklists.C4.1')}</span>
            <ul>
              {scenario.buyingSignals.map((signal) => (
                <li key={signal.id} data-signal={signal.id}>
                  <TickBox>
                    {text(signal.description)} <span className="hint">({t(`examDocs.grid.checklists.channel.${signal.channel}`)})</span>
                  </TickBox>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="write-areas">
        <div className="write-area write-area-tallies">
          <span className="write-area-label">{t('examDocs.grid.tallies')}</span>
          <RuledLines count={3} />
        </div>
        <div className="write-area write-area-notes">
          <span className="write-area-label">{t('examDocs.grid.notes')}</span>
        </div>
      </div>
    </article>
  );
}

interface TrackerProps {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: { id: string; label: string }[];
  kind: 'need' | 'objection';
}

/** A table to tick as the interview goes: one row per need or objection of the scenario, one column per step. */
function Tracker({ caption, rowHeader, columns, rows, kind }: TrackerProps) {
  return (
    <table className={`tracker tracker-${kind}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-need={kind === 'need' ? row.id : undefined} data-objection={kind === 'objection' ? row.id : undefined}>
            <th scope="row">{row.label}</th>
            {columns.map((c) => (
              <td key={c}>
                <span className="tick-box" aria-hidden="true" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
