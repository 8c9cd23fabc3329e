import { format, addDays, differenceInCalendarDays, parseISO, isWeekend, eachDayOfInterval, formatISO } from "date-fns";
const start = parseISO("2024-03-01");
console.log(format(addDays(start, 30), "yyyy-MM-dd EEE"), differenceInCalendarDays(parseISO("2024-12-25"), start));
console.log(eachDayOfInterval({ start, end: addDays(start, 6) }).filter(isWeekend).map((d) => format(d, "d")).join());
console.log(formatISO(start, { representation: "date" }));
