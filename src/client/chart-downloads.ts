// A chart's SVG, PNG and CSV downloads (ChartFrame.astro).
const SVG_NS = 'http://www.w3.org/2000/svg';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The chart as a standalone SVG file and its size: dark text, since the page's colour does not
 * travel. A heatmap's row labels, drawn in an SVG of their own just before it in the same
 * coordinates, are put back in and the view widened to hold them.
 */
function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', '#111111');
  copy.removeAttribute('class');
  const box = svg.viewBox.baseVal;
  let { x, width } = box.width ? box : { x: 0, width: svg.clientWidth };
  const height = box.height || svg.clientHeight;
  const labels = svg.previousElementSibling;
  if (labels instanceof SVGSVGElement && labels.classList.contains('heatmap-labels')) {
    width += x - labels.viewBox.baseVal.x;
    x = labels.viewBox.baseVal.x;
    copy.append(...[...labels.children].map((child) => child.cloneNode(true)));
    copy.setAttribute('viewBox', `${x} 0 ${width} ${height}`);
    copy.setAttribute('width', String(width));
  }
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`,
    width,
    height,
  };
}

async function toPng(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))), 'image/png'),
  );
}

class ChartFrame extends HTMLElement {
  connectedCallback(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.download(button.dataset['download'] ?? ''));
    }
  }

  async download(format: string): Promise<void> {
    const name = this.dataset['filename'] ?? 'chart';
    if (format === 'csv') {
      // The byte-order mark makes spreadsheet programs read the Chinese text as UTF-8.
      save(new Blob(['\ufeff', this.dataset['csv'] ?? ''], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
      return;
    }
    const svg = this.querySelector<SVGSVGElement>('svg.chart');
    if (!svg) return;
    const { text, width, height } = standaloneSvg(svg);
    if (format === 'svg') save(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
    if (format === 'png') save(await toPng(text, width, height), `${name}.png`);
  }
}

customElements.define('chart-frame', ChartFrame);
