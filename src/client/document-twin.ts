// The English document page's full text: the Chinese page's text block with its chips and
// evidence boxes in English (TwinText.astro); the document's own words stay Chinese and say so.
import { englishText, type EvidenceWords } from '../lib/evidence-text.ts';
import { showTwin, type TwinBase } from './twin.ts';

export interface DocumentTwinStrings extends TwinBase {
  /** Chinese theme names (chip labels and full names) to English. */
  names: Record<string, string>;
  zh: EvidenceWords;
  en: EvidenceWords;
}

showTwin<DocumentTwinStrings>((block, strings) => {
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
});
