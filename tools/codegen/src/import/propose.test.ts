import { describe, expect, it } from 'vitest';
import { bundledTable, tpns, xgpush } from '../test-support/bundled-tables';
import { codeName, guessCategory, guessRetryable, proposeName } from './propose';

const none = new Set<string>();

describe('proposeName', () => {
  it('takes the first clause of the English description, without filler words', () => {
    expect(proposeName('The device is offline', 90, none)).toBe('DEVICE_OFFLINE');
    expect(proposeName('General error. The number of accounts exceeds the limit.', 7, none)).toBe('GENERAL_ERROR');
    expect(proposeName("Apple's certificate (production) is invalid", 100, none)).toBe('APPLES_CERTIFICATE');
    expect(proposeName('Failed to create the linkage (switch to another network and retry)', 10101, none)).toBe('FAILED_CREATE_LINKAGE');
  });

  it('keeps at most six words, less a preposition left dangling at the end', () => {
    expect(proposeName('Waiting for the receiving request timed out during request processing', 10107, none)).toBe('WAITING_RECEIVING_REQUEST_TIMED_OUT');
  });

  it('appends the code to a name already taken, also when only underscores differ', () => {
    expect(proposeName('Parameter error', -101, new Set(['PARAMETER_ERROR']))).toBe('PARAMETER_ERROR_MINUS_101');
    expect(proposeName('Parameter error', 2, new Set(['PARAMETERERROR']))).toBe('PARAMETER_ERROR_2');
    expect(proposeName('Parameter error', 2, new Set(['PARAMETER_ERROR', 'PARAMETER_ERROR_2']))).toBe('PARAMETER_ERROR_2_3');
  });

  it('names a code by its number when the text has no English word, or starts with a digit', () => {
    expect(proposeName('参数错误', 2, none)).toBe('CODE_2');
    expect(proposeName('系统繁忙', -3, none)).toBe('CODE_MINUS_3');
    expect(proposeName('5xx from the gateway', 502, none)).toBe('CODE_5XX_FROM_GATEWAY');
    expect(codeName(-2147483648)).toBe('CODE_MINUS_2147483648');
  });

  it('gives every code of the bundled tables a valid, distinct name', () => {
    for (const id of [xgpush, tpns]) {
      const taken = new Set<string>();
      for (const row of bundledTable(id).codes) {
        const name = proposeName(row.description, row.code, taken);
        expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
        taken.add(name);
      }
      expect(taken.size).toBe(bundledTable(id).codes.length);
    }
  });
});

describe('guessRetryable', () => {
  it('is true when the vendor says to try again, in English or Chinese', () => {
    expect(['Try again later', 'switch to another network and retry', '稍后重试', '切换网络重试'].map(guessRetryable)).toEqual([true, true, true, true]);
    expect(['Check parameter configuration', 'Re-open the App', '检查参数配置', 'Retrying will not help'].map(guessRetryable)).toEqual([false, false, false, false]);
  });
});

describe('guessCategory', () => {
  const server = bundledTable(xgpush).categories;
  it('picks the first category whose words the text has, among those the table offers', () => {
    expect(guessCategory('Successful call', 0, server, 'internal')).toBe('success');
    expect(guessCategory('Successful call', 1, server, 'internal')).toBe('internal');
    expect(guessCategory('Requests are initiated too frequently', -105, server, 'internal')).toBe('rate_limited');
    expect(guessCategory('APNS certificate error', 100, server, 'internal')).toBe('certificate');
    expect(guessCategory('System is busy', 16, server, 'internal')).toBe('unavailable');
    expect(guessCategory('Invalid parameter', 2, server, 'internal')).toBe('invalid_request');
  });

  it("falls back to the table's fallback category when no offered category fits", () => {
    expect(guessCategory('Permission configuration error', 10003, server, 'internal')).toBe('internal');
    expect(guessCategory('Permission configuration error', 10003, bundledTable(tpns).categories, 'internal')).toBe('permission');
  });
});
