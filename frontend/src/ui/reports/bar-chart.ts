const SVG = 'http://www.w3.org/2000/svg';

/** One bar: its axis label, its value and how the value reads (for the tooltip and screen readers). */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

const WIDTH = 640;
const HEIGHT = 200;

/**
 * A plain bar chart that scales to its container and needs no library or network: the bars are SVG
 * stretched to the width, the axis labels HTML text at the page's size (text inside a scaled SVG
 * grows with the screen). Every bar has a `<title>` (tooltip, screen readers) and the chart a summary
 * label; a table with the same figures should sit next to it for exact values. Only every
 * `labelEvery`-th label is drawn so a phone can read them.
 */
export function barChart(bars: readonly Bar[], summary: string, labelEvery = 1): HTMLElement {
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
  });
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = WIDTH / Math.max(1, bars.length);
  bars.forEach((bar) => {
    const index = bars.indexOf(bar);
    const height = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * HEIGHT);
    const rect = svgElement('rect', {
      x: index * slot + slot * 0.15,
      y: HEIGHT - height,
      width: slot * 0.7,
      height,
      class: 'bar',
    });
    const title = svgElement('title', {});
    title.textContent = `${bar.label}: ${bar.text}`;
    rect.append(title);
    svg.append(rect);
  });
  const labels = document.createElement('div');
  labels.className = 'bar-labels';
  labels.style.gridTemplateColumns = `repeat(${Math.max(1, bars.length)}, minmax(0, 1fr))`;
  bars.forEach((bar, index) => {
    const label = document.createElement('span');
    label.className = 'tick';
    label.textContent = index % labelEvery === 0 ? bar.label : '';
    labels.append(label);
  });
  const chart = document.createElement('figure');
  chart.className = 'bar-chart';
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', summary);
  chart.append(svg, labels);
  return chart;
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
