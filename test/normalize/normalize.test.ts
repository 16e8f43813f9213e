import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapSpan } from "../../src/normalize/mapped-text.js";
import { normalizeField, normalizeText } from "../../src/normalize/normalize.js";

describe("normalizeText", () => {
  it.each([
    ["FREE Flight", "free flight"],
    ["ＴＥＬＥＧＲＡＭ", "telegram"],
    ["Теlegram", "telegram"],
    ["fr33 fl1ght to Kamb0dia", "free flight to kambodia"],
    ["$ervice", "service"],
    ["T.E.L.E.G.R.A.M", "telegram"],
    ["c u s t o m e r service", "customer service"],
    // The one-letter Vietnamese word before a dotted name keeps its space.
    ["Làm ở K.a.m.p.u.c.h.i.a", "lam o kampuchia"],
    ["Việc nhẹ lương cao", "viec nhe luong cao"],
    ["Vie\u0302\u0323c", "viec"],
    ["tele\u200bgram", "telegram"],
    ["a\u0000b\u0007c", "abc"],
    ["đồng", "dong"],
    ["月薪３万", "月薪3万"],
    ["usd1500 5k 10am 24/7", "usd1500 5k 10am 24/7"],
    // A leading zero stands for "o" in a word of three letters or more; hours, units and numbers stay.
    ["0p3r4t0r game, 0PERAT0R", "operator game, operator"],
    ["24hrs 0km 0x1f 08123456789 0900-1800 rl-0XXX", "24hrs 0km 0x1f 08123456789 0900-1800 rl-0xxx"],
    ["1,500 USD", "1,500 usd"],
    ["Москва", "москва"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("maps a span of joined spaced letters back to the dotted original", () => {
    const original = "Apply on T.E.L.E.G.R.A.M now";
    const field = normalizeField("description", original);
    const start = field.text.indexOf("telegram");
    const span = field.toOriginal(start, start + "telegram".length);
    expect(original.slice(span.start, span.end)).toBe("T.E.L.E.G.R.A.M");
  });

  it("maps a span of folded Vietnamese back to the characters with tones", () => {
    const original = "Tuyển gấp: việc nhẹ lương cao!";
    const field = normalizeField("title", original);
    const start = field.text.indexOf("viec nhe");
    const span = field.toOriginal(start, start + "viec nhe luong cao".length);
    expect(original.slice(span.start, span.end)).toBe("việc nhẹ lương cao");
  });

  it("maps a span across a removed zero-width space", () => {
    const original = "Apply via Tele\u200bgram";
    const field = normalizeField("text", original);
    const start = field.text.indexOf("telegram");
    const span = field.toOriginal(start, start + 8);
    expect(original.slice(span.start, span.end)).toBe("Tele\u200bgram");
  });

  /** The original characters behind normalised[start, end) of `original`. */
  function originalOf(original: string, normalised: string, needle: string): string {
    const field = normalizeField("description", original);
    expect(field.text).toBe(normalised);
    const start = field.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = field.toOriginal(start, start + needle.length);
    return original.slice(span.start, span.end);
  }

  describe("letters of other scripts spaced or dotted apart", () => {
    it.each([
      // Thai, letter by letter and syllable by syllable: four tokens or more.
      ["งาน ร า ย ไ ด้ สู ง", "งาน รายได้สูง"],
      ["ติดต่อ เท เล แก รม", "ติดต่อ เทเลแกรม"],
      ["(เ ท เ ล เท่านั้น)", "(เทเล เท่านั้น)"],
      // Khmer and Lao, including a vowel typed on its own that NFKC splits (ຳ → ໍ + າ).
      ["កា រ ងា រ ថៃ", "ការងារថៃ"],
      ["ສ.າ.ມ.ຫຼ່.ຽ.ມ", "ສາມຫຼ່ຽມ"],
      ["ກ.ຳ.ປູ.ເ.ຈ.ຍ", "ກ\u0ecd\u0eb2ປູເຈຍ"],
      // CJK: four spaced or three dotted; once one run is deliberate, runs of two join too.
      ["电 报 联 系", "电报联系"],
      ["客 服 / 机 票 报 销", "客服 / 机票报销"],
      ["カ ン ボ ジ ア 事 務", "カンボジア事務"],
      ["캄 보 디 아 고 수 익", "캄보디아고수익"],
      ["해.외.사.무.직 월 천", "해외사무직 월천"],
      ["미.얀.마 - 태.국", "미얀마 - 태국"],
      // Devanagari and Bengali, dotted or hyphenated, one akshara per token (clusters and signs kept).
      ["संपर्क टे.ली.ग्रा.म पर", "संपर्क टेलीग्राम पर"],
      ["म्यां-मा-र में जॉब", "म्यांमार में जॉब"],
      ["ক.ম্বো.ডি.য়া যেতে হবে", "কম্বোডিয়া যেতে হবে"],
      // A danda after the word does not glue to it.
      ["संपर्क टे.ली.ग्रा.म।", "संपर्क टेलीग्राम।"],
    ])("joins %j to %j", (input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it.each([
      // Too short to be deliberate on its own.
      ["电 报", "电 报"],
      ["打 字 员", "打 字 员"],
      ["할 수 있는 일", "할 수 있는 일"],
      ["모.델", "모.델"],
      // Thai puts spaces between phrases: three short words in a row are ordinary.
      ["ทุก วัน ได้ เงิน ดี", "ทุก วัน ได้ เงิน ดี"],
      // Dotted abbreviations stay, even next to a deliberate run.
      ["ตาม พ.ร.บ. แรงงาน", "ตาม พ.ร.บ. แรงงาน"],
      ["ร า ย ไ ด้ ดี ตาม พ.ร.บ.", "รายได้ดี ตาม พ.ร.บ."],
      ["និង ប.ស.ស។", "និង ប.ស.ស។"],
      // A token glued to another letter is part of a word.
      ["a电 报 联 系", "a电 报 联 系"],
      ["电 报 联 系5", "电 报 联 系5"],
      // Hindi and Bengali space their words: short words in a row stay apart.
      ["मैं घर पर हूँ और वह भी", "मैं घर पर हूँ और वह भी"],
      ["আমি এখন ঘরে আছি", "আমি এখন ঘরে আছি"],
      // Two aksharas hyphenated are an ordinary compound (आस-पास, around).
      ["आस-पास के गाँव", "आस-पास के गाँव"],
      // Dotted abbreviations of three aksharas stay (कं.प्रा.लि., Co. Pvt. Ltd.), and "|" is a danda.
      ["नेपाल कं.प्रा.लि. काठमाडौं", "नेपाल कं.प्रा.लि. काठमाडौं"],
      ["काम है|तो|भी", "काम है|तो|भी"],
    ])("leaves %j as %j", (input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it.each([
      ["ติดต่อ เ ท เ ล แ ก ร ม ได้เลย", "ติดต่อ เทเลแกรม ได้เลย", "เทเลแกรม", "เ ท เ ล แ ก ร ม"],
      ["📍 ກ.ຳ.ປູ.ເ.ຈ.ຍ (ບອກ)", "📍 ກ\u0ecd\u0eb2ປູເຈຍ (ບອກ)", "ກ\u0ecd\u0eb2ປູເຈຍ", "ກ.ຳ.ປູ.ເ.ຈ.ຍ"],
      ["📍 ກ.ຳ.ປູ.ເ.ຈ.ຍ (ບອກ)", "📍 ກ\u0ecd\u0eb2ປູເຈຍ (ບອກ)", "\u0eb2", "ຳ"],
      ["工作地点 柬 埔 寨 西 港！", "工作地点 柬埔寨西港!", "西港", "西 港"],
      ["客 服 / 机 票 报 销", "客服 / 机票报销", "客服", "客 服"],
      ["🇰🇭 해.외.사.무.직 월 천 가능", "🇰🇭 해외사무직 월천 가능", "사무직 월천", "사.무.직 월 천"],
    ])("maps a span of %j (%j) back: %j is %j", (original, normalised, needle, expected) => {
      expect(originalOf(original, normalised, needle)).toBe(expected);
    });

    it("maps every joined unit back to the one character it came from", () => {
      const letters = ["ก", "ร", "ม", "电", "报", "客", "캄", "보", "カ", "ン"];
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }),
          fc.constantFrom(" ", ".", "-", "·"),
          (tokens, separator) => {
            const original = `x ${tokens.join(separator)} y`;
            const mapped = normalizeText(original);
            for (let i = 0; i < mapped.text.length; i++) {
              expect(original.slice(mapped.sourceStart[i], mapped.sourceEnd[i])).toBe(mapped.text[i]);
            }
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe("@ and ! written for letters", () => {
    it.each([
      ["c@sino", "casino"],
      ["P@SSPORT", "passport"],
      ["Thail@nd & Myanm@r", "thailand & myanmar"],
      ["sal!ry", "saliry"],
      ["V!ber", "viber"],
      ["C@mb0d!a", "cambodia"],
      ["M!ANMAR", "mianmar"],
      ["free c@sino job", "free casino job"],
      ["ca$h", "cash"],
    ])("folds %j to %j", (input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it.each([
      // E-mail addresses and handles: the contacts extractor reads them from the normalised text.
      ["hr@company.com", "hr@company.com"],
      ["first.last@company.co.th", "first.last@company.co.th"],
      ["jobs+th@company-group.com", "jobs+th@company-group.com"],
      ["name@gmail", "name@gmail"],
      ["hr@company dot com", "hr@company dot com"],
      ["hr@company [dot] com", "hr@company [dot] com"],
      ["@hr_team", "@hr_team"],
      ["Telegram @job4u_hr", "telegram @job4u_hr"],
      ["tg: @hr4", "tg: @hr4"],
      ["careers@f7bistro.pk", "careers@f7bistro.pk"],
      // A missing space before a capital is not a spelling.
      ["Apply now!Contact us", "apply now!contact us"],
      ["Work@Home", "work@home"],
      ["URGENT!Apply", "urgent!apply"],
      ["wow!! Hello!", "wow!! hello!"],
      // A $ ending a word is a currency sign.
      ["US$ 1,500", "us$ 1,500"],
      ["HK$4,990", "hk$4,990"],
      ["NT$32,000", "nt$32,000"],
      ["S$3500/month", "s$3500/month"],
    ])("leaves %j as %j", (input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it.each([
      ["Free c@sino job", "free casino job", "casino", "c@sino"],
      ["Viber: V!ber ok", "viber: viber ok", "viber ok", "V!ber ok"],
      ["mail HR@Company.com now", "mail hr@company.com now", "hr@company.com", "HR@Company.com"],
    ])("maps a span of %j (%j) back: %j is %j", (original, normalised, needle, expected) => {
      const field = normalizeField("description", original);
      expect(field.text).toBe(normalised);
      const start = field.text.lastIndexOf(needle);
      const span = field.toOriginal(start, start + needle.length);
      expect(original.slice(span.start, span.end)).toBe(expected);
    });
  });

  describe("identifiers are not read as leetspeak", () => {
    it.each([
      ["CIN U74999DL2015PTC123456", "cin u74999dl2015ptc123456"],
      ["RA12342019", "ra12342019"],
      ["Registration no: RA1345710", "registration no: ra1345710"],
      ["Licence RA-1234/2019", "licence ra-1234/2019"],
      ["DMW-123-LB-03152023-R", "dmw-123-lb-03152023-r"],
      ["ABC1234", "abc1234"],
      ["id u4E9f", "id u4e9f"],
      ["WhatsApp 01xxx-xxx137", "whatsapp 01xxx-xxx137"],
      // Leetspeak still folds: leet digits only, at most two in a row, no more digits than letters.
      ["fr33 fl1ght", "free flight"],
      ["h0using in Kamb0dia", "housing in kambodia"],
      ["t3l3gr4m", "telegram"],
      // Amounts with letter Os for zeros read as the numbers they hide; words and codes keep their Os.
      ["Payment 9OO $ + c0mmission", "payment 900 $ + commission"],
      ["1OOO USD", "1000 usd"],
      ["salary 5O0 dollars", "salary 500 dollars"],
      ["goo 2go 9o9o", "goo 2go 9o9o"],
    ])("normalises %j to %j", (input, expected) => {
      expect(normalizeText(input).text).toBe(expected);
    });

    it("maps a registration number back to the characters typed", () => {
      expect(originalOf("CIN No U74999DL2015PTC123456.", "cin no u74999dl2015ptc123456.", "u74999dl2015ptc123456")).toBe(
        "U74999DL2015PTC123456",
      );
    });
  });

  it("keeps every mapped span inside the original text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const mapped = normalizeText(text);
        const n = mapped.text.length;
        const start = n === 0 ? 0 : a % n;
        const end = n === 0 ? 0 : start + (b % (n - start + 1));
        const span = mapSpan(mapped, start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles lone surrogates and binary noise without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const mapped = normalizeText(text);
        expect(mapped.sourceStart.length).toBe(mapped.text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("folded clusters seen before", () => {
  it("folds a cluster the same on every call, before and after the memo of clusters fills and clears", () => {
    const thai = "งานทำ ที่พักฟรี ค่าจ้างสูง";
    const first = normalizeText(thai);
    // NFKC splits SARA AM (ำ) into NIKHAHIT and SARA AA: the memo must hand back the folded form.
    expect(first.text).toContain("ทํา");
    // More distinct clusters than the memo holds (CJK ideographs, a few compatibility forms among
    // them that NFKC changes), so it clears at least once.
    const many = Array.from({ length: 9000 }, (_, k) => String.fromCodePoint(0x4e00 + k)).join("") + "\uf900\uf901";
    const folded = normalizeText(many).text;
    expect(folded.endsWith("\u8c48\u66f4")).toBe(true);
    expect(normalizeText(many).text).toBe(folded);
    expect(normalizeText(thai)).toEqual(first);
  });

  it("keeps a combining mark with its base character, whether or not the lookup of marks has seen it", () => {
    // A Vietnamese word typed with combining tone marks (NFD), then the same after its marks are known.
    const decomposed = "Vie\u0302\u0323c la\u0300m";
    expect(normalizeText(decomposed).text).toBe("viec lam");
    expect(normalizeText(decomposed).text).toBe("viec lam");
    // A mark right after a run of plain ASCII belongs to that run's last letter.
    expect(normalizeText("cafe\u0301 ok").text).toBe("cafe ok");
  });

  it("folds a hostile cluster (a letter under thousands of accents) the same, twice", () => {
    const zalgo = `Vie${"\u0301\u0323".repeat(5000)}c la\u0300m`;
    expect(normalizeText(zalgo).text).toBe("viec lam");
    expect(normalizeText(zalgo).text).toBe("viec lam");
  });
});
