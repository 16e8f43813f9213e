import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeField } from "../../src/normalize/normalize.js";
import { TriggerRegistry, candidateLiterals, companionLiterals, forEachWindowMatch, literalFrequencyPerMillion, literalTriggers, matchLeadTerms, triggerLiterals, withoutSuperstrings } from "../../src/features/triggers.js";
import literalFrequency from "../../src/generated/literal-frequency.json";

const BOUNDARY = "\u0000";

describe("companion literals", () => {
  it.each([
    // The trigger is the mandatory set whose literals occur least in ads ("paid " alone is rarer than
    // "ticket", "flight" and "airfare" together); the companion the longest of the others.
    ["\\bpaid\\s(?:[a-z]{2,9}\\s)?(?:tickets?|flights?|airfare)\\b", [`${BOUNDARY}paid `], ["ticket", "flight", "airfare"]],
    ["(?:ไม่มี|ไม่เก็บ)[^\\n]{0,6}ค่า(?:หัว|นายหน้า)", ["ค่าหัว", "ค่านายหน้า"], ["ไม่มี", "ไม่เก็บ"]],
    // Common words ("required", "needed", "none") and short fragments are never companions.
    ["\\b(?:no|without)\\s(?:[a-z]+\\s)?experience\\s(?:required|needed)\\b", ["experience r", "experience n"], null],
    // A top-level alternation has no set that every branch shares.
    ["visa|ticket", ["visa", "ticket"], null],
    // A plain-text stretch with optional parts is one set of whole strings: nothing is left to be a companion.
    ["\\bvisa(?:\\sagent)?\\sfees?\\b", [`${BOUNDARY}visa agent f`, `${BOUNDARY}visa fee`], null],
  ])("reads %s as triggered by %j with companions %j", (source, trigger, companions) => {
    const literals = triggerLiterals(source);
    expect(literals).toEqual(trigger);
    expect(companionLiterals(source)).toEqual(companions);
  });
});

describe("triggers chosen by how often their literals occur in ads", () => {
  it("reads a literal's frequency from the generated table, and ranks literals the table lacks below its threshold", () => {
    const table = literalFrequency.perMillion as Record<string, number>;
    expect(literalFrequencyPerMillion("interview")).toBe(table["interview"]);
    // A word-boundary mark does not change which characters the scan looks for.
    expect(literalFrequencyPerMillion(`${BOUNDARY}interview`)).toBe(table["interview"]);
    expect(table["zqxv"]).toBeUndefined();
    expect(literalFrequencyPerMillion("zqxv")).toBeLessThan(literalFrequency.minimumPerMillion);
    // Among missing literals, longer ones count as rarer; a listed common word never as rare.
    expect(literalFrequencyPerMillion("zqxvzqxvzq")).toBeLessThan(literalFrequencyPerMillion("zqxv"));
    expect(literalFrequencyPerMillion("the")).toBeGreaterThan(literalFrequency.minimumPerMillion);
  });

  it.each([
    // An app name is rarer than "interview", which nearly every job ad holds, though shorter.
    ["\\binterviews?\\b[^\\n]{0,20}\\b(?:telegram|signal)\\b", [`${BOUNDARY}telegram`, `${BOUNDARY}signal`]],
    // "paid " alone is rarer than "ticket", "flight" and "airfare" together.
    ["\\bpaid\\s(?:[a-z]{2,9}\\s)?(?:tickets?|flights?|airfare)\\b", [`${BOUNDARY}paid `]],
  ])("triggers %s on %j", (source, trigger) => {
    expect(triggerLiterals(source)).toEqual(trigger);
  });

  it("lists every literal the parser weighs, so the table can be measured for all of them", () => {
    // The groups' own sets, then the plain-text stretch multiplied out (and cut to twelve characters).
    expect(candidateLiterals("\\b(?:pm|dm)\\s(?:me|us)\\s(?:details|info)\\b")).toEqual(
      ["pm", "dm", "me", "us", "details", "info", "pm me detail", "pm me info", "pm us detail", "pm us info", "dm me detail", "dm me info", "dm us detail", "dm us info"],
    );
  });

  it("keeps every table entry at or above its threshold", () => {
    const counts = Object.values(literalFrequency.perMillion as Record<string, number>);
    expect(counts.length).toBeGreaterThan(1000);
    expect(counts.every((count) => Number.isFinite(count) && count >= literalFrequency.minimumPerMillion)).toBe(true);
  });
});

