/**
 * The font stack of every chart, written into the SVG itself (not inherited from CSS) so a
 * downloaded SVG or PNG renders its Chinese labels with the same fonts as the page.
 */
export const CHART_FONT =
  "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', system-ui, sans-serif";
