/** README.txt of the offline package: how to browse the unzipped site without a network. */
import type { SiteConfig } from '../../../src/schemas/site-config.ts';

/** The package's folder and zip name: the site's id. */
export function packFolder(site: Pick<SiteConfig, 'id'>): string {
  return site.id;
}

/** The README in both languages, the site's default language first. */
export function packReadme(version: string, site: Pick<SiteConfig, 'id' | 'title' | 'defaultLanguage'>): string {
  const folder = packFolder(site);
  const zh = `【中文】
这是整个网站的离线副本，包括全文搜索索引和全部数据文件。浏览器出于安全原因不允许本地文件（file://）加载搜索索引和网站脚本，所以请用本地网页服务器打开，不需要联网（npx serve 之类需要下载的工具在离线时用不了）：

  1. 解压后，在终端里进入 ${folder} 文件夹。
  2. 任选一种方式启动服务器：
       python3 -m http.server 8000      （Windows 上也可用 py -m http.server 8000）
       node serve.mjs                   （需要 Node.js 18 或更新版本）
  3. 用浏览器打开 http://localhost:8000/

按 Ctrl+C 停止服务器。用浏览器打开过一次后，网站会被存到浏览器里，之后同一地址在服务器关闭时也能打开。
数据文件在 data/ 文件夹：documents.json、passages.jsonl.gz（gzip 压缩）、matrix.csv、codebook.json、datapackage.json（字段说明见网站的“数据”页）。
如果直接双击 index.html，文字可以阅读，但样式和站内链接不完整；搜索页会说明这一点，并改用备用索引逐句查找，结果相同。
`;
  const en = `【English】
This is the whole website for offline use, with its full-text search index and all data files. Browsers do not let a page opened as a local file (file://) load the search index or the site's scripts, so open it through a local web server; no network is needed (tools that download themselves, such as npx serve, will not work offline):

  1. Unzip, then in a terminal go into the ${folder} folder.
  2. Start a server, either of:
       python3 -m http.server 8000      (on Windows also py -m http.server 8000)
       node serve.mjs                   (needs Node.js 18 or later)
  3. Open http://localhost:8000/ in a browser.

Ctrl+C stops the server. After one visit the browser keeps a copy of the site, so the same address opens even while the server is stopped.
The data files are in data/: documents.json, passages.jsonl.gz (gzip-compressed), matrix.csv, codebook.json, datapackage.json (the site's Data page describes every field).
Opening index.html directly shows the text without styles or working site links; the search page says so and searches a fallback index sentence by sentence instead, with the same results.
`;
  const [first, second] = site.defaultLanguage === 'zh' ? [zh, en] : [en, zh];
  return `${site.title.zh} · ${site.title.en} — 离线副本 / offline copy
Version ${version}

${first}
${second}`;
}
