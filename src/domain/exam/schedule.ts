/** A stage's place in the 30 minutes of the interview, as its time indication sets it. */
export interface StageSlot {
  stage: number;
  minutes: number;
  /** Seconds from the start of the interview. */
  startsAt: number;
  endsAt: number;
}

/** The stages laid end to end, each for its time indication. */
export function stageSlots(stages: readonly { number: number; minutes: number }[]): StageSlot[] {
  let start = 0;
  return [...stages]
    .sort((a, b) => a.number - b.number)
    .map(({ number, minutes }) => {
      const slot = { stage: number, minutes, startsAt: start, endsAt: start + minutes * 60 };
      start = slot.endsAt;
      return slot;
    });
}

/** The stage the schedule expects at this point of the interview; past the end, the last one. */
export function scheduledStage(slots: readonly StageSlot[], elapsedSeconds: number): number {
  const slot = slots.find((s) => elapsedSeconds < s.endsAt) ?? slots[slots.length - 1];
  return slot?.stage ?? 1;
}
