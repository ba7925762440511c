import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCES } from '../../domain/evaluator/criteria.ts';
import { addTally, interviewClock, removeTally, setSpeaking, talkSeconds, type ExamSession, type Observer, type Speaker } from '../../domain/exam/live-session.ts';
import { pickOptions, tallyAct, type Picked, type PickValue, type TallyChoices } from '../../domain/exam/tally-act.ts';
import { TALLY_BUTTONS, type TallyButton, type TallyPick } from '../../domain/exam/tally-buttons.ts';
import type { LogEvent } from '../../domain/interview-log/log.ts';
import type { Scenario } from '../../domain/scenario/schema.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { scenarioLabels } from '../../i18n/report-wording.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';
import { formatClock } from '../../shared/format-time.ts';
import type { SessionUpdate } from './exam-desk-screen.tsx';
import { newId } from './new-id.ts';
import { pickValueText, tallyText } from './tally-wording.ts';

interface Props {
  scenario: Scenario;
  session: ExamSession;
  observer: Observer;
  now: number;
  update: SessionUpdate;
}

const RECENT = 6;

// Whether a recorded event is one this button records: same speaker, act and fixed fields.
const counts = (button: TallyButton, event: LogEvent) =>
  event.speaker === button.speaker &&
  event.act === button.act &&
  Object.entries(button.preset ?? {}).every(([k, v]) => (event as unknown as Record<string, unknown>)[k] === v);

/** One observer's grid: a talk clock, a button per thing to tally, and the last tallies to undo. */
export function TallyPanel({ scenario, session, observer, now, update }: Props) {
  const t = useExamTranslate();
  const { i18n } = useTranslation();
  const labels = scenarioLabels(scenario, currentLanguage(i18n.language));
  const [pending, setPending] = useState<{ button: TallyButton; picked: Picked } | null>(null);
  const choices: TallyChoices = { needs: scenario.needs.map((n) => n.id), objections: scenario.objections.map((o) => o.id), buyingSignals: scenario.buyingSignals };
  const titleId = `observer-${observer.id}`;

  const record = (button: TallyButton, picked: Picked) => {
    const result = tallyAct(button, picked, choices);
    if (!result.ok) return setPending({ button, picked });
    setPending(null);
    update((s) => addTally(s, observer.id, result.value, newId(), Date.now()));
  };
  const choose = (value: PickValue, pick: TallyPick) => {
    if (!pending) return;
    const picked = { ...pending.picked, [pick]: value };
    // The last pick records at once; earlier ones wait for the rest.
    if (pending.button.picks.every((p) => picked[p] !== undefined)) record(pending.button, picked);
    else setPending({ ...pending, picked });
  };
  const speak = (speaker: Speaker | null) => update((s) => setSpeaking(s, observer.id, speaker, Date.now()));
  const talk = talkSeconds(observer, interviewClock(session, now));
  const spoken = talk.client + talk.learner;
  const clientShare = spoken > 0 ? Math.round((talk.client / spoken) * 100) : null;
  const speaking = observer.speaking?.speaker ?? null;

  return (
    <section className="observer-panel" aria-labelledby={titleId} data-observer={observer.name}>
      <h3 id={titleId}>{t('exam.tally.gridOf', { name: observer.name })}</h3>
      <fieldset className="talk-clock">
        <legend>{t('exam.tally.whoSpeaks')}</legend>
        <div className="talk-buttons">
          {(['client', 'learner', null] as const).map((who) => (
            <button key={String(who)} type="button" className="tally-button" aria-pressed={speaking === who} onClick={() => speak(who)}>
              {t(`exam.tally.speaker.${who ?? 'nobody'}`)}
            </button>
          ))}
        </div>
        <p className="hint" data-client-share={clientShare ?? ''}>
          {t('exam.tally.talkTotals', { client: formatClock(talk.client), learner: formatClock(talk.learner) })}{' '}
          {clientShare !== null && t('exam.tally.clientShare', { share: clientShare })}
        </p>
      </fieldset>

      {COMPETENCES.map((competence) => (
        <fieldset key={competence} className="tally-group" data-competence={competence}>
          <legend>{competence} — {t(`exam.tally.groups.${competence}`)}</legend>
          <div className="tally-buttons">
            {TALLY_BUTTONS.filter((b) => b.competence === competence).map((button) => {
              const count = observer.tallies.filter((tally) => counts(button, tally.event)).length;
              return (
                <button key={button.key} type="button" className={`tally-button speaker-${button.speaker}`} data-tally={button.key} onClick={() => record(button, {})}
                  aria-label={t('exam.tally.buttonLabel', { act: t(`exam.tally.buttons.${button.key}`), count })}>
                  <span>{t(`exam.tally.buttons.${button.key}`)}</span>
                  <span className="tally-count" aria-hidden="true">{count}</span>
                </button>
              );
            })}
          </div>
          {pending?.button.competence === competence && (
            <TallyPicker button={pending.button} picked={pending.picked} choices={choices} labelOf={(pick, value) => pickValueText(t, pick, value, labels)}
              onChoose={choose} onCancel={() => setPending(null)} />
          )}
        </fieldset>
      ))}

      <div className="recent-tallies">
        <h4>{t('exam.tally.recent', { count: observer.tallies.length })}</h4>
        <ol reversed>
          {observer.tallies.slice(-RECENT).reverse().map((tally) => (
            <li key={tally.id}>
              <span className="tally-when">{formatClock(tally.at / 1000)} · {t('exam.tally.stageShort', { stage: tally.event.stage })}</span>{' '}
              {tallyText(t, tally.event, labels)}{' '}
              <button type="button" className="secondary small" onClick={() => update((s) => removeTally(s, observer.id, tally.id))}
                aria-label={t('exam.tally.removeLabel', { what: tallyText(t, tally.event, labels) })}>
                {t('exam.tally.remove')}
              </button>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}

interface PickerProps {
  button: TallyButton;
  picked: Picked;
  choices: TallyChoices;
  labelOf: (pick: TallyPick, value: PickValue) => string;
  onChoose: (value: PickValue, pick: TallyPick) => void;
  onCancel: () => void;
}

/** What a tap needs to be complete: which need, which objection, was it accurate… */
function TallyPicker({ button, picked, choices, labelOf, onChoose, onCancel }: PickerProps) {
  const t = useExamTranslate();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [button.key]);
  const act = t(`exam.tally.buttons.${button.key}`);
  return (
    <div className="tally-picker" role="group" aria-label={t('exam.tally.pickerLabel', { act })} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <p className="picker-title">{act}</p>
      {button.picks.map((pick, i) => (
        <fieldset key={pick}>
          <legend>{t(`exam.tally.picks.${pick}`)}</legend>
          <div className="picker-choices">
            {pickOptions(pick, choices).map((value, j) => (
              <button key={String(value)} ref={i === 0 && j === 0 ? first : undefined} type="button" className="tally-button" data-value={String(value)} aria-pressed={picked[pick] === value} onClick={() => onChoose(value, pick)}>
                {labelOf(pick, value)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={onCancel}>{t('exam.tally.cancel')}</button>
    </div>
  );
}
