import { describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { flagValues } from "./flags.js";

// Batch 37 (Sinhala): the ways notices of the Bureau (SLBFE), news reports, forum replies, returnees'
// posts and agencies' impersonation notices warn job seekers, deny lure features, and set lures'
// wording out as examples. Every cue sits beside a lure that uses the same words to make its offer.

advisoryCueTable("Sinhala advisory cues (batch 37)", "sin", {
  counted: [
    ["traffickers deceive young people", "ජාවාරම්කරුවන් රැකියා පොරොන්දු දී තරුණයින් රවටති."],
    ["taken to a cyber scam camp", "ඔවුන්ව මායිමෙන් එහා සයිබර් වංචා කඳවුරකට ගෙන ගියා."],
    ["verify with the 1989 hotline", "රැකියාව භාර ගැනීමට පෙර 1989 අමතා තහවුරු කරගන්න."],
    ["check the agency's licence number", "ඒජන්සියේ බලපත්‍ර අංකය පරීක්ෂා කර බලන්න."],
    ["report it to the Bureau", "එවැනි පණිවිඩයක් ආවොත් SLBFE එකට report කරන්න."],
    ["call the 1989 hotline", "විස්තර සඳහා 1989 හොට්ලයින් අංකය අමතන්න."],
    ["fake job adverts", "ව්‍යාජ රැකියා දැන්වීම් ගැන සැලකිලිමත් වන්න."],
    ["the advert is wholly fake", "ඒ පළ වූ දෙය සම්පූර්ණයෙන්ම ව්‍යාජයි."],
    ["be careful about such adverts", "සමාජ මාධ්‍යවල පළවන එවැනි දැන්වීම් ගැන ප්‍රවේශමෙන් සිටින්න."],
    ["do not go to work on a visit visa", "Visit visa එකෙන් රැකියාවකට යන්න එපා."],
    ["working on a tourist visa is unlawful", "සංචාරක වීසා මත වැඩ කිරීම නීති විරෝධී වේ."],
    ["a clear red flag", "මේක පැහැදිලි red flag එකක්."],
    ["go only through a licensed agency", "බලපත්‍රලාභී ඒජන්සියක් හරහා පමණක් විදෙස් ගත වන්න."],
    ["the embassy stepped in to rescue them", "ඔවුන් ගලවා ගැනීමට තානාපති කාර්යාලය මැදිහත් විය."],
    ["their passports were taken", "එහි ගිය පසු ඔවුන්ගේ passport අත්පත් කරගෙන තිබුණා."],
    ["forced to run scams", "දවස පුරා scam කරන්න බල කළා."],
    ["told to deceive foreigners", "විදේශිකයන්ව අන්තර්ජාලයෙන් රවට්ටන්න කිව්වා."],
    ["a ransom to be let go", "නිදහස් වීමට ලක්ෂ ගණනක මුදලක් ඉල්ලා සිටියා."],
    ["think twice about such offers", "WhatsApp එකෙන් එන offers ගැන දෙපාරක් හිතන්න."],
    ["asks whether the job is genuine", "මට ආපු මේ job එක ඇත්තද?"],
  ],
  notCounted: [
    ["a lure denying it is trafficking", "මෙය මිනිස් ජාවාරමක් නොවේ, අපි නීත්‍යානුකූල සමාගමක්."],
    ["a lure denying it is a scam camp", "අපේ office එක වංචා කඳවුරක් නෙවෙයි, හොඳ company එකක්."],
    ["a lure pointing to its own licence", "අපේ license number එක check කරන්න, ඊට පස්සේ passport copy එක එවන්න."],
    ["a lure saying no report is needed", "SLBFE එකට report කරන්න ඕන නෑ, කෙලින්ම අපිට message කරන්න."],
    ["a lure telling the reader not to fear a tourist visa", "Tourist visa එකෙන් එන්න, බය වෙන්න එපා."],
    ["a lure denying a tourist visa is unlawful", "Tourist visa එකෙන් වැඩ කරන එක නීති විරෝධී නෑ."],
    ["a lure denying any red flag", "කිසිම red flag එකක් නෑ, ඔක්කොම හරි."],
    ["a lure routing through its own agency", "අපේ බලපත්‍රලාභී ඒජන්සිය හරහා, ඉක්මනින් යන්න."],
    ["a lure urging not to think twice", "අපේ offer එක ගැන දෙපාරක් හිතන්න එපා, අදම apply කරන්න."],
    ["a lure answering its own question", "මේ job එක ඇත්තද? ✅ ඔව් 100%"],
    ["an English 'red flags' header in a lure", "Red flags: agencies asking big fees. We only charge a small fee."],
  ],
});

describe("Sinhala denials and warning lists (batch 37)", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["a notice: do not go abroad for work on a tourist visa", "සංචාරක වීසා මත රැකියා සඳහා විදේශගත නොවන්න.", { "travel.touristVisa": false }],
    ["a returnee: never go to a job on a visit visa", "Visit visa එකෙන් රස්සාවකට යන්න එපා.", { "travel.touristVisa": false }],
    ["a reply: working there on a tourist visa is against the law", "Tourist visa එකෙන් ගිහින් වැඩ කරන එක නීතියට විරුද්ධයි.", { "travel.touristVisa": false }],
    ["a lure: come on a tourist visa, don't be afraid", "Tourist visa එකෙන් එන්න, බය වෙන්න එපා.", { "travel.touristVisa": true }],
    ["a lure: a tourist visa is not unlawful", "Tourist visa එකෙන් එන එක නීති විරෝධී නෑ.", { "travel.touristVisa": true }],
    ["a lure: you can go on a visit visa", "Visit visa එකෙන් යන්න පුළුවන්, වැඩට යන්න එපා කියලා බය වෙන්න එපා.", { "travel.touristVisa": true }],
    ["a local job: no registration fee", "කිසිදු ලියාපදිංචි ගාස්තුවක් නැත.", { "fees.upfrontFee": false }],
    ["a lure: a registration fee to pay", "ලියාපදිංචි ගාස්තුව රු. 5,000යි.", { "fees.upfrontFee": true }],
    ["a lure: you cannot go without the registration fee", "ලියාපදිංචි ගාස්තුවක් නැතුව යන්න බෑ.", { "fees.upfrontFee": true }],
    [
      "a notice's list of what such adverts say",
      "එවැනි දැන්වීම්වල නිතර දක්නට ලැබෙන වාක්‍ය:\n• Tourist visa එකෙන් එන්න\n• ලියාපදිංචි ගාස්තු ලෙස රු. 20,000ක්",
      { "travel.touristVisa": false, "fees.upfrontFee": false },
    ],
    [
      "an agency's notice of an advert spread in its name",
      "අපගේ ආයතනයේ නමින් පහත දැන්වීම WhatsApp groups වල පැතිරෙමින් පවතී:\nThailand job, tourist visa එකෙන් එන්න\n\nඑය ව්‍යාජයි.",
      { "travel.touristVisa": false },
    ],
    ["a lure's own list of perks", "අපේ පහසුකම්:\n• Tourist visa එකෙන් එන්න\n• ලියාපදිංචි ගාස්තු ලෙස රු. 20,000ක්", { "travel.touristVisa": true, "fees.upfrontFee": true }],
    [
      "a lure announcing its own advert",
      "පහත දැන්වීම අපගේ නිල පිටුවේ පළ වෙමින් පවතී:\nThailand job, tourist visa එකෙන් එන්න",
      { "travel.touristVisa": true },
    ],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
