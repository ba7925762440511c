import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../domain/scenario/schema.ts';
import { useScenarioText } from '../../i18n/use-scenario-text.ts';

/** The replies offered at this turn, as real sentences; focus moves to them at each new turn. */
export function ReplyChoices({ turnKey, options, onChoose }: { turnKey: string; options: Option[]; onChoose: (optionId: string) => void }) {
  const { t } = useTranslation();
  const text = useScenarioText();
  const first = useRef<HTMLButtonElement>(null);
  const initial = useRef(true);
  useEffect(() => {
    // Not on the first render: the screen's heading keeps focus when the interview opens.
    if (initial.current) initial.current = false;
    else first.current?.focus();
  }, [turnKey]);
  return (
    <fieldset className="replies">
      <legend>{t('interview.yourReply')}</legend>
      <ol>
        {options.map((option, i) => (
          <li key={option.id}>
            <button type="button" ref={i === 0 ? first : undefined} className="reply" data-option={option.id} onClick={() => onChoose(option.id)}>
              {text(option.say)}
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