describe("plain-text stretches multiplied out", () => {
  it.each([
    // Each alternative of a plain group, and each choice of an optional character or group, is spelt
    // out, then cut to twelve characters (a match holding a string holds its start too).
    ["\\b(?:lam|bao) (?:visa|thi thuc) lao dong\\b", [`${BOUNDARY}lam visa lao`, `${BOUNDARY}lam thi thuc`, `${BOUNDARY}bao visa lao`, `${BOUNDARY}bao thi thuc`]],
    ["\\bfree (?:air )?tickets?\\b", [`${BOUNDARY}free air tic`, `${BOUNDARY}free ticket`]],
    ["경력 ?무관", ["경력 무관", "경력무관"]],
    // Cut strings that hold one another keep only the shortest: "experience :" holds no other, "experience: " does not hold "experience:n".
    ["\\bexperience\\s{0,3}:\\s{0,3}(?:none|nil)", [`${BOUNDARY}experience :`, `${BOUNDARY}experience: `, `${BOUNDARY}experience:n`]],
    // A finished string that holds another is dropped ("free tickets" holds "free ticket"), but never a
    // prefix that goes on: "khong" holds "k", yet "khong noi" does not hold "k noi".
    ["\\bfree\\s(?:tickets?|fares?)", [`${BOUNDARY}free ticket`, `${BOUNDARY}free fare`]],
    ["\\b(?:khong|k)\\s(?:noi|ke)\\b", [`${BOUNDARY}khong noi`, `${BOUNDARY}khong ke`, `${BOUNDARY}k noi`, `${BOUNDARY}k ke`]],
    // Whitespace meeting whitespace is one run of the collapsed text the scan reads, never two spaces.
    ["(?:ab |xy)\\s+cd", ["ab cd", "xy cd"]],
    ["(?:ab |xy )\\s+cd", ["ab cd", "xy cd"]],
    ["ab\\s\\scd", ["ab cd"]],
    ["ab\u00a0cd", ["ab cd"]],
    ["ab\tcd", ["ab cd"]],
    // More than 32 strings: the stretch stops multiplying and the rarest set left is chosen.
    ["\\b(?:a1|b1|c1|d1|e1)\\s(?:a2|b2|c2|d2|e2|f2|g2|h2)\\s(?:alpha|beta)\\b", [" alpha", " beta"]],
    // Up to 32, they multiply: 4 × 2 × 2 strings, each a whole match's text.
    ["\\b(?:a1|b1|c1|d1)\\s(?:a2|b2)\\s(?:alpha|beta)\\b", ["a1 a2 alpha", "a1 a2 beta", "a1 b2 alpha", "a1 b2 beta", "b1 a2 alpha", "b1 a2 beta", "b1 b2 alpha", "b1 b2 beta", "c1 a2 alpha", "c1 a2 beta", "c1 b2 alpha", "c1 b2 beta", "d1 a2 alpha", "d1 a2 beta", "d1 b2 alpha", "d1 b2 beta"].map((text) => BOUNDARY + text.slice(0, 12))],
  ])("reads %s as %j", (source, literals) => {
    expect(triggerLiterals(source)).toEqual(literals);
  });

  it("finds a match whose whitespace runs meet across a group", () => {
    const registry = new TriggerRegistry();
    const id = registry.register("(?:ab |xy)\\s+cd");
    expect([...registry.scanOf(normalizeField("description", "ab \n cd")).hits]).toEqual([id]);
  });

  it("finds a pattern whose trigger strings share prefixes with one another", () => {
    const registry = new TriggerRegistry();
    const id = registry.register("\\b(?:khong|k)\\s(?:noi|ke)\\b");
    expect([...registry.scanOf(normalizeField("description", "Khong noi voi ai")).hits]).toEqual([id]);
    expect([...registry.scanOf(normalizeField("description", "k ke ai")).hits]).toEqual([id]);
    expect([...registry.scanOf(normalizeField("description", "khong biet noi")).hits]).toEqual([]);
  });
});

