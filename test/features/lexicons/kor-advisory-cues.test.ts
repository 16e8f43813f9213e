import { beforeAll, describe, expect, it } from "vitest";
import { ADVISORY_ANCHORS, advisoryCues, allFlags } from "./flags.js";

// Ordinary ways Korean advisories, news reports, notices and forum answers warn job seekers: each
// such line is one advisory cue. A lure that pastes a warning to look careful ("다른 업체 말에 속지
// 마세요! 저희는 정식 업체"), denies one ("폭행 당할 일 없어요") or quotes it to dismiss it is not one.

const ANCHOR = ADVISORY_ANCHORS.kor;

describe("Korean advisory cues", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it("the anchor alone reads two cues", () => {
    expect(advisoryCues(ANCHOR)).toBe(2);
  }, 30_000);

  it.each<[string, string]>([
    ["do not be fooled by sweet talk of easy money", "쉽게 큰돈을 벌 수 있다는 말에 절대 속지 마세요."],
    ["do not be taken in by the promise of high pay", "고소득 보장 약속에 현혹되지 않도록 하세요."],
    ["be suspicious of posts like these", "이런 구인 글은 일단 의심하세요."],
    ["avoid a company that tells you to enter as a tourist", "관광비자로 먼저 들어오라는 회사는 무조건 피하세요."],
    ["it is very likely a scam", "연락처가 텔레그램뿐이라면 사기일 가능성이 매우 높습니다."],
    ["it is a scam, one hundred per cent", "면접 없이 당일 합격이면 100% 사기입니다."],
    ["report to the cybercrime reporting system", "경찰청 사이버범죄 신고시스템으로도 접수할 수 있습니다."],
    ["a named help centre for migrants or victims", "가까운 피해자 지원기관의 도움을 받을 수 있습니다."],
    ["call a short hotline number", "국번 없이 1345로 전화하면 통역 상담을 받을 수 있습니다."],
    ["rescued nationals came home", "현지 경찰에 구출된 한국인 17명이 어제 귀국했다."],
    ["barely escaped", "A씨는 두 달 만에 겨우 탈출해 귀국했다."],
    ["beaten when targets were missed", "실적을 채우지 못하면 폭행을 당했다고 진술했다."],
    ["ransom demanded from the family", "조직은 가족에게 몸값을 요구했다."],
    ["sold on to another compound", "말을 듣지 않자 다른 단지로 팔려 갔다."],
    ["handed to a fraud gang", "그는 결국 사기 집단에 넘겨졌다."],
    ["a typical overseas job scam", "이것은 전형적인 해외 취업 사기입니다."],
    ["working on a tourist visa is illegal", "관광비자로 입국해 일하는 것은 불법이며 적발되면 추방됩니다."],
    ["you cannot work without a work visa", "무비자로는 합법적으로 일할 수 없습니다."],
    ["check that the work visa was issued", "출국 전에 취업비자가 정식으로 발급됐는지 반드시 확인하세요."],
    ["do not respond to such offers", "모르는 사람이 보낸 해외 일자리 제안에는 절대 응하지 마세요."],
    ["stop your departure", "하나라도 해당되면 출국을 멈추고 먼저 상담하세요."],
    ["tell your family where you are going", "회사 이름과 주소를 가족에게 꼭 알려 두세요."],
    ["the authorities urged caution", "정부는 동남아 고수익 일자리 광고에 대한 주의를 당부했다."],
    ["warned that one should check", "직접 확인해야 한다고 경고했다."],
    ["never hand over your passport", "여권 원본은 누구에게도 맡기지 마세요."],
    ["a genuine company does not ask for that", "정상적인 회사라면 여권 사본부터 요구하지 않습니다."],
    ["fell victim to a job scam", "해외 취업 사기를 당했다면 혼자 고민하지 마세요."],
    ["young people lured abroad by an ad", "고수익 알바 광고에 속아 캄보디아로 건너간 청년들이 많다."],
    ["taking part at all can be punished", "단순 가담만 해도 형사 처벌 대상이 됩니다."],
    ["the family reported them missing", "연락이 끊기자 가족이 실종 신고를 했다."],
  ])("reads '%s' as one more cue", (_gloss, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["a lure warning against other agencies", "다른 업체 말에 속지 마세요! 저희는 100% 정식 업체입니다."],
    ["a lure warning against high-pay ads but promising its own", "고수익 광고에 속지 마세요, 저희는 진짜 고수익 보장합니다."],
    ["a lure granting that one may be suspicious", "이런 조건 의심하실 수 있지만 저희는 합법 회사입니다."],
    ["a lure saying there is no chance of a scam", "사기일 가능성 0%! 안심하고 오세요."],
    ["a lure denying it is a scam", "100% 사기 아닙니다, 걱정 마세요."],
    ["a lure calling the tourist-visa rule a rumour", "관광비자로 일할 수 없다는 건 루머입니다."],
    ["a lure saying tourist-visa work is not punished", "관광비자로 일하면 처벌받는다는 말은 거짓말이에요."],
    ["a lure denying beatings", "구타 당하는 일 없어요, 분위기 좋아요."],
    ["a lure saying it differs from typical scams", "전형적인 사기 광고와는 다릅니다. 정식 법인입니다."],
    ["a lure telling the recruit to hide the job from family", "가족에게는 알리지 마세요."],
    ["a lure asking for a photo instead of the passport", "여권 원본은 보내지 마시고 사진만 찍어서 보내 주세요."],
    ["a lure claiming it charges no deposit either", "정식 업체는 보증금 받지 않습니다. 저희도 보증금 0원!"],
    ["a lure calling itself a genuine company", "저희 같은 정상적인 회사는 여권을 요구하지 않습니다."],
    ["a lure urging not to delay departure", "출국 미루지 마세요, 자리 금방 찹니다."],
    ["a lure joking that nobody needs rescuing", "구조될 일 없어요 ㅋㅋ 안전한 회사입니다."],
    ["a lure keeping the recruit on its own channel", "다른 곳 연락에는 응하지 마시고 저희 텔레그램으로만 연락 주세요."],
    ["a lure saying scam victims are safe here", "취업 사기 당한 적 있으신 분도 여기는 진짜라 안심하세요."],
    ["a lure saying the workplace is under no advisory", "여행주의보 발령 지역 아닙니다, 안전한 시내 근무."],
    ["a lure saying escape is never needed", "탈출할 필요 없어요, 언제든 귀국 가능합니다."],
    ["a lure saying nobody who came was deceived", "속아서 입국한 사람 한 명도 없습니다."],
    ["a lure letting the passport go only to its own staff", "여권은 담당자 말고는 아무에게도 넘기지 마세요."],
    ["a sales lure whose products sell well", "제품이 잘 팔려서 인센티브가 많아요."],
    ["a lure warning of scam tactics, then vouching for itself", "사기 수법에 속지 마세요! 100% 합법 회사입니다."],
    ["a lure granting tourist-visa work is illegal, then converting the visa", "관광비자로 일하는 것은 불법입니다. 그래서 현지에서 취업비자로 바꿔 드립니다."],
    ["a lure asking for referrals", "지인에게 공유하세요! 추천 보너스 지급."],
    ["a lure saying staff may leave the office freely", "사무실에서 빠져나와 자유롭게 외출 가능합니다."],
    ["a lure saying people wrongly think it a scam", "이런 조건은 사기라고 보시는 분들 많은데 진짜예요."],
    ["a lure telling parents to relax", "부모님께 이 공고 보여 주세요, 안심하실 거예요."],
    ["a lure calling punishment a rumour", "단순 가담만 해도 처벌받는다는 건 헛소문입니다."],
    ["a lure disowning missing-person cases", "실종 사건 같은 건 저희 회사와 무관합니다."],
  ])("does not read %s", (_gloss, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(2);
  });
});
