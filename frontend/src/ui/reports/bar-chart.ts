const SVG = 'http://www.w3.org/2000/svg';

/** One bar: its axis label, its value and how the value reads (for the tooltip and screen readers). */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const AXIS = 24;
const TOP = 12;

/**
 * A plain SVG bar chart that scales to its container and needs no library or network. Every bar has a
 * `<title>` (tooltip, screen readers) and the chart a summary label; a table with the same figures
 * should sit next to it for exact values. Only every `labelEvery`-th label is drawn so a phone can
 * read them.
 */
export function barChart(bars: readonly Bar[], summary: string, labelEvery = 1): SVGSVGElement {
  const svg = svgElement('svg', {
    // A margin on each side so the first and last labels are not cut.
    viewBox: `-16 0 ${WIDTH + 32} ${HEIGHT}`,
    role: 'img',
    class: 'bar-chart',
    'aria-label': summary,
  });
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = WIDTH / Math.max(1, bars.length);
  const plot = HEIGHT - AXIS - TOP;
  svg.append(
    svgElement('line', {
      x1: 0,
      x2: WIDTH,
      y1: HEIGHT - AXIS,
      y2: HEIGHT - AXIS,
      class: 'axis',
    }),
  );
  bars.forEach((bar, index) => {
    const height = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * plot);
    const rect = svgElement('rect', {
      x: index * slot + slot * 0.15,
      y: HEIGHT - AXIS - height,
      width: slot * 0.7,
      height,
      rx: 2,
      class: 'bar',
    });
    const title = svgElement('title', {});
    title.textContent = `${bar.label}: ${bar.text}`;
    rect.append(title);
    svg.append(rect);
    if (index % labelEvery === 0) {
      const label = svgElement('text', {
        x: index * slot + slot / 2,
        y: HEIGHT - 6,
        'text-anchor': 'middle',
        class: 'tick',
      });
      label.textContent = bar.label;
      svg.append(label);
    }
  });
  return svg;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }
  return element;
}