describe("the trigger registry with companions", () => {
  const registry = new TriggerRegistry();
  const paidTicket = registry.register("\\bpaid\\s(?:[a-z]{2,9}\\s)?(?:tickets?|flights?|airfare)\\b");
  const freeTicket = registry.register("\\bfree (?:[a-z]{2,9} )?tickets?\\b");
  const hitsIn = (text: string): number[] => [...registry.scanOf(normalizeField("description", text)).hits];

  it.each([
    ["paid air ticket and free ticket", [paidTicket, freeTicket]],
    // The trigger occurs but no companion does.
    ["ticket and flight included", []],
    ["ticket booked; the company paid", []],
    // A companion occurs, but farther from every trigger occurrence than a match could reach.
    [`paid leave. ${"x ".repeat(80)} one ticket`, []],
    [`free meals ${"y ".repeat(80)} a ticket, then a free ticket`, [freeTicket]],
  ])("in %j runs only %j", (text, expected) => {
    expect(hitsIn(text)).toEqual(expected);
  });

  it("keeps a one-character literal registered both with and without a word-boundary mark", () => {
    const own = new TriggerRegistry();
    const bare = own.register("₹\\d");
    const atBoundary = own.register("\\b₹");
    expect(triggerLiterals("₹\\d")).toEqual(["₹"]);
    expect(triggerLiterals("\\b₹")).toEqual([`${BOUNDARY}₹`]);
    expect([...own.scanOf(normalizeField("description", "a₹5")).hits]).toEqual([bare, atBoundary]);
  });

  it("still finds every match a scan of the whole text finds", () => {
    const texts = ["we paid the ticket? no: paid   air\u00a0tickets!", `free ${"z".repeat(40)} ticket, free air tickets, freeticket, free\nticket`];
    for (const text of texts) {
      const field = normalizeField("description", text);
      const scan = registry.scanOf(field);
      for (const id of [paidTicket, freeTicket]) {
        const regex = new RegExp(registry.regex(id).source, "g");
        const whole = [...field.text.matchAll(regex)].map((match) => match.index);
        const h = [...scan.hits].indexOf(id);
        const windowed: number[] = [];
        if (h >= 0) {
          for (let w = scan.first[h]!; w < scan.first[h + 1]!; w++) {
            regex.lastIndex = scan.from[w]!;
            const input = field.text.slice(0, scan.to[w]!);
            for (let match = regex.exec(input); match; match = regex.exec(input)) if (!windowed.includes(match.index)) windowed.push(match.index);
          }
        }
        expect(windowed, `${id} in ${text}`).toEqual(whole);
      }
    }
  });
});

describe("the trigger scan's automaton", () => {
  // Literals that end inside one another ("she" holds "he"; "hers" starts where "she" ends) are found
  // through the automaton's failure and output links; each reports where its own occurrence starts.
  const registry = new TriggerRegistry();
  const sources = ["she\\b", "\\bhe\\w", "hers", "his", "ushers?", "sher", "\\sjob\\soffer", "ค่าหัว", "飞机"];
  const ids = sources.map((source) => registry.register(source));
  const matchesIn = (text: string): string[] => {
    const field = normalizeField("description", text);
    const scan = registry.scanOf(field);
    const found: string[] = [];
    scan.hits.forEach((id, h) => {
      for (let w = scan.first[h]!; w < scan.first[h + 1]!; w++) {
        const regex = new RegExp(sources[id]!, "g");
        regex.lastIndex = scan.from[w]!;
        const input = field.text.slice(0, scan.to[w]!);
        for (let match = regex.exec(input); match; match = regex.exec(input)) found.push(`${sources[id]}@${match.index}`);
      }
    });
    return [...new Set(found)].sort();
  };
  const wholeText = (text: string): string[] => {
    const normalized = normalizeField("description", text).text;
    return sources.flatMap((source) => [...normalized.matchAll(new RegExp(source, "g"))].map((match) => `${source}@${match.index}`)).sort();
  };

  it.each([
    "ushers and she heard his hers",
    "the   job \n\t offer and a\u00a0job offer",
    "ไม่เก็บค่าหัว 飞机 she",
    "shers hishers herself",
    // "she" ends inside the path of "usher"; "sher" ends with "usher" itself, "hers" after it.
    "an ushe, ushers",
  ])("finds in %j exactly what the regexes find over the whole text", (text) => {
    expect(matchesIn(text)).toEqual(wholeText(text));
    expect(matchesIn(text).length).toBeGreaterThan(0);
  });

  it("runs no pattern whose literal does not occur", () => {
    const field = normalizeField("description", "sh e h is hi s");
    expect([...registry.scanOf(field).hits]).toEqual([]);
    expect(ids).toHaveLength(sources.length);
  });
});

