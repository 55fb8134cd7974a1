import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDay, formatTimeRange, isIsoDateTimeWithOffset, parseDate, timeZoneLabel } from '@/lib/model/dates';

const shanghai = 'Asia/Shanghai';

describe('dates are read and shown in the site time zone, not the machine one', () => {
  it('runs on a machine whose zone is not the site one (npm run test:unit sets TZ)', () => {
    assert.notEqual(new Date('2020-07-10T00:00:00Z').getTimezoneOffset(), -480);
  });

  it('reads a date with an offset as that instant', () => {
    assert.equal(parseDate('2020-07-10T15:00:00+08:00', shanghai)?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.equal(parseDate('2019-05-01T12:00:00.000Z', shanghai)?.toISOString(), '2019-05-01T12:00:00.000Z');
  });

  it('reads a date without an offset as a time in the site time zone', () => {
    assert.equal(parseDate('2020-07-10T15:00:00', shanghai)?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.equal(parseDate('2020-07-10 15:00', shanghai)?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.equal(parseDate('2020-07-10', shanghai)?.toISOString(), '2020-07-09T16:00:00.000Z');
  });

  it('shows the calendar day of the site time zone', () => {
    assert.equal(formatDay(parseDate('2020-07-10T15:00:00+08:00', shanghai)!, shanghai), '2020-07-10');
    assert.equal(formatDay(parseDate('2020-07-10T02:00:00+08:00', shanghai)!, shanghai), '2020-07-10');
    assert.equal(formatDay(parseDate('2020-07-10', shanghai)!, shanghai), '2020-07-10');
  });

  it('rejects text that is not an ISO 8601 date, and impossible dates', () => {
    for (const text of ['2020-07-3', '2020-13-01', '2020-02-30', '10/07/2020', 'yesterday', '2020-07-10T25:00:00+08:00', '']) {
      assert.equal(parseDate(text, shanghai), null, text);
    }
    assert.ok(parseDate('2020-02-29', shanghai), 'a leap day is a date');
  });

  it('requires an offset for event times', () => {
    assert.equal(isIsoDateTimeWithOffset('2020-07-30T20:10:00+08:00'), true);
    assert.equal(isIsoDateTimeWithOffset('2020-07-30T12:10:00Z'), true);
    assert.equal(isIsoDateTimeWithOffset('2020-07-30T20:10:00'), false);
    assert.equal(isIsoDateTimeWithOffset('2020-07-30'), false);
  });

  it('shows an event time range with the zone named', () => {
    const start = parseDate('2020-07-30T20:10:00+08:00', shanghai)!;
    const end = parseDate('2020-07-30T20:40:00+08:00', shanghai)!;
    assert.equal(formatTimeRange(start, end, shanghai), '2020-07-30 20:10–20:40');
    assert.equal(formatTimeRange(start, parseDate('2020-07-31T01:00:00+08:00', shanghai), shanghai), '2020-07-30 20:10–2020-07-31 01:00');
    assert.equal(timeZoneLabel(start, shanghai, 'zh-CN'), '中国标准时间 (GMT+8)');
    assert.equal(timeZoneLabel(start, shanghai, 'en'), 'China Standard Time (GMT+8)');
  });
});
