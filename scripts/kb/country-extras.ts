/**
 * Hand-added country names (spellings in use beyond CLDR's display name) and demonym/adjective forms
 * per language, written by the crosswire team from press usage. Lists are `|`-separated.
 * - ar: the masculine nisba (إيراني); the matcher derives ة/ون/ين/ان/ات and ال forms from clitics.json.
 * - ro: masculine and feminine, singular and plural; articles and cases come from clitics.json.
 * - ru: the masculine adjective (иранский); its cases come from clitics.json.
 * - en: the adjective; the plural noun (Iranians) is generated.
 * `w` lists aliases that are also common words (they need support in the article, see KbEntity.weak).
 */
export interface CountryExtra {
  readonly n?: Readonly<Record<string, string>>;
  readonly d?: Readonly<Record<string, string>>;
  readonly w?: string;
}

export const EXTRAS: Readonly<Record<string, CountryExtra>> = {
  IR: {
    n: { ar: 'إيران|ايران|الجمهورية الإسلامية الإيرانية|جمهورية إيران الإسلامية', fa: 'ایران|جمهوری اسلامی ایران|جمهوری اسلامی', ro: 'Iran|Republica Islamică Iran', ru: 'Иран|Исламская Республика Иран', en: 'Iran|Islamic Republic of Iran' },
    d: { ar: 'إيراني', fa: 'ایرانی', ro: 'iranian|iraniană|iranieni|iraniene', ru: 'иранский', en: 'Iranian' },
  },
  BY: {
    n: { ar: 'بيلاروسيا|بيلاروس|روسيا البيضاء|بلاروسيا|جمهورية بيلاروسيا|جمهورية بيلاروس', fa: 'بلاروس|بلاروسیه|روسیه سفید', ro: 'Belarus|Bielorusia|Republica Belarus', ru: 'Белоруссия|Беларусь|Республика Беларусь', en: 'Belarus|Byelorussia|Republic of Belarus' },
    d: { ar: 'بيلاروسي|بلاروسي', fa: 'بلاروسی', ro: 'belarus|belarusă|belaruși|belaruse|bielorus|bielorusă|bieloruși|bieloruse', ru: 'белорусский', en: 'Belarusian|Belarussian|Byelorussian' },
  },
  RU: {
    n: { ar: 'روسيا|روسيا الاتحادية|الاتحاد الروسي', fa: 'روسیه|فدراسیون روسیه', ro: 'Rusia|Federația Rusă', ru: 'Россия|Российская Федерация|РФ', en: 'Russia|Russian Federation' },
    d: { ar: 'روسي', fa: 'روسی', ro: 'rus|rusă|ruși|ruse|rusesc|rusească|rusești', ru: 'российский|русский', en: 'Russian' },
  },
  UA: {
    n: { ar: 'أوكرانيا', fa: 'اوکراین', ro: 'Ucraina', ru: 'Украина', en: 'Ukraine' },
    d: { ar: 'أوكراني', fa: 'اوکراینی', ro: 'ucrainean|ucraineană|ucraineni|ucrainene', ru: 'украинский', en: 'Ukrainian' },
  },
  US: {
    n: { ar: 'الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا', fa: 'آمریکا|امریکا|ایالات متحده|ایالات متحده آمریکا', ro: 'SUA|S.U.A.|Statele Unite|Statele Unite ale Americii|America', ru: 'США|Соединённые Штаты|Соединённые Штаты Америки|Америка', en: 'United States|United States of America|US|U.S.|USA|America' },
    d: { ar: 'أمريكي|أميركي', fa: 'آمریکایی|امریکایی', ro: 'american|americană|americani|americane', ru: 'американский', en: 'American' },
  },
  CN: {
    n: { ar: 'الصين|جمهورية الصين الشعبية', fa: 'چین|جمهوری خلق چین', ro: 'China|Republica Populară Chineză', ru: 'Китай|КНР', en: "China|People's Republic of China|PRC" },
    d: { ar: 'صيني', fa: 'چینی', ro: 'chinez|chineză|chinezi|chineze', ru: 'китайский', en: 'Chinese' },
  },
  TR: {
    n: { ar: 'تركيا', fa: 'ترکیه', ro: 'Turcia', ru: 'Турция', en: 'Turkey|Türkiye' },
    d: { ar: 'تركي', fa: 'ترکیه‌ای|ترک', ro: 'turc|turcă|turci|turce', ru: 'турецкий', en: 'Turkish' },
    w: 'ترک',
  },
  IL: {
    n: { ar: 'إسرائيل', fa: 'اسرائیل', ro: 'Israel', ru: 'Израиль', en: 'Israel' },
    d: { ar: 'إسرائيلي', fa: 'اسرائیلی', ro: 'israelian|israeliană|israelieni|israeliene', ru: 'израильский', en: 'Israeli' },
  },
  SA: {
    n: { ar: 'السعودية|المملكة العربية السعودية', fa: 'عربستان|عربستان سعودی', ro: 'Arabia Saudită', ru: 'Саудовская Аравия', en: 'Saudi Arabia' },
    d: { ar: 'سعودي', fa: 'سعودی', ro: 'saudit|saudită|saudiți|saudite|saudiarab|saudiarabă', ru: 'саудовский', en: 'Saudi' },
  },
  AE: {
    n: { ar: 'الإمارات|الإمارات العربية المتحدة|دولة الإمارات', fa: 'امارات|امارات متحده عربی', ro: 'Emiratele Arabe Unite|EAU', ru: 'ОАЭ|Объединённые Арабские Эмираты', en: 'United Arab Emirates|UAE|Emirates' },
    d: { ar: 'إماراتي', fa: 'اماراتی', ro: 'emiratez|emirateză|emiratezi|emirateze', ru: 'эмиратский', en: 'Emirati' },
  },
  QA: { n: { ar: 'قطر', fa: 'قطر', ro: 'Qatar', ru: 'Катар', en: 'Qatar' }, d: { ar: 'قطري', fa: 'قطری', ro: 'qatarez|qatareză|qatarezi|qatareze', ru: 'катарский', en: 'Qatari' } },
  SY: { n: { ar: 'سوريا|سورية|الجمهورية العربية السورية', fa: 'سوریه', ro: 'Siria', ru: 'Сирия', en: 'Syria' }, d: { ar: 'سوري', fa: 'سوری', ro: 'sirian|siriană|sirieni|siriene', ru: 'сирийский', en: 'Syrian' } },
  IQ: { n: { ar: 'العراق', fa: 'عراق', ro: 'Irak', ru: 'Ирак', en: 'Iraq' }, d: { ar: 'عراقي', fa: 'عراقی', ro: 'irakian|irakiană|irakieni|irakiene', ru: 'иракский', en: 'Iraqi' } },
  LB: { n: { ar: 'لبنان', fa: 'لبنان', ro: 'Liban', ru: 'Ливан', en: 'Lebanon' }, d: { ar: 'لبناني', fa: 'لبنانی', ro: 'libanez|libaneză|libanezi|libaneze', ru: 'ливанский', en: 'Lebanese' } },
  JO: { n: { ar: 'الأردن', fa: 'اردن', ro: 'Iordania', ru: 'Иордания', en: 'Jordan' }, d: { ar: 'أردني', fa: 'اردنی', ro: 'iordanian|iordaniană|iordanieni|iordaniene', ru: 'иорданский', en: 'Jordanian' } },
  EG: { n: { ar: 'مصر', fa: 'مصر', ro: 'Egipt', ru: 'Египет', en: 'Egypt' }, d: { ar: 'مصري', fa: 'مصری', ro: 'egiptean|egipteană|egipteni|egiptene', ru: 'египетский', en: 'Egyptian' } },
  KW: { n: { ar: 'الكويت', fa: 'کویت', ro: 'Kuweit', ru: 'Кувейт', en: 'Kuwait' }, d: { ar: 'كويتي', fa: 'کویتی', ro: 'kuweitian|kuweitiană|kuweitieni|kuweitiene', ru: 'кувейтский', en: 'Kuwaiti' } },
  BH: { n: { ar: 'البحرين', fa: 'بحرین', ro: 'Bahrain', ru: 'Бахрейн', en: 'Bahrain' }, d: { ar: 'بحريني', fa: 'بحرینی', ro: 'bahreinian|bahreiniană', ru: 'бахрейнский', en: 'Bahraini' } },
  OM: { n: { ar: 'عمان|سلطنة عمان', fa: 'عمان', ro: 'Oman', ru: 'Оман', en: 'Oman' }, d: { ar: 'عماني', fa: 'عمانی', ro: 'omanez|omaneză', ru: 'оманский', en: 'Omani' } },
  YE: { n: { ar: 'اليمن', fa: 'یمن', ro: 'Yemen', ru: 'Йемен', en: 'Yemen' }, d: { ar: 'يمني', fa: 'یمنی', ro: 'yemenit|yemenită|yemeniți|yemenite', ru: 'йеменский', en: 'Yemeni' } },
  PS: { n: { ar: 'فلسطين|دولة فلسطين', fa: 'فلسطین', ro: 'Palestina|Statul Palestina', ru: 'Палестина|Государство Палестина', en: 'Palestine|State of Palestine' }, d: { ar: 'فلسطيني', fa: 'فلسطینی', ro: 'palestinian|palestiniană|palestinieni|palestiniene', ru: 'палестинский', en: 'Palestinian' } },
  AF: { n: { ar: 'أفغانستان', fa: 'افغانستان', ro: 'Afganistan', ru: 'Афганистан', en: 'Afghanistan' }, d: { ar: 'أفغاني', fa: 'افغان|افغانستانی', ro: 'afgan|afgană|afgani|afgane', ru: 'афганский', en: 'Afghan' } },
  PK: { n: { ar: 'باكستان', fa: 'پاکستان', ro: 'Pakistan', ru: 'Пакистан', en: 'Pakistan' }, d: { ar: 'باكستاني', fa: 'پاکستانی', ro: 'pakistanez|pakistaneză|pakistanezi|pakistaneze', ru: 'пакистанский', en: 'Pakistani' } },
  IN: { n: { ar: 'الهند', fa: 'هند|هندوستان', ro: 'India', ru: 'Индия', en: 'India' }, d: { ar: 'هندي', fa: 'هندی', ro: 'indian|indiană|indieni|indiene', ru: 'индийский', en: 'Indian' } },
  JP: { n: { ar: 'اليابان', fa: 'ژاپن', ro: 'Japonia', ru: 'Япония', en: 'Japan' }, d: { ar: 'ياباني', fa: 'ژاپنی', ro: 'japonez|japoneză|japonezi|japoneze', ru: 'японский', en: 'Japanese' } },
  KR: { n: { ar: 'كوريا الجنوبية', fa: 'کره جنوبی', ro: 'Coreea de Sud', ru: 'Южная Корея|Республика Корея', en: 'South Korea|Republic of Korea' }, d: { ru: 'южнокорейский', en: 'South Korean', ro: 'sud-coreean|sud-coreeană|sud-coreeni|sud-coreene' } },
  KP: { n: { ar: 'كوريا الشمالية', fa: 'کره شمالی', ro: 'Coreea de Nord', ru: 'Северная Корея|КНДР', en: 'North Korea|DPRK' }, d: { ru: 'северокорейский', en: 'North Korean', ro: 'nord-coreean|nord-coreeană|nord-coreeni|nord-coreene' } },
  DE: { n: { ar: 'ألمانيا', fa: 'آلمان', ro: 'Germania', ru: 'Германия|ФРГ', en: 'Germany' }, d: { ar: 'ألماني', fa: 'آلمانی', ro: 'german|germană|germani|germane', ru: 'немецкий|германский', en: 'German' } },
  FR: { n: { ar: 'فرنسا', fa: 'فرانسه', ro: 'Franța', ru: 'Франция', en: 'France' }, d: { ar: 'فرنسي', fa: 'فرانسوی', ro: 'francez|franceză|francezi|franceze', ru: 'французский', en: 'French' } },
  GB: {
    n: { ar: 'بريطانيا|المملكة المتحدة|بريطانيا العظمى', fa: 'بریتانیا|انگلیس|انگلستان|پادشاهی متحد', ro: 'Marea Britanie|Regatul Unit', ru: 'Великобритания|Британия|Соединённое Королевство', en: 'United Kingdom|UK|U.K.|Britain|Great Britain' },
    d: { ar: 'بريطاني', fa: 'بریتانیایی|انگلیسی', ro: 'britanic|britanică|britanici|britanice', ru: 'британский', en: 'British' },
  },
  IT: { n: { ar: 'إيطاليا', fa: 'ایتالیا', ro: 'Italia', ru: 'Италия', en: 'Italy' }, d: { ar: 'إيطالي', fa: 'ایتالیایی', ro: 'italian|italiană|italieni|italiene', ru: 'итальянский', en: 'Italian' } },
  ES: { n: { ar: 'إسبانيا', fa: 'اسپانیا', ro: 'Spania', ru: 'Испания', en: 'Spain' }, d: { ar: 'إسباني', fa: 'اسپانیایی', ro: 'spaniol|spaniolă|spanioli|spaniole', ru: 'испанский', en: 'Spanish' } },
  PL: { n: { ar: 'بولندا', fa: 'لهستان', ro: 'Polonia', ru: 'Польша', en: 'Poland' }, d: { ar: 'بولندي', fa: 'لهستانی', ro: 'polonez|poloneză|polonezi|poloneze', ru: 'польский', en: 'Polish' } },
  RO: { n: { ar: 'رومانيا', fa: 'رومانی', ro: 'România', ru: 'Румыния', en: 'Romania' }, d: { ar: 'روماني', fa: 'رومانیایی', ro: 'român|română|români|române', ru: 'румынский', en: 'Romanian' } },
  MD: { n: { ar: 'مولدوفا|مولدافيا', fa: 'مولداوی|مولدووا', ro: 'Moldova|Republica Moldova', ru: 'Молдавия|Молдова', en: 'Moldova' }, d: { ar: 'مولدوفي', fa: 'مولداویایی', ro: 'moldovean|moldoveană|moldoveni|moldovene', ru: 'молдавский', en: 'Moldovan' } },
  LT: { n: { ar: 'ليتوانيا', fa: 'لیتوانی', ro: 'Lituania', ru: 'Литва', en: 'Lithuania' }, d: { ar: 'ليتواني', fa: 'لیتوانیایی', ro: 'lituanian|lituaniană|lituanieni|lituaniene', ru: 'литовский', en: 'Lithuanian' } },
  LV: { n: { ar: 'لاتفيا', fa: 'لتونی', ro: 'Letonia', ru: 'Латвия', en: 'Latvia' }, d: { ar: 'لاتفي', ro: 'leton|letonă|letoni|letone', ru: 'латвийский', en: 'Latvian' } },
  EE: { n: { ar: 'إستونيا', fa: 'استونی', ro: 'Estonia', ru: 'Эстония', en: 'Estonia' }, d: { ar: 'إستوني', ro: 'eston|estonă|estoni|estone', ru: 'эстонский', en: 'Estonian' } },
  AZ: { n: { ar: 'أذربيجان', fa: 'جمهوری آذربایجان', ro: 'Azerbaidjan', ru: 'Азербайджан', en: 'Azerbaijan' }, d: { ar: 'أذربيجاني|أذري', ro: 'azer|azeră|azeri|azere', ru: 'азербайджанский', en: 'Azerbaijani' } },
  AM: { n: { ar: 'أرمينيا', fa: 'ارمنستان', ro: 'Armenia', ru: 'Армения', en: 'Armenia' }, d: { ar: 'أرميني|أرمني', fa: 'ارمنی', ro: 'armean|armeană|armeni|armene', ru: 'армянский', en: 'Armenian' } },
  GE: { n: { ar: 'جورجيا', fa: 'گرجستان', ro: 'Georgia', ru: 'Грузия', en: 'Georgia' }, d: { ar: 'جورجي', fa: 'گرجی', ro: 'georgian|georgiană|georgieni|georgiene', ru: 'грузинский', en: 'Georgian' } },
  KZ: { n: { ar: 'كازاخستان', fa: 'قزاقستان', ro: 'Kazahstan', ru: 'Казахстан', en: 'Kazakhstan' }, d: { ar: 'كازاخستاني|كازاخي', fa: 'قزاقستانی|قزاق', ro: 'kazah|kazahă|kazahi|kazahe', ru: 'казахстанский|казахский', en: 'Kazakh|Kazakhstani' } },
  UZ: { n: { ar: 'أوزبكستان', fa: 'ازبکستان', ro: 'Uzbekistan', ru: 'Узбекистан', en: 'Uzbekistan' }, d: { ar: 'أوزبكي', fa: 'ازبک|ازبکستانی', ro: 'uzbec|uzbecă|uzbeci|uzbece', ru: 'узбекский', en: 'Uzbek' } },
  TJ: { n: { ar: 'طاجيكستان', fa: 'تاجیکستان', ro: 'Tadjikistan', ru: 'Таджикистан', en: 'Tajikistan' }, d: { ar: 'طاجيكي', fa: 'تاجیک|تاجیکستانی', ro: 'tadjic|tadjică|tadjici|tadjice', ru: 'таджикский', en: 'Tajik' } },
  TM: { n: { ar: 'تركمانستان', fa: 'ترکمنستان', ro: 'Turkmenistan', ru: 'Туркмения|Туркменистан', en: 'Turkmenistan' }, d: { ar: 'تركماني', fa: 'ترکمن|ترکمنستانی', ro: 'turkmen|turkmenă|turkmeni|turkmene', ru: 'туркменский', en: 'Turkmen' } },
  KG: { n: { ar: 'قرغيزستان|قيرغيزستان', fa: 'قرقیزستان', ro: 'Kârgâzstan|Kirghizstan', ru: 'Киргизия|Кыргызстан', en: 'Kyrgyzstan' }, d: { ar: 'قرغيزي', fa: 'قرقیز', ro: 'kârgâz|kârgâză|kârgâzi|kârgâze', ru: 'киргизский', en: 'Kyrgyz' } },
  HU: { n: { ar: 'المجر|هنغاريا', fa: 'مجارستان', ro: 'Ungaria', ru: 'Венгрия', en: 'Hungary' }, d: { ar: 'مجري|هنغاري', fa: 'مجارستانی|مجار', ro: 'maghiar|maghiară|maghiari|maghiare|ungur|unguroaică|unguri', ru: 'венгерский', en: 'Hungarian' } },
  CZ: { n: { ar: 'التشيك|جمهورية التشيك', fa: 'جمهوری چک|چک', ro: 'Cehia|Republica Cehă', ru: 'Чехия', en: 'Czech Republic|Czechia' }, d: { ar: 'تشيكي', ro: 'ceh|cehă|cehi|cehe', ru: 'чешский', en: 'Czech' }, w: 'چک' },
  SK: { n: { ar: 'سلوفاكيا', fa: 'اسلواکی', ro: 'Slovacia', ru: 'Словакия', en: 'Slovakia' }, d: { ro: 'slovac|slovacă|slovaci|slovace', ru: 'словацкий', en: 'Slovak' } },
  RS: { n: { ar: 'صربيا', fa: 'صربستان', ro: 'Serbia', ru: 'Сербия', en: 'Serbia' }, d: { ar: 'صربي', fa: 'صرب', ro: 'sârb|sârbă|sârbi|sârbe', ru: 'сербский', en: 'Serbian' } },
  BG: { n: { ar: 'بلغاريا', fa: 'بلغارستان', ro: 'Bulgaria', ru: 'Болгария', en: 'Bulgaria' }, d: { ar: 'بلغاري', ro: 'bulgar|bulgară|bulgari|bulgare', ru: 'болгарский', en: 'Bulgarian' } },
  GR: { n: { ar: 'اليونان', fa: 'یونان', ro: 'Grecia', ru: 'Греция', en: 'Greece' }, d: { ar: 'يوناني', fa: 'یونانی', ro: 'grec|greacă|greci|grece', ru: 'греческий', en: 'Greek' } },
  CY: { n: { ar: 'قبرص', fa: 'قبرس', ro: 'Cipru', ru: 'Кипр', en: 'Cyprus' }, d: { ar: 'قبرصي', ro: 'cipriot|cipriotă|ciprioți|cipriote', ru: 'кипрский', en: 'Cypriot' } },
  AT: { n: { ar: 'النمسا', fa: 'اتریش', ro: 'Austria', ru: 'Австрия', en: 'Austria' }, d: { ar: 'نمساوي', fa: 'اتریشی', ro: 'austriac|austriacă|austrieci|austriece', ru: 'австрийский', en: 'Austrian' } },
  CH: { n: { ar: 'سويسرا', fa: 'سوئیس', ro: 'Elveția', ru: 'Швейцария', en: 'Switzerland' }, d: { ar: 'سويسري', fa: 'سوئیسی', ro: 'elvețian|elvețiană|elvețieni|elvețiene', ru: 'швейцарский', en: 'Swiss' } },
  NL: { n: { ar: 'هولندا', fa: 'هلند', ro: 'Țările de Jos|Olanda', ru: 'Нидерланды|Голландия', en: 'Netherlands|Holland' }, d: { ar: 'هولندي', fa: 'هلندی', ro: 'olandez|olandeză|olandezi|olandeze|neerlandez|neerlandeză', ru: 'нидерландский|голландский', en: 'Dutch' } },
  BE: { n: { ar: 'بلجيكا', fa: 'بلژیک', ro: 'Belgia', ru: 'Бельгия', en: 'Belgium' }, d: { ar: 'بلجيكي', fa: 'بلژیکی', ro: 'belgian|belgiană|belgieni|belgiene', ru: 'бельгийский', en: 'Belgian' } },
  SE: { n: { ar: 'السويد', fa: 'سوئد', ro: 'Suedia', ru: 'Швеция', en: 'Sweden' }, d: { ar: 'سويدي', fa: 'سوئدی', ro: 'suedez|suedeză|suedezi|suedeze', ru: 'шведский', en: 'Swedish' } },
  NO: { n: { ar: 'النرويج', fa: 'نروژ', ro: 'Norvegia', ru: 'Норвегия', en: 'Norway' }, d: { ar: 'نرويجي', fa: 'نروژی', ro: 'norvegian|norvegiană|norvegieni|norvegiene', ru: 'норвежский', en: 'Norwegian' } },
  FI: { n: { ar: 'فنلندا', fa: 'فنلاند', ro: 'Finlanda', ru: 'Финляндия', en: 'Finland' }, d: { ar: 'فنلندي', fa: 'فنلاندی', ro: 'finlandez|finlandeză|finlandezi|finlandeze', ru: 'финский|финляндский', en: 'Finnish' } },
  DK: { n: { ar: 'الدنمارك', fa: 'دانمارک', ro: 'Danemarca', ru: 'Дания', en: 'Denmark' }, d: { ar: 'دنماركي', fa: 'دانمارکی', ro: 'danez|daneză|danezi|daneze', ru: 'датский', en: 'Danish' } },
  CA: { n: { ar: 'كندا', fa: 'کانادا', ro: 'Canada', ru: 'Канада', en: 'Canada' }, d: { ar: 'كندي', fa: 'کانادایی', ro: 'canadian|canadiană|canadieni|canadiene', ru: 'канадский', en: 'Canadian' } },
  BR: { n: { ar: 'البرازيل', fa: 'برزیل', ro: 'Brazilia', ru: 'Бразилия', en: 'Brazil' }, d: { ar: 'برازيلي', fa: 'برزیلی', ro: 'brazilian|braziliană|brazilieni|braziliene', ru: 'бразильский', en: 'Brazilian' } },
  VE: { n: { ar: 'فنزويلا', fa: 'ونزوئلا', ro: 'Venezuela', ru: 'Венесуэла', en: 'Venezuela' }, d: { ar: 'فنزويلي', fa: 'ونزوئلایی', ro: 'venezuelean|venezueleană|venezueleni|venezuelene', ru: 'венесуэльский', en: 'Venezuelan' } },
  CU: { n: { ar: 'كوبا', fa: 'کوبا', ro: 'Cuba', ru: 'Куба', en: 'Cuba' }, d: { ar: 'كوبي', fa: 'کوبایی', ro: 'cubanez|cubaneză|cubanezi|cubaneze', ru: 'кубинский', en: 'Cuban' } },
  MX: { n: { ar: 'المكسيك', fa: 'مکزیک', ro: 'Mexic', ru: 'Мексика', en: 'Mexico' }, d: { ar: 'مكسيكي', fa: 'مکزیکی', ro: 'mexican|mexicană|mexicani|mexicane', ru: 'мексиканский', en: 'Mexican' } },
  LY: { n: { ar: 'ليبيا', fa: 'لیبی', ro: 'Libia', ru: 'Ливия', en: 'Libya' }, d: { ar: 'ليبي', fa: 'لیبیایی', ro: 'libian|libiană|libieni|libiene', ru: 'ливийский', en: 'Libyan' } },
  TN: { n: { ar: 'تونس', fa: 'تونس', ro: 'Tunisia', ru: 'Тунис', en: 'Tunisia' }, d: { ar: 'تونسي', fa: 'تونسی', ro: 'tunisian|tunisiană|tunisieni|tunisiene', ru: 'тунисский', en: 'Tunisian' } },
  DZ: { n: { ar: 'الجزائر', fa: 'الجزایر', ro: 'Algeria', ru: 'Алжир', en: 'Algeria' }, d: { ar: 'جزائري', fa: 'الجزایری', ro: 'algerian|algeriană|algerieni|algeriene', ru: 'алжирский', en: 'Algerian' } },
  MA: { n: { ar: 'المغرب|المملكة المغربية', fa: 'مراکش|مغرب', ro: 'Maroc', ru: 'Марокко', en: 'Morocco' }, d: { ar: 'مغربي', fa: 'مراکشی', ro: 'marocan|marocană|marocani|marocane', ru: 'марокканский', en: 'Moroccan' }, w: 'مغرب' },
  SD: { n: { ar: 'السودان', fa: 'سودان', ro: 'Sudan', ru: 'Судан', en: 'Sudan' }, d: { ar: 'سوداني', fa: 'سودانی', ro: 'sudanez|sudaneză|sudanezi|sudaneze', ru: 'суданский', en: 'Sudanese' } },
  ET: { n: { ar: 'إثيوبيا', fa: 'اتیوپی', ro: 'Etiopia', ru: 'Эфиопия', en: 'Ethiopia' }, d: { ar: 'إثيوبي', ro: 'etiopian|etiopiană|etiopieni|etiopiene', ru: 'эфиопский', en: 'Ethiopian' } },
  ID: { n: { ar: 'إندونيسيا', fa: 'اندونزی', ro: 'Indonezia', ru: 'Индонезия', en: 'Indonesia' }, d: { ar: 'إندونيسي', fa: 'اندونزیایی', ro: 'indonezian|indoneziană|indonezieni|indoneziene', ru: 'индонезийский', en: 'Indonesian' } },
  MY: { n: { ar: 'ماليزيا', fa: 'مالزی', ro: 'Malaezia', ru: 'Малайзия', en: 'Malaysia' }, d: { ar: 'ماليزي', fa: 'مالزیایی', ro: 'malaezian|malaeziană|malaezieni|malaeziene', ru: 'малайзийский', en: 'Malaysian' } },
  AU: { n: { ar: 'أستراليا', fa: 'استرالیا', ro: 'Australia', ru: 'Австралия', en: 'Australia' }, d: { ar: 'أسترالي', fa: 'استرالیایی', ro: 'australian|australiană|australieni|australiene', ru: 'австралийский', en: 'Australian' } },
  ML: { n: { ar: 'مالي', fa: 'مالی', ro: 'Mali', ru: 'Мали', en: 'Mali' }, w: 'مالي|مالی' },
  TD: { n: { ar: 'تشاد', fa: 'چاد', ro: 'Ciad', ru: 'Чад', en: 'Chad' }, w: 'Chad' },
  TG: { n: { ar: 'توغو', fa: 'توگو', ro: 'Togo', ru: 'Того', en: 'Togo' }, w: 'Того' },
  CD: { n: { en: 'Democratic Republic of the Congo|DR Congo|DRC', ar: 'جمهورية الكونغو الديمقراطية|الكونغو الديمقراطية', fa: 'جمهوری دموکراتیک کنگو', ro: 'Republica Democrată Congo', ru: 'Демократическая Республика Конго|ДР Конго' } },
  CG: { n: { en: 'Republic of the Congo|Congo-Brazzaville', ar: 'جمهورية الكونغو|الكونغو برازافيل', fa: 'جمهوری کنگو', ro: 'Republica Congo', ru: 'Республика Конго' } },
  TL: { n: { ar: 'تيمور الشرقية|تيمور ليشتي', en: 'East Timor|Timor-Leste' } },
  VA: { n: { ar: 'الفاتيكان', fa: 'واتیکان', ro: 'Vatican', ru: 'Ватикан', en: 'Vatican|Holy See|Vatican City' } },
};