describe("the trigger scan's automaton on random registries", () => {
  // Seeded registries large enough (over 64 classes, thousands of nodes) for the dense table (the
  // shallow nodes reached through the commonest classes), the only-child steps, the edge table and
  // failure walks from deeper nodes and rarer classes, then grown after a first scan.
  let seed = 20261129;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const small = "abcdeh".split("");
  const extra = Array.from({ length: 120 }, (_, i) => String.fromCharCode(0x4e00 + i));
  const astral = ["\u{1F4DE}", "\u{20000}"];
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const randomLiteral = (): string => {
    let literal = "";
    for (let i = 2 + Math.floor(random() * 9); i > 0; i--) {
      const r = random();
      literal += r < 0.7 ? pick(small) : r < 0.85 ? pick(extra) : r < 0.92 ? " " : pick(astral);
    }
    return literal.replace(/ +/g, " ").trim() || "ab";
  };
  // Items before the literal move it into the match, by as much as they consume (lookarounds by
  // nothing); items after it lengthen the match. Windows start at the lead and end at the reach.
  const prefixes = ["", "", "", "[a-e]{0,3}", "(?:ab|c)?", "(?<=[a-e])", "(?<!x)", "(?:x|\\s){1,2}", "\\d?"];
  const suffixes = ["", "", "[^.]{0,12}", "\\w{0,4}", "(?=[a-h])"];
  const randomSource = (): string => {
    const body = randomLiteral().split(" ").map(escape).join("\\s+");
    const r = random();
    const core = r < 0.2 ? `\\b${body}` : r < 0.3 ? `\\s${body}` : body;
    return `${pick(prefixes)}${core}${pick(suffixes)}`;
  };
  const randomText = (): string => {
    let text = "";
    for (let i = 50 + Math.floor(random() * 300); i > 0; i--) {
      const r = random();
      text += r < 0.6 ? pick(small) : r < 0.75 ? pick(extra) : r < 0.85 ? pick([" ", "  ", "\t\n ", "\u00a0", "\u3000 "]) : r < 0.9 ? pick(astral) : pick(["x", "-", "."]);
    }
    return text;
  };

  it("finds every match a whole-text scan finds, before and after the registry grows", () => {
    const registry = new TriggerRegistry();
    const sources: string[] = [];
    const add = (count: number): void => {
      for (let i = 0; i < count; i++) {
        const source = randomSource();
        sources.push(source);
        registry.register(source, random() < 0.3 ? "gu" : "g");
      }
    };
    add(600);
    let compared = 0;
    for (let phase = 0; phase < 2; phase++) {
      for (let t = 0; t < 25; t++) {
        const field = normalizeField("description", randomText());
        const text = field.text;
        const scan = registry.scanOf(field);
        const windowed = new Set<string>();
        scan.hits.forEach((id, h) => forEachWindowMatch(text, scan, h, registry.regex(id), (match) => windowed.add(`${id}@${match.index}:${match[0].length}`) !== null));
        const missed: string[] = [];
        sources.forEach((source, id) => {
          const regex = registry.regex(id);
          regex.lastIndex = 0;
          for (let match = regex.exec(text); match; match = regex.exec(text)) {
            if (match[0].length === 0) {
              regex.lastIndex += 1;
              continue;
            }
            compared += 1;
            if (!windowed.has(`${id}@${match.index}:${match[0].length}`)) missed.push(`${source} @${match.index}`);
          }
        });
        expect(missed).toEqual([]);
      }
      add(200);
    }
    const automaton = registry as unknown as { rootChild: Int32Array; nodeTable: Int32Array; dense: Int32Array };
    expect(automaton.rootChild.length).toBeGreaterThan(64);
    expect(automaton.nodeTable.length / 4).toBeGreaterThan(1024);
    // Dense rows for the shallow common-class nodes only, each row built after its failure target's.
    const denseRows = automaton.dense.length / 64;
    expect(denseRows).toBeGreaterThan(1);
    expect(denseRows).toBeLessThan(automaton.nodeTable.length / 4);
    const lateFailures: number[] = [];
    for (let node = 1; node < denseRows; node++) if (automaton.nodeTable[4 * node + 2]! >= node) lateFailures.push(node);
    expect(lateFailures).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  }, 60_000);
});

