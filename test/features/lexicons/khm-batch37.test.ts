import { describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { allFlags } from "./flags.js";

// Batch 37's train half (Khmer): a police notice, a relative's Facebook post, a news report of a
// repatriation, a forum thread, an NGO checklist and licensed recruiters' ads were read as lures.
// The rows below are written for these tests; each cue has rows that must read and lure-form rows
// (the same words used to make an offer, or to vouch for one) that must not.

advisoryCueTable("Khmer advisory cues (batch 37)", "khm", {
  counted: [
    ["victims of the scheme", "ជនរងគ្រោះភាគច្រើនជាយុវជនមកពីជនបទ។"],
    ["rescued out of a building", "ពួកគេត្រូវបានជួយសង្គ្រោះចេញពីអគារមួយ។"],
    ["online fraud compound", "មានអគារធ្វើការបោកប្រាស់តាមអនឡាញជាច្រើននៅតំបន់នោះ។"],
    ["forced to work", "គេបង្ខំឲ្យធ្វើការ ១៦ ម៉ោងក្នុងមួយថ្ងៃ។"],
    ["a criminal gang", "ក្រុមឧក្រិដ្ឋជនប្រើ TikTok ដើម្បីទាក់ទាញយុវជន។"],
    ["fake job ads", "សព្វថ្ងៃមានការផ្សព្វផ្សាយការងារក្លែងក្លាយច្រើនណាស់។"],
    ["call the provincial labour department", "សូមទូរស័ព្ទទៅមន្ទីរការងារខេត្តរបស់អ្នក។"],
    ["check the company with the ministry", "មុននឹងដាក់ពាក្យ សូមពិនិត្យឈ្មោះភ្នាក់ងារជាមួយក្រសួងការងារ។"],
    ["go only through a licensed recruiter", "សូមទៅធ្វើការតាមរយៈក្រុមហ៊ុនដែលមានអាជ្ញាប័ណ្ណតែប៉ុណ្ណោះ។"],
    ["do not believe such messages", "កុំជឿសារដែលសន្យាប្រាក់ខែច្រើនពេក។"],
    ["a verdict: this is a trap", "ការងារស្រួលប្រាក់ខែធំបែបនេះ = អន្ទាក់។"],
    ["real job or trap?", "ការងារនៅក្រៅប្រទេស៖ ពិតឬអន្ទាក់?"],
    ["do not send your passport", "កុំផ្ញើរូបលិខិតឆ្លងដែនទៅអ្នកមិនស្គាល់។"],
    ["deceived through Facebook (an account)", "បងប្រុសខ្ញុំត្រូវគេបោកតាម Facebook ។"],
    ["they took the passports", "ពេលទៅដល់ គេយកលិខិតឆ្លងដែនពួកយើងទាំងអស់។"],
    ["stuck in Myawaddy", "ក្មួយខ្ញុំកំពុងជាប់នៅមៀវ៉ាឌី។"],
    ["the family paid ransom to bring him home", "ម្តាយត្រូវខ្ចីលុយលោះកូនមកវិញ។"],
    ["I blocked the page", "ខ្ញុំ block ហើយ។"],
    ["call the hotline 117", "បើមានព័ត៌មាន សូមទូរស័ព្ទមកលេខ ១១៧។"],
    ["reported the page", "ខ្ញុំបាន report page នោះហើយ។"],
    ["officials appeal to workers", "មន្ត្រីក្រសួងបានអំពាវនាវដល់ពលករឲ្យប្រុងប្រយ័ត្ន។"],
    ["is it real or fake? (an unanswered question)", "ការងារនេះពិតឬក្លែង?"],
  ],
  notCounted: [
    ["we are not trafficking", "ក្រុមហ៊ុនយើងមិនមែនជាការជួញដូរមនុស្សទេ ទៅធ្វើការដោយទុកចិត្ត។"],
    ["we oppose trafficking", "យើងប្រឆាំងការជួញដូរមនុស្ស ការងារស្របច្បាប់ ១០០%។"],
    ["not an online scam", "ការងារនេះមិនមែនការបោកប្រាស់តាមអនឡាញទេ។"],
    ["nobody is forced", "មិនបង្ខំឲ្យធ្វើការទេ ចង់ឈប់ពេលណាក៏បាន។"],
    ["beware of fakes using our name", "ប្រុងប្រយ័ត្នការងារក្លែងក្លាយ ដែលប្រើឈ្មោះក្រុមហ៊ុនយើង។"],
    ["we are no fake job", "យើងមិនមែនជាការងារក្លែងក្លាយទេ ប្រាក់ខែ $1,500។"],
    ["not a trap", "ការងារនេះមិនមែនជាអន្ទាក់ទេ មកចុះឈ្មោះឥឡូវ។"],
    ["do not send money to others, only to us", "កុំផ្ញើលុយទៅអ្នកផ្សេង ផ្ញើមកយើងផ្ទាល់។"],
    ["not afraid of being cheated", "មិនខ្លាចត្រូវគេបោកទេ ព្រោះយើងជាក្រុមហ៊ុនធំ។"],
    ["the recruiter keeps no passport", "ក្រុមហ៊ុនមិនរឹបអូសលិខិតឆ្លងដែនទេ។"],
    ["an ordinary offer abroad", "ការងារនៅថៃ ប្រាក់ខែ ៣០,០០០ បាត ស្នាក់នៅហ្វ្រី ទាក់ទង Telegram។"],
    ["contact us urgently", "ត្រូវការបន្ទាន់ ទាក់ទងបន្ទាន់តាម Telegram។"],
    ["check our own licence at the ministry", "អាចពិនិត្យអាជ្ញាប័ណ្ណរបស់យើងនៅក្រសួងការងារបាន។"],
    ["go through our licensed company", "ទៅធ្វើការតាមរយៈក្រុមហ៊ុនមានអាជ្ញាប័ណ្ណរបស់យើង។"],
    ["a lure's own FAQ, answered", "ការងារនេះពិតឬក្លែង? ✅ ពិត ១០០%!"],
  ],
});

describe("Khmer negation and legitimacy wording (batch 37)", () => {
  it.each<[string, string[]]>([
    // A list of warning signs under its header: the items are what to refuse, not offers.
    ["សញ្ញាដែលត្រូវប្រុងប្រយ័ត្ន៖\nឲ្យធ្វើដំណើរតាមទិដ្ឋាការទេសចរណ៍\nឲ្យឆ្លងព្រំដែនតាមផ្លូវវាង", []],
    ["🚩 សញ្ញាអន្ទាក់\n- ឲ្យទៅតាម visa ទេសចរណ៍\n- ត្រូវបង់ថ្លៃឯកសារមុន", []],
    // The same items as a lure's own list, with no header, still read.
    ["លក្ខខណ្ឌ៖\nធ្វើដំណើរតាមទិដ្ឋាការទេសចរណ៍\nឆ្លងព្រំដែនពេលយប់", ["travel.borderCrossing", "travel.touristVisa"]],
    // "Do not believe ads that send you on a tourist visa" is a warning; the offer is not.
    ["កុំជឿលើការផ្សព្វផ្សាយដែលឲ្យធ្វើដំណើរតាមទិដ្ឋាការទេសចរណ៍", []],
    ["ធ្វើដំណើរតាមទិដ្ឋាការទេសចរណ៍ គ្មានបញ្ហាទេ", ["travel.touristVisa"]],
    ["កុំជឿពាក្យចចាមអារ៉ាម! មកជាមួយយើង ធ្វើដំណើរតាមវីសាទេសចរណ៍", ["travel.touristVisa"]],
    ["កុំធ្វើដំណើរតាមទិដ្ឋាការទេសចរណ៍ទៅធ្វើការ", []],
    ["កុំជឿសារដែលគេនិយាយអាក្រក់ ធ្វើដំណើរតាមវីសាទេសចរណ៍", ["travel.touristVisa"]],
    ["គ្មានអ្នកណាមានបញ្ហា ធ្វើដំណើរតាមវីសាទេសចរណ៍", ["travel.touristVisa"]],
    // A regulated fee with a receipt, an employer who pays: no upfront fee.
    ["ថ្លៃសេវា៖ តាមតារាងដែលក្រសួងការងារបានកំណត់", []],
    ["ថ្លៃសេវា (បើមាន) តាមការកំណត់ មានវិក្កយបត្រ", []],
    ["ថ្លៃសេវា៖ តាមការកំណត់របស់ក្រុមហ៊ុន $800", ["fees.upfrontFee"]],
    ["ថ្លៃសេវាជ្រើសរើស៖ និយោជកជាអ្នកបង់", []],
    ["និយោជកជាអ្នកបង់ថ្លៃសេវាទាំងអស់", ["fees.noFeePolicy"]],
    ["ត្រូវបង់ថ្លៃសេវា $500 មុនចេញដំណើរ", ["fees.upfrontFee"]],
    // Work permit ready before departure; promised for after arrival it is no sponsorship.
    ["ទិដ្ឋាការការងារ និងប័ណ្ណការងាររៀបចំរួចរាល់ មុនពេលឆ្លងដែន", ["legitimacy.workPermitSponsored"]],
    ["ប័ណ្ណការងារធ្វើពេលក្រោយ មិនចាំបាច់មុនចេញដំណើរ", ["travel.workPermitAfterArrival"]],
    ["មិនបាច់ធ្វើ work permit មុនចេញដំណើរទេ", []],
    ["work permit មិនចាំបាច់ធ្វើមុនចេញដំណើរ", []],
    // A contract signed before departure; none before departure, or one signed on arrival, is no contract.
    ["កិច្ចសន្យាជាភាសាខ្មែរ ចុះហត្ថលេខានៅការិយាល័យមុនពេលចេញដំណើរ", ["legitimacy.writtenContractBeforeTravel"]],
    ["គ្មានកិច្ចសន្យាមុនចេញដំណើរទេ", []],
    ["កិច្ចសន្យាចុះហត្ថលេខាពេលទៅដល់ មិនចាំបាច់មុនចេញដំណើរ", []],
    // A national road number is a street address.
    ["ហាងនៅផ្លូវជាតិលេខ ៦ ក្រុងសៀមរាប", ["legitimacy.streetAddress"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
});
