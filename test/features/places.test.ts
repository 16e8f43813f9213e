import { describe, expect, it } from "vitest";
import gazetteer from "../../src/features/data/gazetteer.json";
import { contextFrom } from "../../src/features/evidence.js";
import { PLACE_CUE_PATTERNS, describeGazetteer, extractPlaces, lookupPlace } from "../../src/features/places.js";
import { redosVerdict } from "../redos-verdict.js";
import type { FieldName, LanguageResult } from "../../src/types.js";

type Fields = Partial<Record<FieldName, string>>;

function language(code: string): LanguageResult {
  return { code, confidence: 1, present: [code], method: "hint" };
}

function places(fields: Fields | string, lang?: string) {
  const input = typeof fields === "string" ? { description: fields } : fields;
  return extractPlaces(contextFrom(input, lang ? language(lang) : undefined));
}

/** Mentions as `id/role`, the shape most cases assert on. */
function roles(fields: Fields | string, lang?: string): string[] {
  return places(fields, lang).mentions.map((m) => `${m.id}/${m.role}`);
}

interface Case {
  name: string;
  fields: Fields | string;
  lang?: string;
  mentions: string[];
  destination: string | null;
  tier?: "hub" | "transit" | "destination" | "other" | null;
  hub?: boolean;
  countryOnly?: boolean;
  routing?: boolean;
  bait?: boolean;
  origins?: string[];
}

