import { expect, test } from 'vitest';
import { plainText } from '../../src/lib/plain-text.ts';

test('keeps the text of a heading and drops its markup', () => {
  expect(plainText('Change <em>the</em> address')).toBe('Change the address');
});

test('decodes the entities a renderer writes', () => {
  expect(plainText('Check your account&#39;s logins &amp; activity')).toBe("Check your account's logins & activity");
  expect(plainText('L&#x2019;e-mail &quot;x&quot; &unknown;')).toBe('L’e-mail "x" &unknown;');
});
