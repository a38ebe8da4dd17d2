import { describe, expect, it } from 'vitest';
import { say } from '../../../src/lesson/text.ts';

describe('say', () => {
  it('says the English side in English and the Chinese side in Chinese', () => {
    expect(say('en', 'Back', '上一步')).toBe('Back');
    expect(say('zh', 'Back', '上一步')).toBe('上一步');
  });
});
