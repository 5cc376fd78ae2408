// The English document page's full text: the Chinese page's text block, with its interface words
// in English (TwinText.astro). The block is parsed, never run: DOMParser makes an inert document,
// and only nodes of our own page's `.doc-text` are imported.
import { englishText, type EvidenceWords } from '../lib/evidence-text.ts';
import { DOC_TEXT_READY } from './doc-text-ready.ts';

export interface TwinStrings {
  /** Chinese theme names (chip labels and full names) to English. */
  names: Record<string, string>;
  zh: EvidenceWords;
  en: EvidenceWords;
  /** Shown when the Chinese page cannot be fetched, before the link to it. */
  failed: string;
}

const status = document.querySelector<HTMLElement>('[data-twin]');
if (status) void show(status);

async function show(status: HTMLElement): Promise<void> {
  const strings = JSON.parse(status.dataset['strings'] ?? '{}') as TwinStrings;
  const target = status.closest<HTMLElement>('.doc-text')!;
  try {
    const response = await fetch(status.dataset['twin']!);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const block = page.querySelector('.doc-text');
    if (!block) throw new Error('no text block');
    englishInterface(block, strings);
    target.replaceChildren(...[...block.childNodes].map((node) => document.importNode(node, true)));
  } catch {
    status.prepend(`${strings.failed} `);
    return;
  }
  document.dispatchEvent(new Event(DOC_TEXT_READY));
  // The browser's jump to #s0042 happened before the sentence existed.
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) document.getElementById(id)?.scrollIntoView();
}

/** Chips and evidence boxes in English; the document's own words stay Chinese and say so. */
function englishInterface(block: Element, strings: TwinStrings): void {
  const name = (text: string | null) => strings.names[text ?? ''] ?? text ?? '';
  for (const chips of block.querySelectorAll('.chips')) {
    chips.setAttribute('lang', 'en');
    for (const chip of chips.children) chip.textContent = name(chip.textContent);
  }
  for (const box of block.querySelectorAll('.ev')) {
    box.setAttribute('lang', 'en');
    for (const line of box.children) {
      for (const node of line.childNodes) {
        if (node.nodeType === Node.TEXT_NODE)
          node.textContent = englishText(node.textContent ?? '', strings.zh, strings.en);
        else if (node instanceof Element && node.localName === 'b') node.textContent = name(node.textContent);
        else if (node instanceof Element && node.localName === 'i') node.setAttribute('lang', 'zh-CN');
      }
    }
  }
}
