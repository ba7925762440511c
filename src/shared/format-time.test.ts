import { expect, it } from 'vitest';
import { formatClock } from './format-time.ts';

it('formats a duration as minutes and seconds', () => {
  expect(formatClock(0)).toBe('00:00');
  expect(formatClock(75.9)).toBe('01:15');
  expect(formatClock(1800)).toBe('30:00');
  expect(formatClock(-5)).toBe('00:00');
});
