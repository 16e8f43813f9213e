import { beforeAll, describe, expect, it } from "vitest";
import { ADVISORY_ANCHORS, advisoryCues, allFlags } from "./flags.js";

// Thai advisories, news reports, notices and forum replies warn in ordinary wording the lexicon once
// missed: "check with the embassy", "the ministry warns", "beware of scammers", "working on a tourist
// visa is illegal", "victims were rescued", "trapped in a building in Myawaddy", "the police busted a
// gang", "punishable by prison", "signs to look for". Each such line is one advisory cue. A lure's
// self-assurance in the same words ("we checked with the Department, 100% legal", "beware of scammers!
// we are a real company", "a tourist visa is not illegal", "nobody is locked up here") is none.

const ANCHOR = ADVISORY_ANCHORS.tha;

describe("Thai advisory cues in the wording of notices, news and replies", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it("the anchor alone reads two cues", () => {
    expect(advisoryCues(ANCHOR)).toBe(2);
  });

  it.each<[string, string]>([
    ["checking with the Department of Employment before deciding", "ก่อนตัดสินใจ โปรดตรวจสอบข้อมูลกับกรมการจัดหางาน"],
    ["asking the Thai embassy directly", "หากไม่แน่ใจ สอบถามสถานเอกอัครราชทูตไทยได้โดยตรง"],
    ["checking with the provincial employment office (forum reply)", "ควรเช็กกับจัดหางานจังหวัดก่อนทุกครั้ง"],
    ["an embassy warning Thais not to go", "สถานเอกอัครราชทูต ณ กรุงพนมเปญ เตือนคนไทยอย่าเดินทางไปทำงานตามคำชักชวน"],
    ["the labour ministry warning that there are scams", "กระทรวงแรงงานออกมาเตือนว่ามีการหลอกลวงผ่านเฟซบุ๊ก"],
    ["'I want to warn fellow workers'", "ขอเตือนพี่น้องแรงงานทุกท่าน"],
    ["beware of scammers luring people abroad", "ระวังมิจฉาชีพหลอกให้ไปทำงานต่างแดน"],
    ["beware of fraudulent job ads on social media", "ระวังประกาศงานหลอกลวงในโซเชียลมีเดีย"],
    ["do not fall for high-pay advertising", "อย่าหลงกลคำโฆษณารายได้สูง"],
    ["do not pay a broker a processing fee", "อย่าโอนเงินค่าดำเนินการให้นายหน้าก่อนได้สัญญา"],
    ["working on a tourist visa is illegal", "การใช้วีซ่าท่องเที่ยวไปทำงานถือเป็นการผิดกฎหมาย"],
    ["working on a tourist visa is an offence under immigration law", "ทำงานด้วยวีซ่าท่องเที่ยวมีความผิดตามกฎหมายตรวจคนเข้าเมือง"],
    ["Thais who were lured to a border town", "คนไทยที่ถูกล่อลวงไปยังเมืองชายแดน"],
    ["a victim (injured party) telling what happened", "ผู้เสียหายเล่าว่าถูกพาข้ามแม่น้ำตอนกลางคืน"],
    ["most victims are young graduates", "เหยื่อส่วนใหญ่เป็นคนหนุ่มสาวจบใหม่"],
    ["officials went in to rescue Thais", "เจ้าหน้าที่เข้าช่วยเหลือคนไทย 20 คน"],
    ["a brother who was rescued last week", "น้องชายได้รับการช่วยเหลือออกมาเมื่อสัปดาห์ที่แล้ว"],
    ["a daughter trapped in Myawaddy", "ลูกสาวติดอยู่ที่เมียวดีมาสามเดือน"],
    ["people locked in a dark room", "พวกเขาถูกขังในห้องมืดหลายวัน"],
    ["threatened with being sold on", "ถูกข่มขู่ว่าจะขายไปอีกบริษัท"],
    ["police busting a gang", "ตำรวจทลายแก๊งเมื่อคืนนี้"],
    ["unlicensed recruitment punishable by prison", "ผู้ใดจัดหางานโดยไม่ได้รับอนุญาตมีโทษจำคุกไม่เกิน 3 ปี"],
    ["signs to look for in a job ad", "จุดสังเกตประกาศงานที่ไม่ปลอดภัย มีดังนี้"],
    ["features of an ad that should raise suspicion", "ลักษณะประกาศที่ควรสงสัย"],
    ["precautions when applying for work abroad", "ข้อควรระวังในการสมัครงานต่างประเทศผ่านโซเชียล"],
    ["people who were deceived", "ผู้ที่ถูกหลอกส่วนใหญ่ได้รับข้อความทางแชท"],
    ["a reply's verdict 'this is a call-centre gang'", "แบบนี้คือแก๊งคอลครับ ไม่ต้องไป"],
    ["luring Thais to work illegally", "การชักชวนคนไทยไปทำงานโดยผิดกฎหมาย"],
    ["conduct that falls under human trafficking", "พฤติการณ์นี้เข้าข่ายการค้ามนุษย์"],
    ["a mother who filed a police report", "แม่ไปแจ้งความไว้ที่โรงพักแล้ว"],
    ["the consular call centre's number", "โทร 02-572-8442 ได้ตลอด 24 ชั่วโมง"],
    ["the government complaint hotline 1111", "ร้องเรียนศูนย์บริการประชาชน สายด่วน 1111"],
    ["a forum reply 'don't go'", "อย่าไปเลยครับ"],
  ])("reads %s as one more cue", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["a lure saying it checked with the Department itself", "บริษัทเราตรวจสอบกับกรมการจัดหางานแล้ว ถูกต้อง 100%"],
    ["'no need to ask the embassy'", "ไม่ต้องสอบถามสถานทูต เราจัดการให้หมด"],
    ["'check with the Department, we are legal'", "ตรวจสอบกับกรมการจัดหางานได้เลย บริษัทเราถูกต้อง"],
    ["a police warning the lure distances itself from", "ตำรวจเตือนเรื่องแก๊ง แต่เราไม่เกี่ยว"],
    ["a warning about impostors using the company's name", "ขอเตือนทุกคน ระวังเพจปลอมแอบอ้างชื่อบริษัท"],
    ["'beware of scammers using our name, this line only'", "ระวังมิจฉาชีพแอบอ้างชื่อบริษัท ติดต่อไลน์นี้เท่านั้น"],
    ["'beware of scammers! we are a real company'", "ระวังมิจฉาชีพ! เราเป็นบริษัทจริง 100%"],
    ["'don't transfer money to anyone but our account'", "อย่าโอนเงินให้ใคร นอกจากบัญชีบริษัทเราเท่านั้น"],
    ["'who says a tourist visa is illegal?'", "ใครว่าการใช้วีซ่าท่องเที่ยวทำงานผิดกฎหมาย? ที่นี่ทำได้"],
    ["'a tourist visa is not illegal'", "ใช้วีซ่าท่องเที่ยวไม่ผิดกฎหมาย ทำงานได้เลย"],
    ["a tourist-visa question the lure answers itself", "ใช้วีซ่าท่องเที่ยวทำงานผิดกฎหมายไหม? ไม่ผิดค่ะ"],
    ["'no need to fear being lured'", "ไม่ต้องกลัวถูกล่อลวง ที่นี่ปลอดภัย"],
    ["'there are no victims'", "ไม่มีผู้เสียหาย ทุกคนทำงานสบาย"],
    ["'nobody is locked up'", "ไม่มีใครถูกขัง ไปไหนมาไหนได้"],
    ["'no threats, nobody locked up here'", "ที่นี่ไม่มีการข่มขู่ ไม่มีการขังใคร"],
    ["a team 'ready to help with everything'", "ทีมงานพร้อมเข้าช่วยเหลือทุกเรื่อง"],
    ["'people deceived elsewhere are happy with us'", "คนที่ถูกหลอกมาจากที่อื่น มาอยู่กับเราสบาย"],
    ["'this job is no scam'", "งานนี้ไม่ใช่การหลอกลวง ของจริง"],
    ["'is this a scam?' answered by the lure", "งานนี้คือการหลอกลวงหรือเปล่า? ไม่ใช่ค่ะ"],
    ["a company that sued the fake page", "บริษัทได้แจ้งความดำเนินคดีกับเพจปลอมแล้ว"],
    ["'don't cross alone at night, our team picks you up'", "ถ้ามีใครชวนข้ามแม่น้ำเมยเองตอนกลางคืน อย่าไปเด็ดขาด อันตราย รอทีมเรารับที่แม่สอด"],
    ["'how to spot our real page'", "วิธีสังเกตเพจจริงของเรา มีเครื่องหมายยืนยัน"],
    ["a penalty for leaving early", "ถ้าลาออกก่อนครบสัญญาจะถูกปรับ 50,000 บาท"],
    ["'ask for details on LINE'", "สอบถามรายละเอียดเพิ่มเติมทางไลน์"],
    ["'we never lured anyone to work illegally'", "เราไม่เคยชักชวนคนไปทำงานผิดกฎหมาย"],
    ["'don't go (elsewhere), come work with us'", "อย่าไปครับ มาทำกับเราดีกว่า"],
  ])("does not read %s", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(2);
  });
});
