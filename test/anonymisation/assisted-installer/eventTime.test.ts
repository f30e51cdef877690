/**
 * Event times: RFC 3339 date-times only, and none that would roll over. That Ruby in the Logstash pipeline reads them
 * the same way is run under JRuby in test/components/collectors/assisted-installer/ruby.test.ts.
 */
import assert from "node:assert/strict";
import { elapsedSeconds, parseEventTime } from "../../../anonymisation/assisted-installer/eventTime";

describe("event times", () => {
  it("reads RFC 3339 date-times with Z or an offset, any fraction", () => {
    assert.equal(parseEventTime("2026-03-14T15:09:26Z"), Date.UTC(2026, 2, 14, 15, 9, 26));
    assert.equal(parseEventTime("2026-03-14T15:09:26.535Z"), Date.UTC(2026, 2, 14, 15, 9, 26, 535));
    assert.equal(parseEventTime("2026-03-14T15:09:26.5359999Z"), Date.UTC(2026, 2, 14, 15, 9, 26, 535));
    assert.equal(parseEventTime("2026-01-31T10:00:00+05:00"), Date.UTC(2026, 0, 31, 5, 0, 0));
    assert.equal(parseEventTime("2026-01-01T01:00:00-02:30"), Date.UTC(2026, 0, 1, 3, 30, 0));
    assert.equal(parseEventTime("2028-02-29T12:00:00Z"), Date.UTC(2028, 1, 29, 12));
  });

  it("refuses what Date.parse or Ruby's Time.iso8601 would take or roll over into another day", () => {
    for (const v of [
      "2026-03-14", // a date alone
      "2026-03-14 15:09:26Z", // no T
      "2026-03-14T15:09Z", // no seconds
      " 2026-03-14T15:09:26Z", // blanks
      "2026-03-14T15:09:26", // no zone: whose local time?
      "2026-03-14t15:09:26z", // lower case
      "2026-02-29T12:00:00Z", // not a leap year: Ruby makes it March 1st
      "2026-02-30T12:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-03-00T00:00:00Z",
      "2026-03-14T24:00:00Z", // Ruby and JavaScript: the next day
      "2026-03-14T15:09:60Z",
      "2026-03-14T15:09:26+24:00",
      "0999-03-14T15:09:26Z",
      "yesterday",
      "",
    ])
      assert.equal(parseEventTime(v), undefined, v);
    for (const v of [undefined, null, 1773500966, { at: "2026-03-14T15:09:26Z" }, ["2026-03-14T15:09:26Z"]])
      assert.equal(parseEventTime(v), undefined, JSON.stringify(v));
  });

  it("counts whole seconds between two times toward zero, in floating point as Ruby does", () => {
    assert.equal(elapsedSeconds("2026-03-14T14:07:21Z", "2026-03-14T15:09:26Z"), 3725);
    assert.equal(elapsedSeconds("2026-03-14T15:09:26.9Z", "2026-03-14T15:09:27.899999999Z"), 0);
    assert.equal(elapsedSeconds("2026-03-14T15:09:26.0000001Z", "2026-03-14T15:09:27Z"), 0);
    assert.equal(elapsedSeconds("2026-03-14T15:09:27Z", "2026-03-14T15:09:25.5Z"), -1);
    assert.equal(elapsedSeconds("2026-03-14T15:00:00+01:00", "2026-03-14T14:00:00Z"), 0);
    assert.equal(elapsedSeconds("2026-03-14T15:09:27Z", "soon"), undefined);
    // Seven years and 0.999999999 s: the nearest double is a whole second more (JRuby 10 writes 227200167 too).
    assert.equal(elapsedSeconds("2019-01-01T00:00:00Z", "2026-03-14T15:09:26.999999999Z"), 227200167);
  });
});
