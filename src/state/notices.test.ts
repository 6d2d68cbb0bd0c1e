import { describe, expect, it } from 'vitest';
import { withNotice, type Notice } from './notices.ts';

describe('notices', () => {
  it('group the same problem into one notice with a count, and keep different ones apart', () => {
    let id = 1;
    let notices: Notice[] = [];
    for (let i = 0; i < 10_000; i++) notices = withNotice(notices, 'The graphics context was lost.', () => id++);
    notices = withNotice(notices, 'Map labels could not be loaded.', () => id++);
    expect(notices).toEqual([
      { id: 1, message: 'The graphics context was lost.', count: 10_000 },
      { id: 2, message: 'Map labels could not be loaded.', count: 1 },
    ]);
  });
});
