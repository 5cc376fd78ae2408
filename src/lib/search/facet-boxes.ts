/**
 * One filter's boxes, made from the page's configuration (`config.facets`) when the filters are
 * first needed: a corpus's parks alone are hundreds of boxes, and written into the page they were
 * a fifth of its markup, parsed before the first result although the panel starts folded.
 */
import type { FacetOption } from './config.ts';
import type { Facet } from './facets.ts';

/**
 * `<li><label><input type=checkbox> prefix label native count</label></li>` per option. `prefix`
 * ("省份：") is heard with each box, so 湖南 the province is never taken for 湖南湘江新区 the park;
 * `dataLang` marks the name as written on English pages.
 */
export function facetItems(
  facet: Facet,
  options: readonly FacetOption[],
  prefix: string,
  dataLang: string | null,
): HTMLLIElement[] {
  const span = (className: string | null, text: string) => {
    const node = document.createElement('span');
    if (className) node.className = className;
    node.textContent = text;
    return node;
  };
  return options.map((option) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = facet;
    box.value = option.value;
    const label = document.createElement('label');
    label.append(box, span('visually-hidden', prefix), span(null, option.label));
    if (option.native) {
      const native = span('native', option.native);
      if (dataLang) native.lang = dataLang;
      label.append(native);
    }
    const count = span('count', '');
    count.setAttribute('aria-hidden', 'true');
    label.append(count);
    const item = document.createElement('li');
    item.append(label);
    return item;
  });
}
