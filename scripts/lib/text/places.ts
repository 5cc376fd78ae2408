/** Province names as written in running text, longest form first so "内蒙古自治区" wins over "内蒙古". */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西',
  '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
] as const;

/**
 * Slogans and names that only one province uses, so an anonymized document still reveals its
 * province ("三高四新" is Hunan's strategy; "五好园区" its park-evaluation standard).
 */
export const PROVINCE_CLUES: Readonly<Record<string, string>> = {
  三高四新: '湖南',
  '“五好”园区': '湖南',
  长株潭: '湖南',
  湘江新区: '湖南',
  长沙: '湖南',
  株洲: '湖南',
  湘潭: '湖南',
  衡阳: '湖南',
  郴州: '湖南',
  岳阳: '湖南',
  常德: '湖南',
  芙蓉: '湖南',
  粤港澳大湾区: '广东',
  深圳: '广东',
  广州: '广东',
  成渝: '四川',
  成都: '四川',
  武汉: '湖北',
  杭州: '浙江',
  南京: '江苏',
  苏州: '江苏',
  合肥: '安徽',
  西安: '陕西',
  郑州: '河南',
  济南: '山东',
  青岛: '山东',
};

/** Cities that clues above name, for the city field. */
export const CITY_CLUES: readonly string[] = ['长沙', '株洲', '湘潭', '衡阳', '郴州', '岳阳', '常德', '深圳', '广州', '成都', '武汉', '杭州', '南京', '苏州', '合肥', '西安', '郑州', '济南', '青岛'];
