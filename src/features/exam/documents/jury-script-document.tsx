import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSlot, juryScript, type PlacedObjection, type PlacedSignal, type PlainCondition, type ScriptLine, type StageScript } from '../../../domain/exam/jury-script.ts';
import type { Scenario } from '../../../domain/scenario/schema.ts';
import type { Text } from '../../../domain/scenario/text.ts';
import { currentLanguage } from '../../../i18n/i18n.ts';
import { shortLabel, type Translate } from '../../../i18n/report-wording.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';
import { useScenarioText } from '../../../i18n/use-scenario-text.ts';

type TextOf = (text: Text | undefined) => string;

/** "2", "2 et 4", "2, 3 and 5": stage numbers as words of the reader's language. */
function useStageList() {
  const { i18n } = useTranslation();
  const format = new Intl.ListFormat(currentLanguage(i18n.language), { style: 'long', type: 'conjunction' });
  return (numbers: number[]) => format.format(numbers.map(String));
}

/**
 * The script of the jury member who plays the client: who to be, what to keep hidden, and what to
 * do in each of the six stages. Quick to read while acting: the persona first, then the timeline.
 */
export function JuryScriptDocument({ scenario }: { scenario: Scenario }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const stageList = useStageList();
  const script = useMemo(() => juryScript(scenario), [scenario]);
  const { persona } = scenario;
  const needLabel = (id: string) => text(scenario.needs.find((n) => n.id === id)?.label ?? id);

  return (
    <>
      <p className="document-audience confidential">{t('examDocs.jury.audience')}</p>

      <section className="doc-section persona-card" aria-labelledby="persona-title">
        <h2 id="persona-title">{t('examDocs.jury.persona')}</h2>
        <p className="persona-identity">
          <strong>{persona.name}</strong>, {t('examDocs.jury.age', { age: persona.age })} — {text(persona.role)}
        </p>
        <div className="how-to-play">
          <h3>{t('examDocs.jury.howToPlay')}</h3>
          <p>{text(persona.howToPlay)}</p>
        </div>
        <dl className="doc-facts">
          <Fact term={t('examDocs.jury.organisation')}>{text(persona.organisation)}</Fact>
          <Fact term={t('examDocs.jury.personality')}>{text(persona.personality)}</Fact>
          <Fact term={t('examDocs.jury.speakingStyle')}>{text(persona.speakingStyle)}</Fact>
          <Fact term={t('examDocs.jury.budget')}>{text(persona.budget)}</Fact>
          <Fact term={t('examDocs.jury.decisionProcess')}>{text(persona.decisionProcess)}</Fact>
        </dl>
        {persona.disability && (
          <div className="disability">
            <h3>{t('examDocs.jury.disability.title', { kind: t(`examDocs.jury.disability.kinds.${persona.disability.kind}`) })}</h3>
            <dl className="doc-facts">
              <Fact term={t('examDocs.jury.disability.description')}>{text(persona.disability.description)}</Fact>
              <Fact term={t('examDocs.jury.disability.goodPractice')}>{text(persona.disability.goodPractice)}</Fact>
            </dl>
          </div>
        )}
      </section>

      <section className="doc-section" aria-labelledby="needs-title">
        <h2 id="needs-title">{t('examDocs.jury.needs.title')}</h2>
        <p className="rule-callout">{t('examDocs.jury.needs.rule')}</p>
        <ol className="need-list">
          {script.needs.map((need) => (
            <li key={need.id} className="script-card" data-need={need.id}>
              <p className="card-title">{text(need.label)}</p>
              <p>{text(need.detail)}</p>
              <p className="hint">
                {need.stages.length > 0
                  ? t('examDocs.jury.needs.revealedIn', { count: need.stages.length, stages: stageList(need.stages) })
                  : t('examDocs.jury.needs.notScripted')}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section className="doc-section timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('examDocs.jury.timeline.title')}</h2>
        <p>{t('examDocs.jury.timeline.intro', { total: script.totalMinutes })}</p>
        {script.stages.map((stage) => (
          <StageBlock key={stage.number} scenario={scenario} stage={stage} needLabel={needLabel} stageList={stageList} />
        ))}
      </section>

      {(script.unplacedObjections.length > 0 || script.unplacedSignals.length > 0) && (
        <section className="doc-section" aria-labelledby="extra-title" data-unplaced="true">
          <h2 id="extra-title">{t('examDocs.jury.objections.extraTitle')}</h2>
          {script.unplacedObjections.length > 0 && (
            <>
              <p className="hint">{t('examDocs.jury.objections.extraHint')}</p>
              {script.unplacedObjections.map((objection) => (
                <article key={objection.id} className="script-card objection-card" data-objection={objection.id} aria-label={objectionTitle(text, objection)}>
                  <p className="card-title">{objectionTitle(text, objection)}</p>
                  <dl className="doc-facts">
                    <Fact term={t('examDocs.jury.objections.reason')}>{text(objection.reason)}</Fact>
                    <Fact term={t('examDocs.jury.objections.dispelledBy')}>{text(objection.dispelledBy)}</Fact>
                  </dl>
                </article>
              ))}
            </>
          )}
          {script.unplacedSignals.length > 0 && (
            <>
              <h3>{t('examDocs.jury.signals.extraTitle')}</h3>
              <p className="hint">{t('examDocs.jury.signals.extraHint')}</p>
              <ul>
                {script.unplacedSignals.map((signal) => (
                  <li key={signal.id} data-signal={signal.id}>
                    <strong>{t(`examDocs.jury.signals.channel.${signal.channel}`)}</strong> — {text(signal.description)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

/** An objection's short name: its label, else the first clause of its reason. */
const objectionTitle = (text: TextOf, objection: Scenario['objections'][number]) => (objection.label ? text(objection.label) : shortLabel(text(objection.reason)));

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface StageProps {
  scenario: Scenario;
  stage: StageScript;
  needLabel: (id: string) => string;
  stageList: (numbers: number[]) => string;
}

function StageBlock({ scenario, stage, needLabel, stageList }: StageProps) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const { i18n } = useTranslation();
  const data = scenario.stages.find((s) => s.number === stage.number);
  if (!data) return null;
  const minutes = new Intl.NumberFormat(currentLanguage(i18n.language)).format(stage.minutes);
  const id = `stage-${stage.number}-title`;
  return (
    <section className="stage-block" data-stage={stage.number} aria-labelledby={id}>
      <header className="stage-head">
        <h3 id={id}>{t('examDocs.jury.timeline.stage', { number: stage.number, name: t(`stages.${stage.number}`) })}</h3>
        <p className="stage-meta">
          <span className="stage-slot">{t('examDocs.jury.timeline.time', { minutes, slot: formatSlot(stage) })}</span>
          <span className="stage-competence">{t('examDocs.jury.timeline.competence', { id: stage.competence, name: t(`competences.${stage.competence}`) })}</span>
        </p>
      </header>
      <div className="stage-columns">
        <div>
          <h4>{t('examDocs.jury.timeline.indicators')}</h4>
          <ul>
            {data.indicators.map((indicator, i) => (
              <li key={i}>{text(indicator)}</li>
            ))}
          </ul>
          <h4>{t('examDocs.jury.timeline.phrases')}</h4>
          <ul className="phrases">
            {data.typicalPhrases.map((phrase, i) => (
              <li key={i}>
                <q>{text(phrase)}</q>
              </li>
            ))}
          </ul>
        </div>
        <div>
          {data.clientQuestions.length > 0 && (
            <>
              <h4>{t('examDocs.jury.timeline.questions')}</h4>
              <dl className="moments">
                {data.clientQuestions.map((q, i) => (
                  <div key={i}>
                    <dt>{text(q.moment)}</dt>
                    <dd>
                      <span aria-hidden="true">→ </span>
                      <q>{text(q.question)}</q>
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          <h4>{t('examDocs.jury.timeline.cues')}</h4>
          <p className="cue-channel">{t('examDocs.jury.timeline.verbal')}</p>
          <ul>
            {data.cues.verbal.map((cue, i) => (
              <li key={i}>{text(cue)}</li>
            ))}
          </ul>
          <p className="cue-channel">{t('examDocs.jury.timeline.nonVerbal')}</p>
          <ul>
            {data.cues.nonVerbal.map((cue, i) => (
              <li key={i}>{text(cue)}</li>
            ))}
          </ul>
        </div>
      </div>
      {stage.needs.length > 0 && (
        <div className="stage-needs">
          <h4>{t('examDocs.jury.needs.here')}</h4>
          <ul>
            {stage.needs.map((need) => (
              <li key={need}>{needLabel(need)}</li>
            ))}
          </ul>
        </div>
      )}
      {stage.objections.length > 0 && (
        <div className="stage-objections">
          <h4>{t('examDocs.jury.objections.here')}</h4>
          {stage.objections.map((placed) => (
            <ObjectionCard key={placed.objection.id} placed={placed} stageList={stageList} />
          ))}
        </div>
      )}
      {stage.signals.length > 0 && (
        <div className="stage-signals">
          <h4>{t('examDocs.jury.signals.here')}</h4>
          {stage.signals.map((placed) => (
            <SignalCard key={placed.signal.id} placed={placed} stageList={stageList} />
          ))}
        </div>
      )}
    </section>
  );
}

function ObjectionCard({ placed, stageList }: { placed: PlacedObjection; stageList: (numbers: number[]) => string }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const { objection, line } = placed;
  const title = objectionTitle(text, objection);
  return (
    <article className="script-card objection-card" data-objection={objection.id} aria-label={title}>
      <p className="card-title">{title}</p>
      <dl className="doc-facts">
        <Fact term={t('examDocs.jury.objections.reason')}>{text(objection.reason)}</Fact>
        <Fact term={t('examDocs.jury.objections.line')}>
          <SpokenLine line={line} text={text} t={t} />
        </Fact>
        <Fact term={t('examDocs.jury.objections.dispelledBy')}>{text(objection.dispelledBy)}</Fact>
      </dl>
      {placed.alsoIn.length > 0 && <p className="hint">{t('examDocs.jury.objections.alsoIn', { count: placed.alsoIn.length, stages: stageList(placed.alsoIn) })}</p>}
    </article>
  );
}

/** A scripted client line: what the candidate said just before (for a reply), the words, the body language. */
function SpokenLine({ line, text, t }: { line: ScriptLine; text: TextOf; t: Translate }) {
  return (
    <>
      {line.inAnswerTo && (
        <span className="line-context">
          {t('examDocs.jury.objections.answering')} <q>{text(line.inAnswerTo.say)}</q>
        </span>
      )}
      <q className="scripted">{text(line.say)}</q>
      {line.nonVerbal !== undefined && <span className="non-verbal">{text(line.nonVerbal)}</span>}
    </>
  );
}

function conditionText(t: Translate, text: TextOf, condition: PlainCondition): string {
  switch (condition.kind) {
    case 'at-ease':
      return t('examDocs.jury.signals.atEase');
    case 'on-guard':
      return t('examDocs.jury.signals.onGuard');
    case 'need-uncovered':
      return t('examDocs.jury.signals.needUncovered', { need: text(condition.label) });
    case 'need-hidden':
      return t('examDocs.jury.signals.needHidden', { need: text(condition.label) });
    case 'objection-explored':
      return t('examDocs.jury.signals.objectionExplored', { objection: shortLabel(text(condition.label)) });
    case 'reply-given':
      return t('examDocs.jury.signals.replyGiven', { say: text(condition.say) });
    case 'reply-not-given':
      return t('examDocs.jury.signals.replyNotGiven', { say: text(condition.say) });
  }
}

function SignalCard({ placed, stageList }: { placed: PlacedSignal; stageList: (numbers: number[]) => string }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const { signal, line } = placed;
  const conditions = line.conditions.map((c) => conditionText(t, text, c));
  if (line.inAnswerTo) conditions.push(t('examDocs.jury.signals.answering', { say: text(line.inAnswerTo.say) }));
  return (
    <article className="script-card signal-card" data-signal={signal.id} aria-label={shortLabel(text(signal.description))}>
      <p className="card-title">
        <span className="signal-channel">{t(`examDocs.jury.signals.channel.${signal.channel}`)}</span> — {text(signal.description)}
      </p>
      <dl className="doc-facts">
        <Fact term={t(`examDocs.jury.signals.carrier.${placed.carrierChannel}`)}>
          {placed.carrierChannel === 'verbal' ? <q className="scripted">{text(placed.carrier)}</q> : <span className="non-verbal">{text(placed.carrier)}</span>}
        </Fact>
        <Fact term={t('examDocs.jury.signals.when')}>
          {conditions.length === 0 ? (
            t('examDocs.jury.signals.noCondition')
          ) : (
            <ul className="conditions">
              {conditions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
      {placed.alsoIn.length > 0 && <p className="hint">{t('examDocs.jury.signals.alsoIn', { count: placed.alsoIn.length, stages: stageList(placed.alsoIn) })}</p>}
    </article>
  );
}