const cases: Case[] = [
  {
    name: "reads the Vietnamese province Lào Cai as a home place, not as Laos",
    fields: "Địa điểm làm việc: Lào Cai: Phường Sa Pa",
    lang: "vie",
    mentions: ["lao-cai/unknown"],
    destination: "lao-cai",
  },
  {
    name: "reads Vietnamese names of hubs (Kông Pông Xom, Tam Giác Vàng)",
    fields: "bay sang Kông Pông Xom, sau đó làm việc tại Tam Giác Vàng",
    lang: "vie",
    mentions: ["sihanoukville/transit", "golden-triangle-sez/destination"],
    destination: "golden-triangle-sez",
  },
  {
    name: "still reads the country of a foreign company ('บริษัทต่างด้าว (กัมพูชา)') as the workplace",
    fields: "บริษัทต่างด้าว (กัมพูชา) รับสมัครแอดมินตอบแชท",
    lang: "tha",
    mentions: ["cambodia/unknown"],
    destination: "cambodia",
  },
  {
    name: "reads Korean short forms and chat initials of places (필핀, ㅍㄴㅍ, KK 파크)",
    fields: "필핀 상담원, ㅍㄴㅍ 사무실, KK 파크",
    lang: "kor",
    mentions: ["philippines/unknown", "phnom-penh/unknown", "kk-park/unknown"],
    destination: "kk-park",
  },
  {
    name: "reads foreign workers with their nationalities in brackets ('แรงงานต่างด้าว (พม่า/กัมพูชา)') as the people hired",
    fields: "โรงงานรับแรงงานต่างด้าว (พม่า/กัมพูชา) ผ่าน MOU มีหอพัก",
    lang: "tha",
    mentions: ["myanmar/origin", "cambodia/origin"],
    destination: null,
    origins: ["MM", "KH"],
  },
  {
    name: "reads Thai spelling variants of hubs (ชเวก๊กโก่, เคเคปาร์ค, บาเวท)",
    fields: "งานแอดมินที่ชเวก๊กโก่ หรือเคเคปาร์ค บางตำแหน่งที่บาเวท",
    lang: "tha",
    mentions: ["shwe-kokko/destination", "kk-park/destination", "bavet/destination"],
    destination: "shwe-kokko",
  },
  {
    name: "reads Bengali spelling variants of hubs and transit points (তাচিলেক, হো চি মিন সিটি, ক্যাম্বোডিয়া)",
    fields: "হো চি মিন সিটি হয়ে ক্যাম্বোডিয়া, পরে তাচিলেক অফিসে",
    lang: "ben",
    mentions: ["ho-chi-minh-city/transit", "cambodia/unknown", "tachileik/unknown"],
    destination: "tachileik",
  },
  {
    name: "reads a language named after a country as people, not the workplace ('พูดภาษาพม่าได้' in a Mae Sot shop)",
    fields: "ร้านค้าส่ง แม่สอด รับพนักงานขาย พูดภาษาพม่าได้ ลูกค้าเป็นชาวเมียนมา",
    lang: "tha",
    mentions: ["mae-sot/unknown", "myanmar/origin", "myanmar/origin"],
    destination: "mae-sot",
  },
  {
    name: "reads workers of a nationality ('แรงงานสัญชาติเมียนมา', 'แรงงานกัมพูชา') as the people hired, not the workplace",
    fields: "โรงงานสมุทรสาคร รับแรงงานสัญชาติเมียนมา และแรงงานกัมพูชา ผ่านระบบ MOU",
    lang: "tha",
    mentions: ["myanmar/origin", "cambodia/origin"],
    destination: null,
    origins: ["MM", "KH"],
  },
  {
    name: "still reads 'ส่งแรงงานไปกัมพูชา' as work in Cambodia",
    fields: "ส่งแรงงานไปกัมพูชา งานแอดมิน",
    lang: "tha",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
  },
  {
    name: "reads Korean spellings and initial-letter shorthand of compound hubs (시하눅빌, ㅁㅇㅇㄷ)",
    fields: "시하눅빌 카지노 상담원, 경력 무관. ㅁㅇㅇㄷ 지점도 모집",
    lang: "kor",
    mentions: ["sihanoukville/unknown", "myawaddy/unknown"],
    destination: "sihanoukville",
    tier: "hub",
  },
  {
    name: "reads Bengali spellings of compound hubs (মিয়াওয়াদি, পয়পেট)",
    fields: "মিয়াওয়াদি তে কাজ, পরে পয়পেট অফিসেও যেতে হবে",
    lang: "ben",
    mentions: ["myawaddy/unknown", "poipet/unknown"],
    destination: "myawaddy",
    tier: "hub",
  },
  {
    name: "reads Mộc Bài, the Vietnamese side of the Bavet crossing, as a transit point",
    fields: "Xe đưa ra Mộc Bài rồi qua bên kia làm việc",
    lang: "vie",
    mentions: ["moc-bai/transit"],
    destination: null,
  },
  {
    name: "reads a Thai company's branch office ('สำนักงานสาขาที่พม่า') as an office, not the workplace",
    fields: "บริษัทมีสำนักงานสาขาที่พม่า ในชื่อบริษัทอีซีเอส เมียนมาร์ เซอร์วิสเซส จำกัด และบริษัทอีซีเอส (กัมพูชา) จำกัด รับสมัครพนักงานขาย ประจำสำนักงานบางนา",
    lang: "tha",
    mentions: ["myanmar/office", "myanmar/office", "cambodia/office"],
    // Still the only place named; features.places.abroad is what ignores an office (see abroad.test.ts).
    destination: "myanmar",
  },
  {
    name: "still reads 'ทำงานที่พม่า' as work in Myanmar",
    fields: "รับสมัครพนักงาน ทำงานที่พม่า เงินเดือนดี",
    lang: "tha",
    mentions: ["myanmar/destination"],
    destination: "myanmar",
  },
  {
    name: "reads '缅甸语' as a language, and Bangkok as the workplace",
    fields: "招聘客服，会说缅甸语，工作地点在泰国曼谷",
    lang: "zho",
    mentions: ["myanmar/origin", "thailand/destination", "bangkok/destination"],
    destination: "bangkok",
  },
  {
    name: "reads 'speak Myanmar language' as a requirement, not a destination",
    fields: "Sales staff in Mae Sot, must speak Myanmar language",
    lang: "eng",
    mentions: ["mae-sot/destination"],
    destination: "mae-sot",
  },
  {
    name: "reads a Russian case form, 'в Камбодже', as Cambodia",
    fields: "Работа в Камбодже, оператор чата",
    lang: "rus",
    // No Russian role cues yet ("работа в" is not read as a destination cue): the only place still wins.
    mentions: ["cambodia/unknown"],
    destination: "cambodia",
  },
  {
    name: "reads Amharic 'በታይላንድ' with its attached preposition as Thailand",
    fields: "ሥራ በታይላንድ፣ ደመወዝ ጥሩ",
    lang: "amh",
    mentions: ["thailand/unknown"],
    destination: "thailand",
  },
  {
    name: "reads Tamil 'தாய்லாந்தில்' (in Thailand) and Urdu 'کمبوڈیا' as their countries",
    fields: "தாய்லாந்தில் IT வேலை. کمبوڈیا میں کام",
    mentions: ["thailand/unknown", "cambodia/unknown"],
    destination: "thailand",
  },
  {
    name: "reads the full Thai name of the Golden Triangle SEZ as a hub",
    fields: "ทำงานในเขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ",
    lang: "tha",
    mentions: ["golden-triangle-sez/destination"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    name: "reads the Spanish full name of the Golden Triangle SEZ as a hub",
    fields: "Trabajo en la Zona Económica Especial del Triángulo de Oro, Laos.",
    mentions: ["golden-triangle-sez/unknown", "laos/unknown"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    name: "reads the Spanish full name typed without accents",
    fields: "Zona Economica Especial del Triangulo de Oro",
    mentions: ["golden-triangle-sez/unknown"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    name: "reads the Portuguese full name of the Golden Triangle SEZ as a hub",
    fields: "Vaga na Zona Econômica Especial do Triângulo Dourado, no Laos.",
    mentions: ["golden-triangle-sez/unknown", "laos/unknown"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    name: "reads 'Triángulo de Oro' after a work cue as the SEZ",
    fields: "Trabaja en Triángulo de Oro, Laos. Pasaje gratis.",
    mentions: ["golden-triangle-sez/destination", "laos/destination"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    name: "reads 'Triángulo Dorado' after a work cue as the SEZ",
    fields: "Trabaja en Triángulo Dorado",
    mentions: ["golden-triangle-sez/destination"],
    destination: "golden-triangle-sez",
    hub: true,
  },
  {
    // Mexico's Triángulo Dorado (Sinaloa, Durango, Chihuahua) and Madrid's museum triangle share the name.
    name: "does not read Mexico's Triángulo Dorado without a work cue as the SEZ",
    fields: "Chofer con experiencia en rutas del Triángulo Dorado (Sinaloa, Durango y Chihuahua).",
    mentions: [],
    destination: null,
  },
  {
    name: "does not read a metaphorical 'triángulo de oro' as the SEZ",
    fields: "El triángulo de oro de la gestión: tiempo, costo y alcance.",
    mentions: [],
    destination: null,
  },
  {
    name: "does not read Madrid's 'Triángulo de Oro' as the SEZ",
    fields: "Hotel boutique en pleno Triángulo de Oro de Madrid.",
    mentions: [],
    destination: null,
  },
  {
    name: "reads 'Customer Care Agents needed in Bangkok, Thailand' as a job in Bangkok, a transit city",
    fields: { title: "Customer Care Agents needed in Bangkok, Thailand" },
    mentions: ["bangkok/destination", "thailand/destination"],
    destination: "bangkok",
    tier: "transit",
    countryOnly: false,
  },
  {
    name: "reads Indonesian 'Lowongan Customer Service di Kamboja' as a country-only destination",
    fields: "Lowongan Customer Service di Kamboja. Gaji USD 1.000, tanpa pengalaman.",
    lang: "ind",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    tier: "destination",
    countryOnly: true,
  },
  {
    name: "reads Vietnamese 'làm tại Campuchia' typed with tones",
    fields: "Tuyển nhân viên CSKH làm tại Campuchia – lương cứng 15 triệu + hoa hồng",
    lang: "vie",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    countryOnly: true,
  },
  {
    name: "reads Vietnamese 'cam pu chia' typed without tones and spaced",
    fields: "Can gap 10 ban nu sang cam pu chia lam viec, bao an o",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    countryOnly: true,
  },
  {
    name: "finds the Sihanoukville hub in Chinese (西港)",
    fields: "柬埔寨西港高薪招聘客服，包吃包住",
    lang: "cmn",
    mentions: ["cambodia/unknown", "sihanoukville/destination"],
    destination: "sihanoukville",
    tier: "hub",
    hub: true,
    countryOnly: false,
  },
  {
    name: "finds Poipet in Thai after ทำงานที่ (work at)",
    fields: "รับสมัครแอดมินออนไลน์ ทำงานที่ปอยเปต ค่าตอบแทนสูง",
    lang: "tha",
    mentions: ["poipet/destination"],
    destination: "poipet",
    tier: "hub",
    hub: true,
  },
  {
    name: "reads Korean '프놈펜 근무' (work in Phnom Penh) as the destination",
    fields: "캄보디아 프놈펜 근무, 월 500만 원 이상 보장",
    lang: "kor",
    mentions: ["cambodia/unknown", "phnom-penh/destination"],
    destination: "phnom-penh",
    tier: "destination",
    countryOnly: false,
  },
  {
    name: "reads Japanese 'ミャワディで勤務' and does not read タイプ (type) as Thailand",
    fields: "ミャンマーのミャワディで勤務。タイプ速度の確認あり。",
    lang: "jpn",
    mentions: ["myanmar/unknown", "myawaddy/destination"],
    destination: "myawaddy",
    hub: true,
  },
  {
    name: "reads Hindi 'थाईलैंड में नौकरी' (job in Thailand)",
    fields: "थाईलैंड में नौकरी, अच्छा वेतन",
    lang: "hin",
    mentions: ["thailand/destination"],
    destination: "thailand",
    countryOnly: true,
  },
  {
    name: "takes the compound hub, not the transit town where workers are collected, as the destination",
    fields: "Chat agents, Myawaddy side. We pick you at Mae Sot, boat crossing the same night.",
    mentions: ["myawaddy/unknown", "mae-sot/destination"],
    destination: "myawaddy",
    tier: "hub",
  },
  {
    name: "keeps a transit town as the destination when no hub is named",
    fields: "Hotel receptionist in Mae Sot, Tak province. Thai and Burmese speakers.",
    mentions: ["mae-sot/destination"],
    destination: "mae-sot",
    tier: "transit",
  },
  {
    name: "reads 'near the Thai-Myanmar border' as a Myanmar destination, not as a named hub",
    fields: "Customer support job near the Thai-Myanmar border, free housing.",
    mentions: ["thai-myanmar-border/unknown"],
    destination: "thai-myanmar-border",
    tier: "destination",
    hub: false,
  },
  {
    name: "reads Korean '미얀마 국경 인근' and Chinese '泰缅边境' as the Thai–Myanmar border",
    fields: "미얀마 국경 인근 리조트 근무. 泰缅边境工作",
    lang: "kor",
    mentions: ["thai-myanmar-border/unknown", "thai-myanmar-border/destination"],
    destination: "thai-myanmar-border",
  },
  {
    name: "reads Nepali 'बैंककमा काम' (work in Bangkok) with the ending attached",
    fields: "बैंककमा काम, राम्रो तलब",
    lang: "nep",
    mentions: ["bangkok/destination"],
    destination: "bangkok",
  },
  {
    name: "reads Nepali spellings of Mae Sot (मे सोट) and Myawaddy (म्यावद्दी), and Suvarnabhumi airport as Bangkok",
    fields: "सुवर्णभूमि एयरपोर्टमा कम्पनीको मान्छे लिन आउँछ, त्यहाँबाट मे सोट हुँदै म्यावद्दीको अफिसमा काम",
    lang: "nep",
    mentions: ["bangkok/unknown", "mae-sot/transit", "myawaddy/unknown"],
    destination: "myawaddy",
  },
  {
    name: "does not read Nepali बैंकको (the bank's) as Bangkok, or the name भारती or भारतः (with a visarga) as India",
    fields: "काठमाडौंमा कल सेन्टर। तलब बैंकको खातामा जम्मा हुन्छ। सम्पर्क: भारती श्रेष्ठ, भारतः प्रकाशन",
    lang: "nep",
    mentions: [],
    destination: null,
  },
  {
    name: "reads the Bengali spellings মিয়াওয়াড্ডি (Myawaddy) and মে সোট (Mae Sot)",
    fields: "মে সোট হয়ে মিয়াওয়াড্ডিতে কাজ",
    lang: "ben",
    mentions: ["mae-sot/transit", "myawaddy/destination"],
    destination: "myawaddy",
  },
  {
    name: "reads Bengali 'থাইল্যান্ডে চাকরি' with the case ending attached",
    fields: "থাইল্যান্ডে চাকরি, আকর্ষণীয় বেতন",
    lang: "ben",
    mentions: ["thailand/destination"],
    destination: "thailand",
  },
  {
    name: "takes an uncued Khmer city as the destination when nothing else is named",
    fields: "ការងារនៅភ្នំពេញ ប្រាក់ខែខ្ពស់",
    lang: "khm",
    mentions: ["phnom-penh/unknown"],
    destination: "phnom-penh",
  },
  {
    name: "finds Myawaddy written in Burmese (မြဝတီ)",
    fields: "မြဝတီ အလုပ်ခေါ်စာ",
    lang: "mya",
    mentions: ["myawaddy/unknown"],
    destination: "myawaddy",
    hub: true,
  },
  {
    name: "reads Swahili 'kazi nchini Thailandi'",
    fields: "Kazi nchini Thailandi, mshahara mzuri, tiketi ya ndege bure",
    lang: "swh",
    mentions: ["thailand/destination"],
    destination: "thailand",
    countryOnly: true,
  },
  {
    name: "reads Spanish 'trabajo en Camboya'",
    fields: "Trabajo en Camboya para hispanohablantes, vuelo pagado",
    lang: "spa",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
  },
  {
    name: "reads Tagalog 'trabaho sa Cambodia'",
    fields: "Trabaho sa Cambodia, libreng plane ticket, hindi na kailangan ng visa",
    lang: "tgl",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
  },
  {
    name: "flags third-country routing: work in Cambodia, travel via Hong Kong",
    fields: "BPO Customer Service Representatives – work in Cambodia. Travel as a tourist via Hong Kong.",
    mentions: ["cambodia/destination", "hong-kong/transit"],
    destination: "cambodia",
    routing: true,
    countryOnly: true,
  },
  {
    name: "flags Indonesian routing 'ke Kamboja melalui Thailand'",
    fields: "Berangkat ke Kamboja melalui Thailand, pakai visa turis",
    lang: "ind",
    mentions: ["cambodia/destination", "thailand/transit"],
    destination: "cambodia",
    routing: true,
  },
  {
    name: "flags Chinese routing '经泰国到缅甸工作'",
    fields: "经泰国到缅甸工作，月薪3万包机票",
    lang: "cmn",
    mentions: ["thailand/transit", "myanmar/destination"],
    destination: "myanmar",
    routing: true,
  },
  {
    name: "reads 'Bangkok trước khi sang Campuchia' as a stopover",
    fields: "Bay đến Bangkok trước khi sang Campuchia làm việc",
    lang: "vie",
    mentions: ["bangkok/transit", "cambodia/destination"],
    destination: "cambodia",
    routing: true,
  },
  {
    name: "reads a country's flag emoji as the country",
    fields: "Việc nhẹ lương cao, bay sang 🇰🇭 bao ăn ở",
    lang: "vie",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
  },
  {
    name: "reads flags pair by pair: 🇺🇸🇬🇧 holds no Singapore, 🇫🇷🇬🇧🇩🇪 no Bangladesh, 🇨🇭🇰🇷 is Korea",
    fields: "English 🇺🇸🇬🇧, team from 🇫🇷🇬🇧🇩🇪, offices 🇨🇭🇰🇷",
    mentions: ["south-korea/unknown"],
    destination: "south-korea",
  },
  {
    name: "reads the Vietnamese spelling 'Kampuchia', and a flag without a cue as a mention",
    fields: "Làm việc tại Kampuchia. 🇲🇲 cũng có",
    lang: "vie",
    mentions: ["cambodia/destination", "myanmar/unknown"],
    destination: "cambodia",
  },
  {
    name: "reads a route written with arrows: start, stopovers, destination",
    fields: "Ruta: Perú → Bangkok → Mae Sot, todo pagado",
    lang: "spa",
    mentions: ["peru/origin", "bangkok/transit", "mae-sot/destination"],
    destination: "mae-sot",
    routing: false,
  },
  {
    name: "reads ASCII arrows too: Dhaka -> Bangkok -> Mae Sot",
    fields: "Route: Manila -> Bangkok => Myawaddy",
    mentions: ["manila/origin", "bangkok/transit", "myawaddy/destination"],
    destination: "myawaddy",
    routing: true,
  },
  {
    name: "does not read arrow bullets as a route",
    fields: "Offices in:\n➜ Singapore\n➜ Kuala Lumpur\n→ Manila",
    mentions: ["singapore/unknown", "kuala-lumpur/unknown", "manila/unknown"],
    destination: "manila",
    routing: false,
  },
  {
    name: "does not read a breadcrumb's '>' as a route",
    fields: "Jobs > Thailand > Bangkok",
    mentions: ["thailand/unknown", "bangkok/unknown"],
    destination: "bangkok",
    routing: false,
  },
  {
    name: "reads Bengali 'ব্যাংকক হয়ে' (via Bangkok) as transit",
    fields: "ব্যাংকক হয়ে মায়ানমার যেতে হবে, কোম্পানিতে কাজ",
    lang: "ben",
    mentions: ["bangkok/transit", "myanmar/unknown"],
    destination: "myanmar",
    routing: true,
  },
  {
    name: "reads the Golden Triangle zone written in Hindi (बोकेओ) as a hub",
    fields: "हमारा ऑफ़िस लाओस के बोकेओ प्रांत के स्पेशल इकोनॉमिक ज़ोन में है",
    lang: "hin",
    mentions: ["laos/unknown", "golden-triangle-sez/unknown"],
    destination: "golden-triangle-sez",
    tier: "hub",
    hub: true,
  },
  {
    name: "reads KK Park and Myawaddy written in Nepali as hubs",
    fields: "म्यावड्डीको केके पार्कमा काम",
    lang: "nep",
    mentions: ["myawaddy/unknown", "kk-park/destination"],
    destination: "kk-park",
    hub: true,
  },
  {
    name: "does not read India's tourist 'Golden Triangle' in Hindi as the Lao zone",
    fields: "दिल्ली, आगरा और जयपुर का गोल्डन ट्रायंगल टूर पैकेज",
    lang: "hin",
    mentions: [],
    destination: null,
  },
  {
    name: "reads Hindi 'बैंकॉक होते हुए' (via Bangkok) as transit",
    fields: "भारत से बैंकॉक होते हुए लाओस में नौकरी",
    lang: "hin",
    mentions: ["india/unknown", "bangkok/transit", "laos/destination"],
    destination: "laos",
    routing: true,
  },
  {
    name: "reads Nepali 'दुबई हुँदै' (via Dubai) as transit",
    fields: "दुबई हुँदै थाइल्याण्ड जानुपर्ने, कम्पनीमा काम",
    lang: "nep",
    mentions: ["dubai/transit", "thailand/unknown"],
    destination: "thailand",
    routing: true,
  },
  {
    name: "reads 'fly to Bangkok, then cross to Myawaddy' as a transit then a move",
    fields: "Fly to Bangkok, then cross the border to Myawaddy by car.",
    mentions: ["bangkok/transit", "myawaddy/destination"],
    destination: "myawaddy",
    routing: true,
    hub: true,
    bait: false,
  },
  {
    name: "flags a bait and switch: a job in Thailand, then a transfer to a branch in Myawaddy",
    fields: "Digital marketing job in Thailand. After training you will be transferred to our branch in Myawaddy.",
    mentions: ["thailand/destination", "myawaddy/destination"],
    destination: "myawaddy",
    tier: "hub",
    hub: true,
    bait: true,
    countryOnly: false,
  },
  // Within the country, to the border: the Kenyan case of indicators §3.2 (Bangkok, then Mae Sot).
  {
    name: "flags a move within Thailand to a border town: Bangkok, then a transfer to Mae Sot",
    fields: "Work in Bangkok, after training you will be transferred to our branch in Mae Sot.",
    mentions: ["bangkok/destination", "mae-sot/destination"],
    destination: "mae-sot",
    bait: true,
  },
  {
    name: "flags a move within Cambodia to a hub: Phnom Penh, then Sihanoukville",
    fields: "Work in Phnom Penh for one month, then you will be transferred to our office in Sihanoukville.",
    mentions: ["phnom-penh/destination", "sihanoukville/destination"],
    destination: "sihanoukville",
    bait: true,
  },
  {
    name: "does not flag a transfer within Thailand to a resort city",
    fields: "Hotel job in Bangkok, later transferred to our branch in Phuket.",
    mentions: ["bangkok/destination", "phuket/destination"],
    destination: "phuket",
    bait: false,
  },
  {
    name: "does not flag a Thai ad's own branch in Mae Sot: a posting at home",
    fields: "ทำงานที่กรุงเทพฯ หลังอบรมจะย้ายไปแม่สอด",
    lang: "tha",
    mentions: ["bangkok/destination", "mae-sot/destination"],
    destination: "mae-sot",
    bait: false,
  },
  {
    name: "flags a Vietnamese bait and switch 'làm việc tại Thái Lan … chuyển sang Campuchia'",
    fields: "Làm việc tại Thái Lan, sau 1 tháng chuyển sang Campuchia",
    lang: "vie",
    mentions: ["thailand/destination", "cambodia/destination"],
    destination: "cambodia",
    bait: true,
  },
  {
    name: "reads 'Filipino applicants' as an origin and Dubai as the destination",
    fields: "Filipino applicants welcome. Position based in Dubai, visa provided.",
    mentions: ["philippines/origin", "dubai/destination"],
    destination: "dubai",
    tier: "transit",
    origins: ["PH"],
    countryOnly: false,
  },
  {
    name: "reads WNI (Indonesian citizens) as an origin",
    fields: "Dicari WNI untuk bekerja di Kamboja",
    lang: "ind",
    mentions: ["indonesia/origin", "cambodia/destination"],
    destination: "cambodia",
    origins: ["ID"],
  },
  {
    name: "reads 'applicants from India and Nepal' as origins and a location label as the destination",
    fields: "Open to applicants from India and Nepal. Job location: Phnom Penh.",
    mentions: ["india/origin", "nepal/origin", "phnom-penh/destination"],
    destination: "phnom-penh",
    origins: ["IN", "NP"],
  },
  {
    name: "reads a head office as an office, not as the destination",
    fields: "Our head office in Singapore is hiring data entry operators for our site in Cambodia.",
    mentions: ["singapore/office", "cambodia/destination"],
    destination: "cambodia",
    routing: false,
    countryOnly: true,
  },
  {
    name: "reads 'Indian nationals only … Laos (Golden Triangle SEZ)' down to the SEZ",
    fields: "Indian nationals only. Work in Laos (Golden Triangle SEZ), free flights.",
    mentions: ["india/origin", "laos/destination", "golden-triangle-sez/destination"],
    destination: "golden-triangle-sez",
    tier: "hub",
    hub: true,
    origins: ["IN"],
  },
  {
    name: "reads Thai 'คนไทย' (Thai people) as an origin and ไปทำงานกัมพูชา as the destination",
    fields: "รับสมัครคนไทย ไปทำงานกัมพูชา",
    lang: "tha",
    mentions: ["thailand/origin", "cambodia/destination"],
    destination: "cambodia",
    origins: ["TH"],
  },
  {
    name: "reads Korean 한국인 (Koreans) as an origin",
    fields: "한국인 전용 채용, 캄보디아 리조트 알바",
    lang: "kor",
    mentions: ["south-korea/origin", "cambodia/unknown"],
    destination: "cambodia",
    origins: ["KR"],
  },
  {
    name: "takes the location field as the destination",
    fields: { title: "Customer support (English)", location: "Sihanoukville" },
    mentions: ["sihanoukville/destination"],
    destination: "sihanoukville",
    hub: true,
    countryOnly: false,
  },
  {
    name: "reads a location field that names only a country as country-only",
    fields: { location: "Cambodia", description: "Customer support, free housing and meals." },
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    countryOnly: true,
  },
  {
    name: "does not call a location with a town the gazetteer lacks country-only",
    fields: { location: "Kratie, Cambodia", description: "Teacher for our school." },
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    countryOnly: false,
  },
  {
    name: "does not call a destination with a street address country-only",
    fields: "Work in Cambodia. Office: 45 Norodom Blvd, 2nd floor.",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
    countryOnly: false,
  },
  {
    name: "prefers a foreign place over the home country of the posting's language",
    fields: "Tuyển gấp lao động Việt Nam đi Campuchia",
    lang: "vie",
    mentions: ["vietnam/origin", "cambodia/destination"],
    destination: "cambodia",
    origins: ["VN"],
  },
  {
    name: "reads Vietnamese 'sang Lào làm việc' but not 'người lao động' (workers)",
    fields: "Chế độ cho người lao động tốt. Cần người sang Lào làm việc.",
    lang: "vie",
    mentions: ["laos/destination"],
    destination: "laos",
  },
  {
    name: "does not call a local ad that only names its own country country-only",
    fields: { title: "Staff Admin", company: "PT Maju Jaya Indonesia", description: "Penempatan kantor pusat." },
    lang: "ind",
    mentions: ["indonesia/unknown"],
    destination: "indonesia",
    tier: "other",
    countryOnly: false,
  },
  // Must not fire.
  {
    name: "does not read Thai food, Dubai chocolate or Macau style as places",
    fields: "Our chef cooks Thai food, Dubai chocolate desserts and Macau style egg tarts.",
    mentions: [],
    destination: null,
    tier: null,
    hub: false,
    countryOnly: false,
  },
  {
    name: "does not read 'Mr. Macau' as the region",
    fields: "Your interview is with Mr. Macau on Monday.",
    mentions: [],
    destination: null,
  },
  {
    name: "does not read Vietnamese 'nhân viên đa năng' (multi-skilled staff) typed with tones as Da Nang",
    fields: "Tuyển nhân viên đa năng, làm việc tại cửa hàng",
    lang: "vie",
    mentions: [],
    destination: null,
  },
  {
    name: "does not read Preah Sihanouk Blvd (a Phnom Penh street) as the Sihanoukville hub",
    fields: "Office at 12 Preah Sihanouk Blvd, Phnom Penh.",
    mentions: ["phnom-penh/unknown"],
    destination: "phnom-penh",
    hub: false,
  },
  {
    name: "does not read 'thai' alone, without a cue, as Thailand",
    fields: "Speaks Thai and English; thai boxing club membership included.",
    mentions: [],
    destination: null,
  },
  {
    name: "reads places in a list of warning signs as warnings, not as the job's destination",
    fields: "Front desk agent at our hotel in Bangkok.\n\nWarning signs of fake recruiters:\n- typing jobs in Sihanoukville paying USD 2,000\n- a tourist visa to Myawaddy",
    mentions: ["bangkok/destination", "sihanoukville/warning", "myawaddy/warning"],
    destination: "bangkok",
    hub: false,
  },
  {
    name: "leaves an advisory's warning list without a destination or a hub",
    fields: "Red flags:\n- 'customer service' in Poipet or Bavet with no experience needed\n- flights to Bangkok, then a car to the border",
    mentions: ["poipet/warning", "bavet/warning", "bangkok/warning"],
    destination: null,
    tier: null,
    hub: false,
    routing: false,
  },
  {
    name: "still reads the hub of a lure that has no warning list",
    fields: "Typing jobs in Sihanoukville paying USD 2,000, flights to Bangkok and a car to the border.",
    mentions: ["sihanoukville/destination", "bangkok/destination"],
    destination: "sihanoukville",
    hub: true,
  },
  {
    name: "reads the Korean warning-sign header ('경고 신호') as opening a list of warnings",
    fields: "프놈펜 한국계 물류회사 사무직 채용\n\n경고 신호:\n- 시아누크빌 고수익 알바\n- 관광비자로 입국",
    lang: "kor",
    mentions: ["phnom-penh/unknown", "south-korea/unknown", "sihanoukville/warning"],
    destination: "phnom-penh",
    hub: false,
  },
  {
    name: "reads the place a news report says workers were rescued from as a warning, not a destination or a hub",
    fields: "Police said 27 workers were rescued from Myawaddy last week.",
    mentions: ["myawaddy/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "reads a survivor's Thai 'หนีออกมาจากเมียวดี' (escaped from Myawaddy) as a warning",
    fields: "หนีออกมาจากเมียวดีได้เมื่อเดือนที่แล้ว",
    lang: "tha",
    mentions: ["myawaddy/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "reads Korean '캄보디아에서 구출된' (rescued in Cambodia) and Nepali 'म्यावाडीबाट उद्धार' as warnings",
    fields: "캄보디아에서 구출된 청년들. म्यावाडीबाट उद्धार गरिएका नेपाली।",
    mentions: ["cambodia/warning", "myawaddy/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "still reads a lure's 'many were lured to work in Cambodia, but ours is real' as Cambodia",
    fields: "มีคนถูกหลอกไปทำงานกัมพูชาเยอะ แต่ที่นี่ของจริง เงินเดือน 50,000 บาท",
    lang: "tha",
    mentions: ["cambodia/destination"],
    destination: "cambodia",
  },
  {
    name: "reads places an agency says it does not recruit for as warnings",
    fields: "We do not recruit for Cambodia, Myanmar or Laos.",
    mentions: ["cambodia/warning", "myanmar/warning", "laos/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "reads 'don't offer jobs in Myawaddy or Sihanoukville' and 'no job orders for Poipet' as warnings",
    fields: "We don't offer jobs in Myawaddy or Sihanoukville. Our agency has no job orders for Poipet.",
    mentions: ["myawaddy/warning", "sihanoukville/warning", "poipet/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "reads a ban on deployment, before or after the place, as a warning",
    fields: "The DMW has banned the deployment of workers to Myawaddy. Deployment to Myanmar is currently suspended.",
    mentions: ["myawaddy/warning", "myanmar/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "still reads a lure's 'don't worry, we send you to Sihanoukville' as the destination",
    fields: "Don't worry, we send you to Sihanoukville.",
    mentions: ["sihanoukville/destination"],
    destination: "sihanoukville",
    hub: true,
  },
  {
    name: "reads a place in an advisory's 'if someone offers you a job in…, report it' as a warning",
    fields: "If someone offers you a job in Sihanoukville via Telegram, report it.",
    mentions: ["sihanoukville/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "reads 'if anyone you met online offers you a well-paid typing job in Sihanoukville or Poipet' as warnings",
    fields: "If anyone you met online offers you a well-paid typing job in Sihanoukville or Poipet, say no.",
    mentions: ["sihanoukville/warning", "poipet/warning"],
    destination: null,
    hub: false,
  },
  {
    name: "still reads a lure's 'we offer you a job in Sihanoukville' as the destination",
    fields: "We offer you a job in Sihanoukville via Telegram.",
    mentions: ["sihanoukville/destination"],
    destination: "sihanoukville",
    hub: true,
  },
  {
    name: "still reads 'if you are offered a job in Sihanoukville' as the destination (a lure's own selection)",
    fields: "If you are offered a job in Sihanoukville, we book your flight.",
    mentions: ["sihanoukville/destination"],
    destination: "sihanoukville",
    hub: true,
  },
  {
    name: "still reads 'no experience? we hire for Sihanoukville' as the destination",
    fields: "No experience? We hire for Sihanoukville.",
    mentions: ["sihanoukville/unknown"],
    destination: "sihanoukville",
    hub: true,
  },
  {
    name: "still reads 'transferred to our branch in Myawaddy' as the destination",
    fields: "Staff are transferred to our branch in Myawaddy.",
    mentions: ["myawaddy/destination"],
    destination: "myawaddy",
    hub: true,
  },
  {
    name: "does not read 'bunga kamboja' (frangipani) as Cambodia",
    fields: "Toko bunga kamboja membutuhkan kasir",
    lang: "ind",
    mentions: [],
    destination: null,
  },
];

describe("extractPlaces", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = places(c.fields, c.lang);
      expect(result.mentions.map((m) => `${m.id}/${m.role}`)).toEqual(c.mentions);
      expect(result.destination?.id ?? null).toBe(c.destination);
      if (c.tier !== undefined) expect(result.destinationTier).toBe(c.tier);
      if (c.hub !== undefined) expect(result.hubMentioned).toBe(c.hub);
      if (c.countryOnly !== undefined) expect(result.countryOnly).toBe(c.countryOnly);
      if (c.routing !== undefined) expect(result.thirdCountryRouting).toBe(c.routing);
      if (c.bait !== undefined) expect(result.baitAndSwitch).toBe(c.bait);
      if (c.origins !== undefined) expect(result.origins).toEqual(c.origins);
    });
  }

  it.each([
    ["vie", "Làm việc tại Nhật Bản. Hợp đồng 3 năm ký tại Việt Nam trước khi bay."],
    ["ind", "Kerja di Jepang. Kontrak ditandatangani di Indonesia sebelum berangkat."],
    ["tha", "ทำงานที่ญี่ปุ่น เซ็นสัญญาที่ประเทศไทยก่อนเดินทาง"],
  ])("does not read the country where a contract is signed 'before leaving' (%s) as a stopover", (lang, text) => {
    const result = places(text, lang);
    expect(result.mentions.filter((m) => m.role === "transit")).toEqual([]);
    expect(result.thirdCountryRouting).toBe(false);
  });

  it("maps evidence back to the characters typed, through leetspeak and case", () => {
    const input = "Jobs in K4mboja, near POIPET";
    const result = places(input);
    expect(result.mentions.map((m) => m.evidence)).toEqual([
      { field: "description", start: 8, end: 15, text: "K4mboja" },
      { field: "description", start: 22, end: 28, text: "POIPET" },
    ]);
    expect(result.evidence).toEqual([
      { field: "description", start: 22, end: 28, text: "POIPET" },
    ]);
  });

  it("gives the destination with its gazetteer record", () => {
    expect(places("Vacancy in Bavet, Svay Rieng").destination).toEqual({
      id: "bavet",
      name: "Bavet",
      country: "KH",
      kind: "border-town",
      tier: "hub",
    });
  });

  it("returns an empty feature for an empty posting", () => {
    expect(places({})).toEqual({
      mentions: [],
      destination: null,
      destinationTier: null,
      hubMentioned: false,
      countryOnly: false,
      thirdCountryRouting: false,
      baitAndSwitch: false,
      origins: [],
      localHiresOnly: false,
      evidence: [],
    });
  });

  it("does not throw on odd Unicode and long input", () => {
    const odd = "\u0000\ud800 ✈️ 𝐂𝐚𝐦𝐛𝐨𝐝𝐢𝐚 \u202e ".repeat(50) + "x".repeat(20000);
    expect(() => places(odd)).not.toThrow();
    expect(roles("𝐂𝐚𝐦𝐛𝐨𝐝𝐢𝐚")).toEqual(["cambodia/unknown"]);
  });
});

describe("gazetteer", () => {
  it("has no name claimed by two places", () => {
    expect(describeGazetteer().collisions).toEqual([]);
  });

  it("carries its version and provenance", () => {
    expect(describeGazetteer().version).toBe(gazetteer.version);
    expect(gazetteer.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(gazetteer.provenance).toContain("indicators.md");
  });

  it("gives every place a valid kind, tier, ISO country and known sources", () => {
    const ids = new Set<string>();
    for (const place of gazetteer.places) {
      expect(ids.has(place.id), place.id).toBe(false);
      ids.add(place.id);
      expect(["country", "city", "border-town", "sez", "region"]).toContain(place.kind);
      expect(["hub", "transit", "destination", "other"]).toContain(place.tier);
      expect(place.country).toMatch(/^[A-Z]{2}$/);
      expect(place.sources.length).toBeGreaterThan(0);
      for (const source of place.sources) expect(Object.keys(gazetteer.sources)).toContain(source);
    }
  });

  it("lists every hub named in the brief", () => {
    const hubs = gazetteer.places.filter((p) => p.tier === "hub").map((p) => p.id);
    expect(hubs).toEqual(
      expect.arrayContaining([
        "sihanoukville", "bavet", "poipet", "kampot-bokor", "osmach", "myawaddy", "kk-park", "shwe-kokko",
        "hpa-lu", "payathonzu", "wawlay", "laukkaing", "tachileik", "golden-triangle-sez",
      ]),
    );
  });

  it("looks places up by id", () => {
    expect(lookupPlace("mae-sot")).toEqual({ id: "mae-sot", name: "Mae Sot", country: "TH", kind: "border-town", tier: "transit" });
    expect(lookupPlace("atlantis")).toBeUndefined();
  });
});

describe("the place-cue regular expressions", () => {
  it.each(PLACE_CUE_PATTERNS.map((pattern) => ({ source: pattern.source.slice(0, 60), pattern })))(
    "has no catastrophic backtracking: $source",
    ({ pattern }) => {
      expect(redosVerdict(pattern.source, pattern.flags.replace(/[gy]/g, "")).detail).toBe("safe");
    },
  );
});
