import { describe, expect, it } from 'vitest';
import { localDay } from '../../../src/lib/format.ts';

describe('the day where the person is', () => {
  it.each([
    [new Date(2027, 2, 3, 0, 0, 1), '2027-03-03'],
    [new Date(2027, 2, 3, 23, 59, 59), '2027-03-03'],
    [new Date(2028, 1, 29, 12), '2028-02-29'],
    [new Date(999, 0, 9, 12), '0999-01-09'],
  ])('%s → %s', (date, day) => {
    expect(localDay(date)).toBe(day);
  });
});
