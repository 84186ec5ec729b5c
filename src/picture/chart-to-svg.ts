// TimelineChart -> SVG: a vertical time axis, one band per story day, a dot per event (filled: reported held; hollow:
// expected), an orange diamond where sources differ, and the number of sources at the right. Pure and deterministic;
// text is set in DejaVu Sans, the font svg-to-png.ts loads, so the picture looks the same on every machine.
import type { ChartDay, TimelineChart } from '../core/timeline-chart.ts';

const WIDTH = 1000;
const MARGIN = 28;
const AXIS_X = 170;
const ROW = 32;
const MORE_ROW = 24;
const DAY_GAP = 18;
const HEADER = 128;
const FONT = 'font-family="DejaVu Sans"';
const COLORS = { ink: '#1b2733', muted: '#5b6773', held: '#1f5f99', conflict: '#d9730d', rule: '#d5dbe1' };

export function chartToSvg(chart: TimelineChart): string {
  const body: string[] = [];
  let y = HEADER;
  for (const day of chart.days) {
    body.push(...dayBand(day, y));
    y += day.events.length * ROW + (day.more > 0 ? MORE_ROW : 0) + DAY_GAP;
  }
  const footer =
    chart.background > 0 ? `Background: ${chart.background} earlier events, listed in the text timeline` : '';
  const height = y + (footer ? 36 : 12);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(MARGIN, 44, chart.title, `font-size="28" font-weight="bold" fill="${COLORS.ink}"`),
    text(MARGIN, 74, chart.subtitle, `font-size="16" fill="${COLORS.muted}"`),
    ...legend(104),
    `<line x1="${AXIS_X}" y1="${HEADER - 10}" x2="${AXIS_X}" y2="${y - DAY_GAP + 6}" stroke="${COLORS.rule}" stroke-width="3"/>`,
    ...body,
    footer ? text(MARGIN, y + 18, footer, `font-size="15" fill="${COLORS.muted}"`) : '',
    '</svg>',
  ].join('\n');
}

function dayBand(day: ChartDay, top: number): string[] {
  const out = [
    `<line x1="${MARGIN}" y1="${top - DAY_GAP / 2}" x2="${WIDTH - MARGIN}" y2="${top - DAY_GAP / 2}" stroke="${COLORS.rule}" stroke-width="1"/>`,
    text(MARGIN, top + 21, day.label, `font-size="18" font-weight="bold" fill="${COLORS.ink}"`),
  ];
  day.events.forEach((e, i) => {
    const cy = top + i * ROW + 16;
    const expected = e.status === 'expected';
    out.push(
      `<circle cx="${AXIS_X}" cy="${cy}" r="8" fill="${expected ? '#ffffff' : COLORS.held}" stroke="${COLORS.held}" stroke-width="3"/>`,
    );
    let x = AXIS_X + 22;
    if (e.disputed) {
      out.push(
        `<path d="M ${x} ${cy - 8} L ${x + 8} ${cy} L ${x} ${cy + 8} L ${x - 8} ${cy} Z" fill="${COLORS.conflict}"/>`,
      );
      x += 18;
    }
    const label = expected ? `${e.label} (expected)` : e.label;
    out.push(
      text(
        x,
        cy + 6,
        label,
        `font-size="17" fill="${expected ? COLORS.muted : COLORS.ink}"${expected ? ' font-style="italic"' : ''}`,
      ),
    );
    const count = `${e.sources} ${e.sources === 1 ? 'source' : 'sources'}`;
    out.push(text(WIDTH - MARGIN, cy + 6, count, `font-size="15" fill="${COLORS.muted}" text-anchor="end"`));
  });
  if (day.more > 0) {
    const y = top + day.events.length * ROW + 16;
    out.push(text(AXIS_X + 22, y, `+ ${day.more} more that day`, `font-size="15" fill="${COLORS.muted}"`));
  }
  return out;
}

function legend(y: number): string[] {
  return [
    `<circle cx="${MARGIN + 8}" cy="${y - 5}" r="7" fill="${COLORS.held}" stroke="${COLORS.held}" stroke-width="3"/>`,
    text(MARGIN + 24, y, 'reported held', `font-size="15" fill="${COLORS.muted}"`),
    `<circle cx="${MARGIN + 168}" cy="${y - 5}" r="7" fill="#ffffff" stroke="${COLORS.held}" stroke-width="3"/>`,
    text(MARGIN + 184, y, 'expected', `font-size="15" fill="${COLORS.muted}"`),
    `<path d="M ${MARGIN + 290} ${y - 13} L ${MARGIN + 298} ${y - 5} L ${MARGIN + 290} ${y + 3} L ${MARGIN + 282} ${y - 5} Z" fill="${COLORS.conflict}"/>`,
    text(MARGIN + 306, y, 'sources differ', `font-size="15" fill="${COLORS.muted}"`),
  ];
}

function text(x: number, y: number, content: string, attributes: string): string {
  return `<text x="${x}" y="${y}" ${FONT} ${attributes}>${escapeXml(content)}</text>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
