// The calendar day of a stated publication time, in the zone the page states it in: "2026-03-14T08:30:00+09:00" is
// 14 March (it was 13 March in UTC). A time without a zone keeps its written day. Other formats (RFC 822 in feeds:
// "Fri, 13 Mar 2026 23:30:00 +0900") are read with their numeric offset when they end in one, else as UTC.
export function publishedDay(stated: string): string | undefined {
  const text = stated.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
  if (iso?.[1]) return Number.isNaN(Date.parse(iso[1])) ? undefined : iso[1];
  const time = Date.parse(text);
  if (Number.isNaN(time)) return undefined;
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(time + shift).toISOString().slice(0, 10);
}
