import { beforeAll, describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { allFlags, flagValues } from "./flags.js";

// How lawful Korean ads for work abroad say what a lure cannot check: the scheme by name, a permit the
// employer files (or a visa issued by the embassy in Seoul) before departure, named interview rounds
// and a medical check, a contract signed before departure, the ministry a placement agency or a crew
// manager is registered with, and fees that the job seeker never pays. Each row sets (or must not
// set) one flag; the negative rows are what lures say instead: vague claims ("정부 승인", "합법 업체"),
// permits and contracts after arrival, "비용 0원", interviews skipped.

type Row = [gloss: string, text: string, flag: string];

describe("Korean legitimacy markers", () => {
  // Real text builds every lexicon here rather than inside the first row's timeout (empty text builds none).
  beforeAll(() => {
    allFlags("고용노동부 해외취업 안내");
  }, 60_000);

  it.each<Row>([
    // governmentScheme: named government programmes
    ["a World Friends Korea volunteer posting", "월드프렌즈코리아 해외봉사단 2기 단원 모집", "legitimacy.governmentScheme"],
    ["an international organisation JPO programme", "외교부 국제기구 초급전문가(JPO) 파견 선발 공고", "legitimacy.governmentScheme"],
    ["the JET programme for teaching in Japan", "일본 JET 프로그램 국제교류원(CIR) 한국 참가자 모집", "legitimacy.governmentScheme"],
    ["an overseas-employment training course", "해외취업연수 과정 수료 후 현지 기업 면접 연계", "legitimacy.governmentScheme"],
    // workPermitSponsored: employer-filed permits, embassy-issued visas, visa before departure
    ["a Japanese certificate of eligibility filed by the employer", "재류자격인정증명서(COE)는 호텔이 신청합니다.", "legitimacy.workPermitSponsored"],
    ["a Canadian LMIA approval", "캐나다 용접공 채용 (LMIA 승인 완료)", "legitimacy.workPermitSponsored"],
    ["an H-1B sponsorship", "미국 본사에서 H-1B 비자 스폰서 제공", "legitimacy.workPermitSponsored"],
    ["a work visa issued in the employer's name", "고용주 명의 취업비자 발급, 비용은 고객사 부담", "legitimacy.workPermitSponsored"],
    ["a permit and residence card filed by the subsidiary", "법인에서 노동허가(Work Permit)와 임시거주증(TRC) 발급 대행", "legitimacy.workPermitSponsored"],
    ["permit costs borne by the company", "워크퍼밋 발급 비용은 회사가 전액 부담합니다.", "legitimacy.workPermitSponsored"],
    ["a work visa issued, then departure", "서류 → 면접 → 취업비자 발급 → 출국", "legitimacy.workPermitSponsored"],
    ["a work permit issued before departure", "노동허가 발급 후 출국합니다.", "legitimacy.workPermitSponsored"],
    ["a US employer petition", "병원이 I-140 청원을 진행합니다.", "legitimacy.workPermitSponsored"],
    ["a visa interview at the embassy in Seoul", "주한미국대사관 이민비자 인터뷰 후 출국", "legitimacy.workPermitSponsored"],
    // multiStageInterview: named rounds, reference check, demo lesson, medical, orientation
    ["a reference check", "최종 면접 후 레퍼런스 체크를 진행합니다.", "legitimacy.multiStageInterview"],
    ["a demonstration lesson", "서류 합격자는 시범 강의를 진행합니다.", "legitimacy.multiStageInterview"],
    ["two technical interviews", "고객사 기술 인터뷰 2회 (화상)", "legitimacy.multiStageInterview"],
    ["interviews held twice", "면접은 두 차례에 걸쳐 진행됩니다.", "legitimacy.multiStageInterview"],
    ["a medical check in the process", "처우 협의 → 채용 검진", "legitimacy.multiStageInterview"],
    ["a first-round interview", "헤드헌터 1차 인터뷰 (전화)", "legitimacy.multiStageInterview"],
    ["a pre-departure orientation as a stated step", "서류 → 면접 → 출국 전 오리엔테이션(2일)", "legitimacy.multiStageInterview"],
    ["a language test and a medical check", "어학 시험 합격자에 한해 건강검진 실시", "legitimacy.multiStageInterview"],
    ["a second-round executive interview", "1차 실무 면접 후 2차 임원 면접", "legitimacy.multiStageInterview"],
    // writtenContractBeforeTravel
    ["a contract signed, then departure", "근로계약서(영문)에 서명한 뒤 출국합니다.", "legitimacy.writtenContractBeforeTravel"],
    ["a contract that must be signed before departure", "근로계약서는 반드시 출국 전에 검토·서명하게 됩니다.", "legitimacy.writtenContractBeforeTravel"],
    ["a contract signed in advance", "오퍼 및 계약서(국문·영문) 사전 서명", "legitimacy.writtenContractBeforeTravel"],
    ["a contract before entry", "입국 전에 근로계약서를 이메일로 보내 드립니다.", "legitimacy.writtenContractBeforeTravel"],
    ["a bilingual contract before departure", "고용계약서(한국어·영어 병기)는 출국 전 송부", "legitimacy.writtenContractBeforeTravel"],
    // registrationNumber
    ["a corporate registration number", "법인등록번호 110111-1234567", "legitimacy.registrationNumber"],
    ["the Employment Security Act article", "직업안정법 제19조에 따라 등록된 유료직업소개사업자입니다.", "legitimacy.registrationNumber"],
    ["a placement-agency registration number", "국외유료직업소개사업 등록번호: 서울강남-국외-2019-012호", "legitimacy.registrationNumber"],
    ["a crew manager registered with the Ministry of Oceans", "해양수산부에 등록된 선원관리사업자", "legitimacy.registrationNumber"],
    // noFeePolicy
    ["no fee of any kind", "후보자에게 어떠한 수수료도 받지 않습니다.", "fees.noFeePolicy"],
    ["no money under any pretext", "어떤 명목으로도 돈을 받지 않습니다.", "fees.noFeePolicy"],
    ["the placement fee paid by the client", "소개 수수료는 고객사가 부담합니다.", "fees.noFeePolicy"],
    ["a free job-placement service", "본 센터는 무료직업소개사업으로 운영됩니다.", "fees.noFeePolicy"],
    ["fees cannot be taken from job seekers", "구직자로부터 소개요금을 받을 수 없습니다.", "fees.noFeePolicy"],
    ["impersonators asking for money in the company's name", "당사를 사칭하여 금전을 요구하는 연락에 주의하세요.", "fees.noFeePolicy"],
    ["nothing paid into the company's account", "당사 계좌로 받는 돈은 없습니다.", "fees.noFeePolicy"],
    ["no hiring costs", "채용 관련 비용은 일절 받지 않습니다.", "fees.noFeePolicy"],
    // statutoryBenefits: the social insurances named one by one
    ["the national pension and employment insurance", "국민연금, 고용보험 가입", "legitimacy.statutoryBenefits"],
    ["industrial-accident insurance", "산재 보험 적용", "legitimacy.statutoryBenefits"],
    ["the four social insurances", "4대 사회보험 가입", "legitimacy.statutoryBenefits"],
  ])("reads %s", (_gloss, text, flag) => {
    expect(flagValues(text)[flag]).toBe(true);
  }, 30_000);

  it.each<Row>([
    ["a vague government-approved claim", "정부 승인 100% 합법 업체입니다.", "legitimacy.governmentScheme"],
    ["a permit filed after arrival", "입국 후 회사에서 노동허가(Work Permit) 발급 대행", "legitimacy.workPermitSponsored"],
    ["permit costs advanced and then deducted", "워크퍼밋 비용은 회사가 부담하고 첫 달 월급에서 공제합니다.", "legitimacy.workPermitSponsored"],
    ["a permit issued after arrival", "워크퍼밋은 도착 후 발급됩니다.", "legitimacy.workPermitSponsored"],
    ["a tourist visa interview at the embassy", "주한미국대사관 B2 비자 인터뷰만 보면 됩니다.", "legitimacy.workPermitSponsored"],
    ["no pre-departure training", "출국 전 교육 없음, 현지 도착 후 교육", "legitimacy.multiStageInterview"],
    ["pre-departure training alone", "합격 후 출국 전 교육 2주", "legitimacy.multiStageInterview"],
    ["a single Telegram interview", "텔레그램 면접 1회 후 바로 출국", "legitimacy.multiStageInterview"],
    ["a contract written on arrival", "계약서는 현지 도착 후 작성합니다.", "legitimacy.writtenContractBeforeTravel"],
    ["a deposit before entry", "입국 전 계약금 50만 원 입금", "legitimacy.writtenContractBeforeTravel"],
    ["a vague licence claim", "정식 라이선스 보유 업체이니 안심하세요.", "legitimacy.registrationNumber"],
    ["a zero-cost promise", "비용 0원! 항공권 무료", "fees.noFeePolicy"],
    ["a placement fee charged to the candidate", "채용 수수료는 후보자 부담, 30만원 선입금", "fees.noFeePolicy"],
    ["a lure vouching that it is no impersonator", "저희를 사칭하는 곳이 많으니 저희 텔레그램으로만 입금하세요.", "fees.noFeePolicy"],
    ["a fee deducted from pay", "소개비는 첫 월급에서 공제합니다.", "fees.noFeePolicy"],
    ["a pension scheme abroad that is only promised", "현지 연금 제도 안내 예정", "legitimacy.statutoryBenefits"],
  ])("does not read %s", (_gloss, text, flag) => {
    expect(flagValues(text)[flag]).toBe(false);
  });
});

advisoryCueTable("Korean advisory cues in stories and news", "kor", {
  counted: [
    ["forced to commit online fraud", "온라인 사기 범행을 강요당했다고 진술했다."],
    ["a relative who went abroad and was cut off", "동생이 캄보디아로 간 뒤 두 달째 연락이 끊겼어요."],
    ["found dead", "대학생 A씨는 현지에서 숨진 채 발견됐다."],
    ["trapped for months", "몇 달 동안 건물 안에 갇혀 있었어요."],
    ["a police raid", "현지 경찰이 범죄 단지를 급습해 외국인들을 구출했다."],
    ["unable to come home", "아들은 아직 돌아오지 못하고 있습니다."],
    ["suffered confinement", "취업 사기로 감금 피해를 입은 청년들이 늘고 있다."],
    ["rescued and returned home", "구조된 뒤 인천공항으로 돌아왔다."],
  ],
  notCounted: [
    ["a lure denying that anyone is locked in", "갇혀 있는 거 아니에요, 자유롭게 외출 가능합니다."],
    ["a lure denying forced fraud", "사기 강요받는 일 없어요, 정상 업무입니다."],
    ["a friend who came back rich", "친구가 캄보디아 갔다가 돈 많이 벌어서 왔어요."],
  ],
});
