import { DateTime, Duration, Interval } from "luxon";
const d = DateTime.fromISO("2024-02-28T10:15:00", { zone: "utc" });
console.log(d.plus({ days: 2 }).toISODate(), d.toFormat("yyyy LLL dd HH:mm"), d.weekday, d.isInLeapYear);
console.log(Duration.fromObject({ hours: 1, minutes: 90 }).shiftTo("hours", "minutes").toObject().hours);
console.log(Interval.fromDateTimes(d, d.plus({ weeks: 1 })).length("days"));
console.log(DateTime.fromISO("2020-01-01T00:00:00Z", { zone: "utc" }).startOf("month").minus({ months: 1 }).toISO());