describe("where a match can start before its trigger (the lead)", () => {
  const leadOf = (source: string) => {
    const { leadEnd } = literalTriggers(source);
    return leadEnd === null ? null : matchLeadTerms(source, leadEnd).fixed;
  };

  it.each([
    // The trigger leads: the match starts at most its own length before an occurrence ends.
    ["\\bvisa\\b[^.]{0,60}", 4],
    // Lookarounds consume nothing; what follows the trigger's item never counts.
    ["(?<!never\\s)\\bvisa\\sfee\\b[^.]{0,40}", 8],
    ["(?=.{0,9}x)abc\\w{0,9}", 3],
    // Consuming items before it count at their longest.
    ["[a-z]{0,5}\\s{1,3}tickets?\\b[^.]{0,30}", 15],
    // A top-level alternation has no single place for its trigger.
    ["a|bcd", null],
  ])("bounds the lead of %s at %s", (source, lead) => {
    expect(leadOf(source)).toBe(lead);
  });

  it("starts a pattern's window at its lead before the trigger, not its whole reach", () => {
    const registry = new TriggerRegistry();
    const id = registry.register("\\bvisa\\b[^.]{0,60}");
    const field = normalizeField("description", `${"word ".repeat(30)}visa on arrival`);
    const scan = registry.scanOf(field);
    const h = [...scan.hits].indexOf(id);
    expect(h).toBeGreaterThanOrEqual(0);
    const occurrence = field.text.indexOf("visa");
    expect(scan.from[scan.first[h]!]).toBe(occurrence - 4);
  });
});

describe("the trigger scan's dense table past 16 bits", () => {
  // 100,000 five-character literals over 62 characters: more than 65,535 nodes lie within three
  // characters of the root, so dense rows point at nodes whose numbers a 16-bit entry cannot hold;
  // those steps must take the slow way and still find every match.
  it("finds every match when dense entries overflow", () => {
    let seed = 20261129;
    const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = [..."abcdefghijklmnopqrstuvwxyz0123456789", ...Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x4e00 + i))];
    const word = (): string => Array.from({ length: 5 }, () => alphabet[Math.floor(random() * alphabet.length)]!).join("");
    const registry = new TriggerRegistry();
    const sources = new Set<string>();
    while (sources.size < 100_000) sources.add(word());
    const list = [...sources];
    for (const source of list) registry.register(source);
    let compared = 0;
    for (let t = 0; t < 4; t++) {
      // Registered words, stray fragments of them and random characters, run together and spaced.
      const parts = Array.from({ length: 120 }, () => (random() < 0.5 ? list[Math.floor(random() * list.length)]! : word().slice(0, 1 + Math.floor(random() * 5))));
      const field = normalizeField("description", parts.join(random() < 0.5 ? " " : ""));
      const scan = registry.scanOf(field);
      const windowed = new Set<string>();
      scan.hits.forEach((id, h) => forEachWindowMatch(field.text, scan, h, registry.regex(id), (match) => windowed.add(`${id}@${match.index}`) !== null));
      const whole = new Set<string>();
      list.forEach((source, id) => {
        for (let at = field.text.indexOf(source); at >= 0; at = field.text.indexOf(source, at + 1)) whole.add(`${id}@${at}`);
      });
      compared += whole.size;
      expect([...whole].filter((key) => !windowed.has(key))).toEqual([]);
    }
    expect(compared).toBeGreaterThan(100);
    const dense = (registry as unknown as { dense: Uint16Array }).dense;
    expect(dense.includes(0xffff)).toBe(true);
  }, 60_000);
});

describe("withoutSuperstrings", () => {
  // The rule itself, pair by pair: a string goes when it holds another of the set; a marked string
  // (one that must start at a word boundary) is only held by marked strings that start with it.
  const reference = (strings: readonly string[]): string[] => {
    const unique = [...new Set(strings)];
    const bare = (s: string): string => (s.startsWith("\u0000") ? s.slice(1) : s);
    return unique.filter((text, k) =>
      !unique.some((other, j) => {
        if (j === k) return false;
        const marked = other !== bare(other);
        return marked ? text !== bare(text) && bare(text).startsWith(bare(other)) : bare(text).includes(bare(other));
      }),
    );
  };
  const literal = fc.tuple(fc.boolean(), fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "ก"), maxLength: 5 })).map(([marked, text]) => (marked ? `\u0000${text}` : text));

  it("keeps exactly the strings that hold no other string of the set", () => {
    fc.assert(
      fc.property(fc.array(literal, { minLength: 2, maxLength: 24 }), (strings) => {
        expect(withoutSuperstrings(strings)).toEqual(reference(strings));
      }),
      { numRuns: 3000 },
    );
  });
});
