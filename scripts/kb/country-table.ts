/**
 * ISO 3166-1 alpha-2 → Wikidata QID (and capital QID), authored from the crosswire team's knowledge and
 * spot-checked against Wikidata-derived country records (e.g. Q184 Belarus, capital Q2280 Minsk;
 * Q794 Iran, capital Q3616 Tehran). `null` marks a territory whose QID we could not verify: it gets a
 * provisional id `x:iso-xx` rather than a guessed QID. Capitals are listed only where the QID is certain.
 */
export interface CountryRow {
  readonly qid: string | null;
  readonly capital?: string;
  /** Sovereign state (UN member or observer, or widely recognised) vs dependent territory. */
  readonly sovereign: boolean;
}

const S = (qid: string, capital?: string): CountryRow => ({ qid, sovereign: true, ...(capital ? { capital } : {}) });
const T = (qid: string | null): CountryRow => ({ qid, sovereign: false });

export const COUNTRIES: Readonly<Record<string, CountryRow>> = {
  AD: S('Q228'), AE: S('Q878', 'Q1519'), AF: S('Q889', 'Q5838'), AG: S('Q781'), AI: T('Q25228'), AL: S('Q222'),
  AM: S('Q399', 'Q1953'), AO: S('Q916'), AQ: T('Q51'), AR: S('Q414', 'Q1486'), AS: T('Q16641'), AT: S('Q40', 'Q1741'),
  AU: S('Q408'), AW: T('Q21203'), AX: T('Q5689'), AZ: S('Q227', 'Q9248'), BA: S('Q225'), BB: S('Q244'),
  BD: S('Q902'), BE: S('Q31', 'Q239'), BF: S('Q965'), BG: S('Q219', 'Q472'), BH: S('Q398', 'Q3882'), BI: S('Q967'),
  BJ: S('Q962'), BL: T(null), BM: T('Q23635'), BN: S('Q921'), BO: S('Q750'), BQ: T(null), BR: S('Q155', 'Q2844'),
  BS: S('Q778'), BT: S('Q917'), BV: T(null), BW: S('Q963'), BY: S('Q184', 'Q2280'), BZ: S('Q242'),
  CA: S('Q16', 'Q1930'), CC: T(null), CD: S('Q974'), CF: S('Q929'), CG: S('Q971'), CH: S('Q39', 'Q70'),
  CI: S('Q1008'), CK: T('Q26988'), CL: S('Q298'), CM: S('Q1009'), CN: S('Q148', 'Q956'), CO: S('Q739'),
  CR: S('Q800'), CU: S('Q241', 'Q1563'), CV: S('Q1011'), CW: T('Q25279'), CX: T(null), CY: S('Q229'),
  CZ: S('Q213', 'Q1085'), DE: S('Q183', 'Q64'), DJ: S('Q977'), DK: S('Q35', 'Q1748'), DM: S('Q784'), DO: S('Q786'),
  DZ: S('Q262', 'Q3561'), EC: S('Q736'), EE: S('Q191', 'Q1770'), EG: S('Q79', 'Q85'), EH: T('Q6250'), ER: S('Q986'),
  ES: S('Q29', 'Q2807'), ET: S('Q115', 'Q3624'), FI: S('Q33', 'Q1757'), FJ: S('Q712'), FK: T('Q9648'), FM: S('Q702'),
  FO: T('Q4628'), FR: S('Q142', 'Q90'), GA: S('Q1000'), GB: S('Q145', 'Q84'), GD: S('Q769'), GE: S('Q230', 'Q994'),
  GF: T('Q3769'), GG: T('Q25230'), GH: S('Q117'), GI: T('Q1410'), GL: T('Q223'), GM: S('Q1005'), GN: S('Q1006'),
  GP: T('Q17012'), GQ: S('Q983'), GR: S('Q41', 'Q1524'), GS: T(null), GT: S('Q774'), GU: T('Q16635'), GW: S('Q1007'),
  GY: S('Q734'), HK: T('Q8646'), HM: T(null), HN: S('Q783'), HR: S('Q224'), HT: S('Q790'), HU: S('Q28', 'Q1781'),
  ID: S('Q252', 'Q3630'), IE: S('Q27', 'Q1761'), IL: S('Q801', 'Q1218'), IM: T('Q9676'), IN: S('Q668', 'Q987'),
  IO: T(null), IQ: S('Q796', 'Q1530'), IR: S('Q794', 'Q3616'), IS: S('Q189'), IT: S('Q38', 'Q220'), JE: T('Q785'),
  JM: S('Q766'), JO: S('Q810', 'Q3805'), JP: S('Q17', 'Q1490'), KE: S('Q114', 'Q3870'), KG: S('Q813'), KH: S('Q424'),
  KI: S('Q710'), KM: S('Q970'), KN: S('Q763'), KP: S('Q423', 'Q18808'), KR: S('Q884', 'Q8684'), KW: S('Q817', 'Q35178'),
  KY: T('Q5785'), KZ: S('Q232', 'Q1520'), LA: S('Q819'), LB: S('Q822', 'Q3820'), LC: S('Q760'), LI: S('Q347'),
  LK: S('Q854'), LR: S('Q1014'), LS: S('Q1013'), LT: S('Q37', 'Q216'), LU: S('Q32'), LV: S('Q211', 'Q1773'),
  LY: S('Q1016', 'Q3579'), MA: S('Q1028', 'Q3551'), MC: S('Q235'), MD: S('Q217', 'Q21197'), ME: S('Q236'), MF: T(null),
  MG: S('Q1019'), MH: S('Q709'), MK: S('Q221'), ML: S('Q912'), MM: S('Q836'), MN: S('Q711'), MO: T('Q14773'),
  MP: T('Q16644'), MQ: T('Q17054'), MR: S('Q1025'), MS: T('Q13353'), MT: S('Q233'), MU: S('Q1027'), MV: S('Q826'),
  MW: S('Q1020'), MX: S('Q96', 'Q1489'), MY: S('Q833'), MZ: S('Q1029'), NA: S('Q1030'), NC: T('Q33788'), NE: S('Q1032'),
  NF: T(null), NG: S('Q1033'), NI: S('Q811'), NL: S('Q55', 'Q727'), NO: S('Q20', 'Q585'), NP: S('Q837'), NR: S('Q697'),
  NU: T(null), NZ: S('Q664'), OM: S('Q842', 'Q3826'), PA: S('Q804'), PE: S('Q419'), PF: T('Q30971'), PG: S('Q691'),
  PH: S('Q928'), PK: S('Q843', 'Q1362'), PL: S('Q36', 'Q270'), PM: T(null), PN: T(null), PR: T('Q1183'),
  PS: S('Q219060'), PT: S('Q45', 'Q597'), PW: S('Q695'), PY: S('Q733'), QA: S('Q846', 'Q3861'), RE: T('Q17070'),
  RO: S('Q218', 'Q19660'), RS: S('Q403', 'Q3711'), RU: S('Q159', 'Q649'), RW: S('Q1037'), SA: S('Q851', 'Q3692'),
  SB: S('Q685'), SC: S('Q1042'), SD: S('Q1049', 'Q1963'), SE: S('Q34', 'Q1754'), SG: S('Q334'), SH: T(null),
  SI: S('Q215'), SJ: T(null), SK: S('Q214'), SL: S('Q1044'), SM: S('Q238'), SN: S('Q1041'), SO: S('Q1045'),
  SR: S('Q730'), SS: S('Q958'), ST: S('Q1039'), SV: S('Q792'), SX: T(null), SY: S('Q858', 'Q3766'), SZ: S('Q1050'),
  TC: T('Q18221'), TD: S('Q657'), TF: T(null), TG: S('Q945'), TH: S('Q869'), TJ: S('Q863'), TK: T(null),
  TL: S('Q574'), TM: S('Q874'), TN: S('Q948', 'Q3572'), TO: S('Q678'), TR: S('Q43', 'Q3640'), TT: S('Q754'),
  TV: S('Q672'), TW: S('Q865'), TZ: S('Q924'), UA: S('Q212', 'Q1899'), UG: S('Q1036'), UM: T(null), US: S('Q30', 'Q61'),
  UY: S('Q77'), UZ: S('Q265', 'Q269'), VA: S('Q237'), VC: S('Q757'), VE: S('Q717', 'Q1533'), VG: T('Q25305'),
  VI: T('Q11703'), VN: S('Q881'), VU: S('Q686'), WF: T(null), WS: S('Q683'), XK: S('Q1246'), YE: S('Q805', 'Q2471'),
  YT: T('Q17063'), ZA: S('Q258'), ZM: S('Q953'), ZW: S('Q954'),
};
