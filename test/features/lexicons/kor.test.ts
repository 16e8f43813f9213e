import { beforeAll, describe, expect, it } from "vitest";
import { allFlags, familyFlags, flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractFees } from "../../../src/features/fees.js";
import { extractLegitimacy } from "../../../src/features/legitimacy.js";
import { extractPlaces } from "../../../src/features/places.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { screen } from "../../../src/index.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
// The lure rows are native wordings the train ads do not use (chat shorthand such as ㅇ/ㄴㄴ/ㅂㅈ,
// colloquial 먹고 자는 건, 몸만 오시면), so that the lexicon is tested on how ads are written.
describe("Korean lexicon (kor)", () => {
  // The first extraction builds every language's lexicon (seconds on a loaded machine); pay it here, not in the first row.
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string, string[]]>([
    ["항공권·숙소 전부 회사 부담, 삼시세끼 무료 제공", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["비자 없이 바로 출국 가능, 이번 주 출국 일정 잡아드립니다", ["travel.noVisaNeeded", "travel.urgentDeparture"]],
    ["관광비자로 입국해서 현지에서 워크퍼밋 전환해 드려요", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["경력·학력 X, 컴퓨터만 할 줄 알면 누구나 OK", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience", "requirements.noSkills"]],
    ["여권 사진 먼저 카톡으로 보내주세요", ["requirements.passportCopyRequested"]],
    ["공항 도착하면 직원이 마중 나갑니다", ["travel.airportPickup"]],
    ["부모님께는 비밀로 하세요, 입국 심사에서는 여행 왔다고 말하면 됩니다", ["travel.hideFromFamily", "travel.poseAsTourist"]],
    ["항공료는 회사가 먼저 내고 첫 달 월급에서 공제합니다", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["중도 퇴사 시 항공료와 위약금을 물어야 합니다", ["fees.penaltyForLeaving"]],
    ["출국 전 비용 일절 없음, 돈 한 푼 안 들어요", ["fees.zeroCostClaim"]],
    ["회사는 교육비·장비비 등 어떠한 비용도 받지 않습니다.", ["fees.noFeePolicy"]],
    ["교육비 30만 원은 첫 월급에서 공제하며, 그 외 비용은 없습니다.", ["fees.upfrontFee"]],
    ["보증금 50만원 선입금 필수, 그 외 비용은 없어요.", ["fees.upfrontFee"]],
    ["수속비 30만원 입금, 다른 비용은 없습니다.", ["fees.upfrontFee"]],
    ["보증금 200만원 선입금, 분할 납부는 제안하지 않습니다.", ["fees.upfrontFee"]],
    ["항공료는 본인 부담이며 숙소는 제공하지 않습니다.", []],
    ["회사가 취업비자와 워크퍼밋 발급, 서류 → 1차 면접 → 2차 임원 면접 → 최종 합격", ["legitimacy.multiStageInterview", "legitimacy.workPermitSponsored"]],
    ["입국 후 회사에서 취업비자 발급", ["travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["서울 강남구 테헤란로 123, 외국어로 30초 자기소개", ["legitimacy.streetAddress"]],
    ["항공비 전액 회사 부담, 원룸 제공", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["비행기값은 저희가 다 냅니다", ["travel.flightProvided"]],
    ["항공권 발권 해드립니다", ["travel.flightProvided"]],
    ["비행기표 숙소 밥 다 회사가 해줌", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["숙식ㅇ 항공ㅇ 비용 0", ["fees.zeroCostClaim", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["먹고 자는 건 다 해결해 드립니다", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["세끼 다 챙겨 드려요", ["travel.foodProvided"]],
    ["숙소비 0원, 식비 무상", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["숙소 완비, 월세 지원", ["travel.accommodationProvided"]],
    ["비자는 저희가 알아서 처리해 드려요", ["travel.visaProvided"]],
    ["비자 발급 비용은 회사가 냅니다", ["travel.visaProvided"]],
    ["노비자 입국 OK", ["travel.noVisaNeeded"]],
    ["ㅂㅈ 필요 없음", ["travel.noVisaNeeded"]],
    ["무비자로 입국하셔서 바로 근무 시작합니다.", ["travel.noVisaNeeded"]],
    ["비자는 안 받아도 됩니다", ["travel.noVisaNeeded"]],
    ["관광 목적으로 입국 후 현지에서 근무", ["travel.touristVisa"]],
    ["여행자 비자로 먼저 들어가시면 됩니다", ["travel.touristVisa"]],
    ["관광으로 먼저 입국해서 일하시면 돼요", ["travel.touristVisa"]],
    ["비자런으로 체류 연장하면서 근무", ["travel.touristVisa"]],
    ["워크퍼밋은 가서 처리합니다", ["travel.workPermitAfterArrival"]],
    ["비자는 일하면서 전환해 드려요", ["travel.workPermitAfterArrival"]],
    ["일주일 안에 출국 가능하신 분", ["travel.urgentDeparture", "travel.workAbroad"]],
    ["빠르면 이번 주 출국", ["travel.urgentDeparture"]],
    ["바로 비행기 태워 드립니다", ["travel.urgentDeparture"]],
    ["출국 일정 바로 잡아드립니다", ["travel.urgentDeparture"]],
    ["합격 후 3일 안에 출국", ["travel.urgentDeparture"]],
    ["공항 도착하시면 직원이 데리러 나갑니다", ["travel.airportPickup"]],
    ["국경 넘어가는 건 저희가 안내", ["travel.borderCrossing"]],
    ["보트로 강을 건너 사무실로 이동", ["travel.borderCrossing"]],
    ["검문소 피해서 이동합니다", ["travel.borderCrossing"]],
    ["입국 심사에서 여행 왔다고 하세요", ["travel.poseAsTourist"]],
    ["공항 직원한테 일하러 간다고 말하지 마세요", ["travel.poseAsTourist"]],
    ["여행 온 척 하시면 됩니다", ["travel.poseAsTourist"]],
    ["일행 아닌 척 따로 입국", ["travel.poseAsTourist"]],
    ["부모님께는 절대 말하지 마세요", ["travel.hideFromFamily"]],
    ["가족들한테는 그냥 어학연수 간다고 하세요", ["travel.hideFromFamily"]],
    ["해외 사무직 모집", ["travel.workAbroad"]],
    ["해외에서 돈 벌 기회", ["travel.workAbroad"]],
    ["동남아 취업 알선", ["travel.workAbroad"]],
    ["외국에서 일할 분", ["travel.workAbroad"]],
    ["경력ㄴㄴ 학력ㄴㄴ", ["requirements.noDegree", "requirements.noExperience"]],
    ["무경력 가능, 왕초보 환영", ["requirements.noExperience"]],
    ["경험 없으셔도 됩니다", ["requirements.noExperience"]],
    ["신입 OK, 경력 안 따짐", ["requirements.noExperience"]],
    ["학벌 안 봄, 중졸도 가능", ["requirements.noDegree"]],
    ["누구든지 가능, 시키는 대로만 하면 됩니다", ["requirements.noSkills"]],
    ["한국어만 되면 OK", ["requirements.noSkills"]],
    // Not knowing English is not needing no skills (see requirements.test.ts).
    ["영어 몰라도 OK", []],
    ["컴맹만 아니면 됩니다", ["requirements.computerBasicsOnly"]],
    ["컴퓨터 조금 다룰 줄 아시면 됩니다", ["requirements.computerBasicsOnly"]],
    ["타자만 빠르면 OK", ["requirements.computerBasicsOnly"]],
    ["20대 여성만, 외모 자신 있는 분", ["requirements.genderOrAppearance"]],
    // Board-and-lodging and free-package wording of chat posts: 나옵니다, 커버, 선결제, 뱅기.
    ["숙소(2인1실)랑 밥 다 나옵니다", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["항공권 숙소 식비 전부 회사에서 커버해줌", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["왕복 뱅기 + 숙소 무료", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["항공권 회사가 선결제", ["travel.flightProvided"]],
    ["입국은 그냥 관광으로 오시면 되고", ["travel.touristVisa"]],
    ["그냥 여행 가듯이 오면 됨", ["travel.touristVisa"]],
    ["비자 신경 안 써도 됨", ["travel.noVisaNeeded"]],
    ["출국은 연락 주신 날 기준 5일 안에", ["travel.urgentDeparture"]],
    ["태국 매솟에서 차로 넘어감", ["travel.borderCrossing"]],
    ["가족분들께는 태국 여행 간다고 해두세요", ["travel.hideFromFamily"]],
    ["폰이랑 노트북만 다룰 줄 알면 OK", ["requirements.computerBasicsOnly"]],
    ["아무 스펙 없어도 되고", ["requirements.noSkills"]],
    // Denied fees are a no-fee statement, not a fee; a fee without refund stays a fee.
    ["소개비나 선불금 없습니다.", ["fees.noFeePolicy"]],
    ["소개비 같은 건 전혀 없어요.", ["fees.noFeePolicy"]],
    ["브로커에게 비용을 내는 것은 불법이며", ["fees.noFeePolicy"]],
    ["보증금은 환불이 없습니다", ["fees.upfrontFee"]],
    // A visa the worker must hold is a condition, not a promise that none is needed.
    ["일본 워킹홀리데이 비자 소지자 또는 취득 예정자 (비자 없이는 채용 불가)", ["legitimacy.governmentScheme"]],
    ["유효한 워킹홀리데이 비자(417/462) 필요", ["legitimacy.governmentScheme"]],
    ["호주 워킹홀리데이 비자 소지자 우대", ["legitimacy.governmentScheme"]],
    ["단체에서 E비자 및 워크퍼밋 발급", ["legitimacy.workPermitSponsored"]],
    ["라오스는 무비자 입국이 가능해 바로 출발", ["travel.noVisaNeeded", "travel.urgentDeparture"]],
    ["프로필 사진 먼저 보내주세요", ["requirements.genderOrAppearance"]],
    ["신장 170 이상, 체중 60 이하", ["requirements.genderOrAppearance"]],
    ["여권만 있으면 지원 가능", ["requirements.passportRequired"]],
    ["여권 캡처해서 보내주세요", ["requirements.passportCopyRequested"]],
    ["여권 사진면 찍어서 먼저 보내주세요", ["requirements.passportCopyRequested"]],
    ["가입비 5만원 선입금", ["fees.upfrontFee"]],
    ["서류비 입금하시면 바로 진행", ["fees.upfrontFee"]],
    ["항공료는 첫 월급에서 빼고 드립니다", ["fees.advanceRepaidFromSalary"]],
    ["빚은 일해서 갚으시면 됩니다", ["fees.advanceRepaidFromSalary"]],
    ["급여에서 나눠서 공제합니다", ["fees.advanceRepaidFromSalary"]],
    ["중간에 그만두면 위약금 500만원", ["fees.penaltyForLeaving"]],
    ["최소 6개월 안 채우면 항공료 물어내야 합니다", ["fees.penaltyForLeaving"]],
    ["중도 귀국 불가", ["fees.penaltyForLeaving"]],
    ["몸만 오시면 됩니다", ["fees.zeroCostClaim"]],
    ["돈 한 푼도 안 들어요", ["fees.zeroCostClaim"]],
    ["비용 걱정 NO", ["fees.zeroCostClaim"]],
    ["무료 출국", ["fees.zeroCostClaim"]],
    ["소개 수수료를 일절 받지 않습니다", ["fees.noFeePolicy"]],
    ["등록비 등 비용 요구 절대 없습니다", ["fees.noFeePolicy"]],
    ["구직자 부담 수수료 없음", ["fees.noFeePolicy"]],
    ["국외유료직업소개사업 등록번호 제2023-3010000-14-5-00012호", ["legitimacy.registrationNumber"]],
    ["해외취업 정착지원금 신청 가능 (한국산업인력공단)", ["legitimacy.governmentScheme", "travel.workAbroad"]],
    ["취업비자 승인 후 입국", ["legitimacy.workPermitSponsored"]],
    ["회사가 취업비자 스폰서", ["legitimacy.workPermitSponsored"]],
    ["근로계약서는 출국 전 한국어로 교부", ["legitimacy.writtenContractBeforeTravel"]],
    ["교육비·장비 보증금 등 어떠한 비용도 요구하지 않습니다", ["fees.noFeePolicy"]],
    // Second pass: native variants the first pass lacked (spaced place names, chat slang, loanwords).
    ["해외 고수익 알바 모집", ["travel.workAbroad"]],
    ["동남아 쪽 일자리 있어요", ["travel.workAbroad"]],
    ["타국에서 일할 분 구해요", ["travel.workAbroad"]],
    ["캄 보 디 아 현지에서 근무", ["travel.workAbroad"]],
    ["태 국 쪽에서 상담 하실 분", ["travel.workAbroad"]],
    ["에어티켓 제공, 1인실 숙소 제공", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["왕복 티켓 끊어 드립니다", ["travel.flightProvided"]],
    ["숙식 다 제공", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["식사 3식 제공, 식비 전액 회사 부담", ["travel.foodProvided"]],
    ["방은 회사에서 잡아 드립니다", ["travel.accommodationProvided"]],
    ["비자는 저희가 다 해드림", ["travel.visaProvided"]],
    ["비자 발급비 0원", ["travel.visaProvided"]],
    ["관광객 신분으로 입국합니다", ["travel.touristVisa"]],
    ["비자 온 어라이벌로 입국", ["travel.touristVisa"]],
    ["비자프리로 들어오세요", ["travel.noVisaNeeded"]],
    ["비자는 현지에서 받으시면 됩니다", ["travel.workPermitAfterArrival"]],
    ["이번 주 안에 출국", ["travel.urgentDeparture"]],
    ["3일 뒤 바로 출국", ["travel.urgentDeparture"]],
    ["연락 당일 바로 출국", ["travel.urgentDeparture"]],
    ["바로 떠나실 수 있는 분", ["travel.urgentDeparture"]],
    ["공항에서 현지 직원이 기다립니다", ["travel.airportPickup"]],
    ["도착하시면 차량으로 숙소까지 이동", ["travel.airportPickup"]],
    ["육로로 국경 넘어 이동", ["travel.borderCrossing"]],
    ["배 타고 강 건너편 사무실로 이동", ["travel.borderCrossing"]],
    ["출입국에서 물어보면 놀러 왔다고 하세요", ["travel.poseAsTourist"]],
    ["관광객 행세만 하시면 됩니다", ["travel.poseAsTourist"]],
    ["가라 호텔 예약 만들어 드림", ["travel.poseAsTourist"]],
    ["가족이 알면 안 됩니다", ["travel.hideFromFamily"]],
    ["부모님한텐 비밀", ["travel.hideFromFamily"]],
    // Telling the family a story is hiding from them, not posing as a tourist at the border.
    ["가족들한테는 그냥 놀러 간다고 해", ["travel.hideFromFamily"]],
    ["무경험자 대환영", ["requirements.noExperience"]],
    ["나이·학력·경력 다 상관없음", ["requirements.noDegree", "requirements.noExperience"]],
    ["경험 無, 초졸도 가능", ["requirements.noDegree", "requirements.noExperience"]],
    ["대학 안 나와도 됩니다", ["requirements.noDegree"]],
    ["아무것도 몰라도 됩니다", ["requirements.noSkills"]],
    ["한국 사람이면 누구나", ["requirements.noSkills"]],
    ["인터넷 검색만 할 줄 알면 OK", ["requirements.computerBasicsOnly"]],
    ["엑셀 기초만 알면 됨", ["requirements.computerBasicsOnly"]],
    ["호감형 외모 우대", ["requirements.genderOrAppearance"]],
    ["여권 하나만 챙겨 오세요", ["requirements.passportRequired"]],
    ["여권 앞면 사진이랑 셀카 보내주세요", ["requirements.passportCopyRequested"]],
    ["알선료 30만원 선입금", ["fees.upfrontFee"]],
    // "0원" ends "100,000원" too; only a standalone zero clears the fee.
    ["보증금 100,000원 입금", ["fees.upfrontFee"]],
    ["계약 기간 못 채우면 항공료 전부 청구", ["fees.penaltyForLeaving"]],
    ["중간에 도망가면 벌금 있음", ["fees.penaltyForLeaving"]],
    ["자비 0원, 출국 비용 전액 회사 부담", ["fees.zeroCostClaim"]],
    ["구직자에게 어떠한 수수료도 청구하지 않습니다", ["fees.noFeePolicy"]],
    ["입국은 관광 e-비자로 하시고, 워크퍼밋은 입사 후 회사가 대행합니다.", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["동남아 지사에서 근무할 상담원", ["travel.workAbroad"]],
    ["✈️ 왕복 항공 + 숙소 + 밥 다 회사가 함", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["워크퍼밋은 회사에서 처리해 드려요", ["travel.visaProvided"]],
    ["국가별 취업비자 및 워크퍼밋 회사가 진행", ["legitimacy.workPermitSponsored"]],
    ["본사와 법인이 E비자 및 Work Permit 일괄 처리", ["legitimacy.workPermitSponsored"]],
    // A tourist entry ruled out is no arrival-first process: the sponsorship stands.
    ["취업비자 및 워크퍼밋 회사가 진행(관광 입국 후 근무 없음)", ["legitimacy.workPermitSponsored"]],
    ["입국 후 회사에서 워크퍼밋 진행", ["travel.workPermitAfterArrival"]],
    ["해외 나가서 일할 사람 구함", ["travel.workAbroad"]],
    ["입국할 때는 관광 목적이라고 말씀하시면 됩니다", ["travel.poseAsTourist"]],
    ["주변 사람들한테는 어학연수 간다고 말하세요", ["travel.hideFromFamily"]],
    ["외교부나 대사관에 연락하지 마세요", ["travel.hideFromFamily"]],
    ["6개월 안에 그만두면 항공권 비용 청구합니다", ["fees.penaltyForLeaving"]],
    ["국경까지 차로 모셔다 드리고 강만 건너시면 됩니다", ["travel.borderCrossing"]],
    ["합격하시면 항공권 바로 보내 드리고 48시간 안에 출국", ["travel.flightProvided", "travel.urgentDeparture"]],
    ["E-비자 받고 들어오시면 회사에서 나머지 처리", ["travel.workPermitAfterArrival"]],
    ["숙소, 식사, 항공 전부 무료", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["세종학당재단 파견 교원 선발", ["legitimacy.governmentScheme"]],
    ["비자비 선결제", ["fees.upfrontFee"]],
    ["서류 작업비 입금 부탁드려요", ["fees.upfrontFee"]],
    ["비자는 도착해서 받으면 됨", ["travel.touristVisa"]],
    ["여권 ㅅㅂ 보내주세요", ["requirements.passportCopyRequested"]],
    ["경력 ㄴ, 신입 쌉가능", ["requirements.noExperience"]],
    ["컴퓨터 조금만 할 줄 알면 됩니다", ["requirements.computerBasicsOnly"]],
    ["폰만 있으면 누구나", ["requirements.computerBasicsOnly"]],
    ["타자 느려도 괜찮아요, 스펙 1도 안 봄", ["requirements.noSkills"]],
    ["외모 보고 뽑습니다", ["requirements.genderOrAppearance"]],
    ["부모님 모르게 오셔도 됩니다", ["travel.hideFromFamily"]],
    ["출국 심사에서 걸리지 않게 도와드림", ["travel.poseAsTourist"]],
    // The recruiter handles the visa, after arrival: both readings, as for 입국 후 회사에서 취업비자 발급.
    ["비자는 도착하시면 저희가 처리", ["travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["입국은 관광으로 하고 나중에 워크퍼밋 진행", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["집에는 해외 봉사 간다고 말씀드리세요", ["travel.hideFromFamily"]],
    ["입국할 때 혹시 물어보면 친구 만나러 왔다고 하면 됨", ["travel.poseAsTourist"]],
    // Third pass: fresh wording (word order reversed, chat contractions, bare package lists after the pay).
    ["숙식 회사부담, 뱅기표 끊어드림", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["비행기표 저희가 쏩니다", ["travel.flightProvided"]],
    ["Free 항공 + 숙소", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["월 1,200만 + 숙식 + 항공", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["항공 숙소 모두 회사에서", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["현지 숙소 있음, 밥 나옴", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["숙식 회사 제공, 비자 회사 처리", ["travel.accommodationProvided", "travel.foodProvided", "travel.visaProvided"]],
    ["비자 걱정 노노 저희가 다 알아서 해드려요", ["travel.noVisaNeeded", "travel.visaProvided"]],
    ["비자는 현지 에이전트가 처리", ["travel.visaProvided"]],
    ["Tourist visa로 입국 → 현지에서 work permit 해결", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["관광비자로 출국 후 현지에서 취업비자 전환", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["출국 일정은 합격 후 1주일 이내", ["travel.urgentDeparture"]],
    ["합격 후 일주일 안에 바로 출국", ["travel.urgentDeparture"]],
    ["[급구] 해외 단기 고액 알바", ["travel.workAbroad"]],
    ["가족한텐 그냥 워홀 간다고 해~", ["travel.hideFromFamily"]],
    ["준비물: 여권 하나면 끝", ["requirements.passportRequired"]],
    ["말만 잘하면 됨", ["requirements.noSkills"]],
    ["경력 없어도 교육해 드립니다", ["requirements.noExperience"]],
    ["출국비 전액 지원", ["fees.zeroCostClaim"]],
    ["워크퍼밋·Non-B 비자 호텔이 발급", ["legitimacy.workPermitSponsored"]],
    ["회사가 AEP 워크퍼밋·9G 비자 발급", ["legitimacy.workPermitSponsored", "travel.visaProvided"]],
    ["9G 비자·AEP 학원이 발급", ["legitimacy.workPermitSponsored"]],
    ["특정기능 1호 비자 (숙박)", ["legitimacy.governmentScheme"]],
    // Only the visa is left to the worker; the housing offer stands.
    ["비자 발급은 본인이 직접, 숙소는 회사가 해드립니다", ["travel.accommodationProvided"]],
    // Fourth pass (blind batch 17 and fresh wording): bare package lists of three or more items, 따로 for
    // "no visa needed", day-after-tomorrow departures, chat-truncated 출ㄱ, a company car to the site.
    ["비행기표 숙소 밥 전부 회사 부담", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["✔ 항공 + 숙소 + 밥 다 나옴", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["뱅기 숙소 밥 다 회사에서 나옴", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["항공, 숙소, 식사, 비자 전부 회사 부담", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["숙소 밥 항공 다 나옴", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["비자 따로 안 만들어도 됨, 가서 회사가 알아서 처리해줌", ["travel.noVisaNeeded", "travel.workPermitAfterArrival"]],
    ["비자는 따로 필요 없고 여권만 챙기면 돼요.", ["requirements.passportRequired", "travel.noVisaNeeded"]],
    ["별도 비자 준비는 필요 없습니다", ["travel.noVisaNeeded"]],
    ["오늘 연락 주시면 모레 출국 가능", ["travel.urgentDeparture"]],
    ["여권 있으신 분만, 이번주 금요일 출ㄱ", ["requirements.passportRequired", "travel.urgentDeparture"]],
    ["태국 치앙라이 공항 도착 시 회사 차량으로 현장까지 이동합니다", ["travel.airportPickup"]],
    ["도착하면 회사 기사님이 공항에서 숙소까지 모셔다 드립니다", ["travel.airportPickup"]],
    ["🔥ㄷㄴㅇ 고액 알바🔥", ["travel.workAbroad"]],
    ["동 남 아 (캄 보) 리 조 트 에서 하는 알바고", ["travel.workAbroad"]],
    ["해외 출장 단기 알바 (3개월)", ["travel.workAbroad"]],
    ["중간에 나오면 항공료랑 숙소비 물어내야 함", ["fees.penaltyForLeaving"]],
    ["중도 포기 시 항공권 및 숙소비 전액 배상", ["fees.penaltyForLeaving"]],
    // The employer pays for the permit, or sponsors residence: legitimacy, not a recruiter's favour.
    ["워크퍼밋은 가게에서 해드립니다 (비용 가게 부담)", ["legitimacy.workPermitSponsored"]],
    ["비자: 학원에서 9G 워킹비자 및 AEP 발급, 비용 학원 부담", ["legitimacy.workPermitSponsored"]],
    ["미국 간호사 취업 (EB-3 영주권 스폰서)", ["legitimacy.workPermitSponsored"]],
    ["고용노동부 국외 유료직업소개사업 등록업체입니다", ["legitimacy.registrationNumber"]],
    // Third pass, subtle lures: costs advanced and repaid, papers "handled there", visa at the airport, housing inside the grounds.
    ["항공권은 회사가 선부담하고 급여에서 공제합니다", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["비행기표 대납 후 월급 차감", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["항공료는 선지원, 근무하면서 조금씩 상환", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["일하면서 매달 갚으시면 됩니다", ["fees.advanceRepaidFromSalary"]],
    ["항공편은 회사가 예약해 드립니다", ["travel.flightProvided"]],
    ["비자 문제는 도착하면 담당자가 처리", ["travel.workPermitAfterArrival"]],
    ["서류는 입국하시면 현지 매니저가 알아서 진행합니다", ["travel.workPermitAfterArrival"]],
    ["입사 서류는 현지 도착 후 준비", ["travel.workPermitAfterArrival"]],
    ["체류 서류는 현지에서 회사가 진행합니다", ["travel.workPermitAfterArrival"]],
    ["무비자로 들어오시면 이후는 회사가 정리합니다", ["travel.noVisaNeeded", "travel.workPermitAfterArrival"]],
    ["비자는 공항에서 받으시면 되고 나머지는 회사 측에서 해결", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["비자는 입국할 때 공항에서 발급", ["travel.touristVisa"]],
    ["공항에서 도착비자 받으시면 됩니다", ["travel.touristVisa"]],
    ["여권 정보 함께 보내주세요", ["requirements.passportCopyRequested"]],
    ["이력서와 여권 번호를 같이 제출해 주세요", ["requirements.passportCopyRequested"]],
    ["숙소·식사 회사 제공", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["숙소는 단지 안, 식사 3끼", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["회사 캠퍼스 내 숙소 (1인 1실)", ["travel.accommodationProvided"]],
    ["숙소는 회사 부지 내", ["travel.accommodationProvided"]],
    ["주거는 회사 기숙 단지", ["travel.accommodationProvided"]],
    ["단지 내 숙소 있음", ["travel.accommodationProvided"]],
    ["해외 지사 사무보조 구합니다", ["travel.workAbroad"]],
    ["해외 파트너사 고객관리 직원", ["travel.workAbroad"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string]>([
    ["무비자·관광 입국 상태로는 근무를 시작하지 않습니다."],
    ["회원비·교재비 등 지원자가 부담하는 비용은 전혀 없어요."],
    ["저희는 카카오톡으로 '선입금 미션'을 제안하지 않습니다."],
    ["항공권은 지원하지 않습니다, 숙소 미제공"],
    ["항공비는 본인 부담입니다"],
    ["숙소비 별도, 식비 개인 부담"],
    ["발권 비용 본인 부담"],
    ["비자 발급은 본인이 직접 하셔야 합니다"],
    ["관광비자로 취업하는 것은 불법입니다"],
    ["관광비자로 입국하여 일하면 안 됩니다"],
    ["해외 근무 경험자 우대"],
    ["해외 영업 담당, 해외 출장 잦음"],
    ["국경을 넘는 화물 운송"],
    ["공항 픽업/샌딩 업무 (여행사 가이드)"],
    ["여권 사진 2매, 증명사진 1매 제출"],
    ["가족에게 알리고 부모님 동의서 제출"],
    ["여성 의류 쇼핑몰 MD, 여성 고객 응대"],
    ["몸값 올리는 자격증 과정"],
    ["중도 퇴사 시 퇴직금 미지급"],
    // 4대보험 itself is statutory insurance, a legitimacy marker (test/features/legitimacy.test.ts).
    ["급여에서 소득세 공제"],
    ["급여에서 세금 공제 후 지급"],
    ["알선 수수료는 병원(고용주)이 부담합니다"],
    ["이력서에 사진 첨부"],
    ["비용 부담 없이 무료 교육"],
    ["내일 바로 출근 가능하신 분, 당장 출근 가능자"],
    ["다음 주부터 출근"],
    ["합격 후 출국 전 교육 2주"],
    ["숙소 비용은 본인이 다 부담"],
    ["숙소 위치는 회사가 정합니다"],
    ["60세까지 정년 보장"],
    ["차량 1대~2대 보유"],
    ["가입비 0원"],
    ["태국 음식점 홀 서빙 알바 (서울 이태원)"],
    ["베트남 쌀국수 전문점 주방 직원"],
    ["방콕 여행 패키지, 육로로 이동하는 일정"],
    ["한강 건너편 사무실로 이전"],
    ["외국계 기업 사무직 (서울 근무)"],
    ["출국 당일 공항에서 만나요"],
    ["식사 제공 안 됨"],
    ["엑셀 기초 가능자"],
    ["항공권 본인 부담, 숙식 다 제공 불가"],
    ["놀러 간다고 생각하시면 안 됩니다"],
    ["필리핀 어학연수 다녀오신 분 우대"],
    ["여권 유효기간 6개월 이상 남은 분"],
    ["항공권은 본인이 다 부담함"],
    ["숙소는 저희가 다 정해요"],
    ["한강만 건너면 바로 회사"],
    ["문제가 생기면 대사관에 연락하세요"],
    ["국경까지 가는 버스 노선 안내"],
    ["강남역 도보 5분, 식사 시간 1시간"],
    ["경력 년수 무관하게 실력 위주"],
    ["출국 심사 시 여권과 탑승권을 제시하세요"],
    ["스마트폰 앱 개발자 (iOS)"],
    ["추가 수수료를 요구하면 신고하세요."],
    ["무비자로 입국해서 일하면 불법입니다"],
    ["비자 없이는 근무 불가"],
    ["관광비자로 입국해서 일하는 것은 불법이므로 반드시 취업비자로 입국"],
    ["왕복 뱅기표 본인 부담"],
    ["여행 가듯이 즐겁게 일하는 리조트"],
    ["출국 후 7일 이내 신고"],
    ["관광비자나 방문비자로 입국해 일하면 강제퇴거될 수 있습니다"],
    ["집에서 가까운 분 우대"],
    ["친구 만나러 왔다가 취업한 사례도 많습니다"],
    ["비자 처리는 회사가 해드리지 않습니다"],
    ["비자는 현지에서 전환 불가"],
    ["숙소 없음, 식사 제공 안 됨"],
    ["월 250만 + 숙식 별도"],
    ["출국 후 3일 이내 현지 신고"],
    ["출국일은 계약 후 30일 이내 확정"],
    ["출국 일정은 합격 후 3주 이내"],
    ["해외 단기 연수 프로그램"],
    ["준비물: 여권, 증명사진"],
    ["무료 항공권 이벤트 당첨자 발표"],
    // Warnings and statements that rule a practice out; a visa issued (발급) is no urgent departure.
    ["관광비자로 입국해서 근무하는 일은 없습니다."],
    ["'워홀 일자리 보장'을 내세워 선입금을 요구하는 업체에 주의하세요"],
    ["일자리 보장을 내세워 수수료를 요구하는 업체는 조심하세요"],
    ["비자 신청비와 이민 건강부담금(IHS)은 본인이 영국 정부에 직접 납부"],
    ["증명서 발급\n출국 전 서류 확인"],
    ["항공권 숙소 식사 전부 본인 부담"],
    ["항공권, 숙소 제공 불가"],
    ["비자가 따로 필요 없다는 말에 속지 마세요"],
    ["해외 호텔 근무 경험자 우대"],
    ["중간에 나오면 안 되는 시험"],
    // Third pass: the new readings stay off self-paid, refused and warned-against wording.
    ["항공권은 본인이 예약하셔야 합니다"],
    ["비자는 출국 전 대사관에서 발급받아야 합니다"],
    ["도착비자로는 취업할 수 없습니다"],
    ["공항에서 받는 비자로 일하면 불법입니다"],
    ["식사 2끼 자비"],
    ["숙소는 단지 내 없음"],
    ["여권 정보는 제출하지 마세요"],
    ["해외 지사 근무 경험 우대"],
    ["학자금은 졸업 후 상환"],
    ["숙소는 회사 근처 원룸 (본인 부담)"],
  ])("sets no flag on the hard negative %s", (description) => {
    expect(allFlags(description)).toEqual([]);
  });

  it.each<[string, RoleFamily]>([
    ["해외 CS 상담원 (한국어)", "customer-service"],
    ["온라인 카지노 바카라 딜러", "casino"],
    ["엑셀 입력 알바", "data-entry"],
    ["호텔리어 모집", "hospitality"],
    ["방송 피팅 모델 모집", "model"],
    ["캄보디아 CS팀 모집", "customer-service"],
    ["콜센타 상담 알바", "customer-service"],
    ["코인 상담 직원", "customer-service"],
    ["상담 ㅇㅂ 구함", "customer-service"],
    ["메신저 상담원", "chat-support"],
    ["라이브챗 상담", "chat-support"],
    ["채팅 ㅇㅂ (재택 아님)", "chat-support"],
    ["타이피스트 구함", "typing"],
    ["워드 작업 알바", "typing"],
    ["문서 타이핑", "typing"],
    ["타자 ㅇㅂ 구함", "typing"],
    ["데이타 입력 알바", "data-entry"],
    ["문서 옮겨 적기", "data-entry"],
    ["홀덤 딜러 모집", "casino"],
    ["정켓방 직원", "casino"],
    ["카지노 리셉션", "casino"],
    ["게임 운영 모니터링", "game-tester"],
    ["오피스 업무 보조", "admin"],
    ["사무실 ㅇㅂ", "admin"],
    ["IT 지원 엔지니어", "it-support"],
    ["게임 마스터(GM) 채용", "game-tester"],
    ["한국인 상담팀 충원", "customer-service"],
    ["VIP 고객관리팀 충원", "customer-service"],
    ["물류센터 상하차", "other"],
    ["회원 관리 업무 (한국 고객)", "customer-service"],
    ["동남아 단순 업무 (월 800)", "admin"],
    ["운영 보조 업무", "admin"],
    ["단순 컴퓨터 작업", "data-entry"],
    ["PC 작업 알바", "data-entry"],
    ["복붙 알바", "typing"],
    ["대화 상대 알바", "chat-support"],
    ["채팅 상담사 모집", "chat-support"],
    ["댓글 알바", "marketing"],
    ["토토 총판 관리", "casino"],
    ["게임 운영팀 GM", "game-tester"],
    ["겜 테스터 구함", "game-tester"],
    // Packing and member desks at home are not the entry-level office roles of the lures.
    ["물류센터 단순 포장 업무", "other"],
    ["물류센터 단순 업무 알바", "other"],
    ["해외 ㅋㅈㄴ VIP 호스트 구함", "casino"],
    ["해.외.고.수.익 TM 팀원 모집", "sales"],
    ["씨에스 상담 직원 모집", "customer-service"],
    ["온라인 상담원 (재택 아님)", "customer-service"],
    ["리딩팀 직원 모집", "customer-service"],
    ["티엠 팀원 구함", "sales"],
    ["데이터 라벨링 알바", "data-entry"],
    ["필리핀 클락 온라인 게임사 CS (한국어)", "customer-service"],
    ["카톡/텔레 응대", "chat-support"],
    ["그냥 폰으로 채팅하는 일", "chat-support"],
    ["헬스장 회원 관리", "other"],
    // A café job is no café-community marketing, an online counsellor no LINE chat, a companion for the elderly no chat job.
    ["동네 카페 주말 알바", "other"],
    ["노인 말벗 알바", "other"],
    ["온카 운영팀 모집", "casino"],
    ["해외 게임사 운영 모니터링", "game-tester"],
    ["태국 파타야 리조트 고객관리", "customer-service"],
    ["Overseas CS job", "customer-service"],
    ["회원 문의 응대", "customer-service"],
    ["간단한 서류작업", "data-entry"],
    ["온라인 플랫폼 운영 보조", "admin"],
    // A casino desk stays a casino job, a game studio's developer a professional.
    ["카지노 고객관리", "casino"],
    ["게임회사 운영팀 개발자", "professional"],
    // A hotel or resort receptionist is the entry-level desk job of the lures, not the hotel trade; chat shorthand 컴 작업.
    ["해외 호텔 리셉션 (여성 우대)", "admin"],
    ["컴 작업 알바", "data-entry"],
    ["카지노 사이트 어드민", "casino"],
    ["사이트 어드민 구함", "admin"],
    ["호텔 요리사 모집", "hospitality"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it.each<[string, string | null]>([
    ["등록비는 USDT로 송금해 주세요", "crypto"],
    ["가입비는 테더 코인으로 입금", "crypto"],
    ["소개비는 실장님 개인 계좌로 입금", "personal-account"],
    ["보증금은 개인 명의 통장으로 이체", "personal-account"],
    // A channel named for the salary is no fee channel.
    ["급여는 매월 본인 명의 계좌로 입금", null],
  ])("reads the fee payment channel of %s", (description, channel) => {
    expect(extractFees(contextFrom({ description })).paymentChannel).toBe(channel);
  });

  it.each<[string, number, number]>([
    ["나이 20~35, 숙소 제공", 20, 35],
    ["만 20세에서 35세까지", 20, 35],
    ["20대~30대 여성 우대", 20, 30],
    ["20~30대 남녀", 20, 30],
  ])("reads the age range of %s", (description, min, max) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toMatchObject({ min, max });
  });

  it.each<[string]>([
    ["차량 1대~2대 보유"],
    ["20대 초반~30대 중반 환영"],
    ["60세까지 근무 가능"],
  ])("reads no age range in %s", (description) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toBeNull();
  });

  // The kor blocks of the vagueness, contact and hiring rules: which of those rules fire on one sentence.
  const RULES_UNDER_TEST = ["workplace-revealed-after-selection", "unnamed-foreign-employer", "interview-on-messaging-app", "instant-hiring-without-interview"];
  it.each<[string, string[]]>([
    ["근무 국가는 교육 끝나고 배정됩니다", ["workplace-revealed-after-selection"]],
    ["나라는 연수 후 결정", ["workplace-revealed-after-selection"]],
    ["근무 지역: 동남아 (세부 위치는 최종 합격자에게 개별 통보)", ["workplace-revealed-after-selection"]],
    ["말레이시아 소재 중국계 IT 회사 사무직", ["unnamed-foreign-employer"]],
    ["중국인 대표가 운영하는 게임 회사", ["unnamed-foreign-employer"]],
    ["면접은 보이스톡으로 진행", ["interview-on-messaging-app"]],
    ["카톡 영상통화로 면접", ["interview-on-messaging-app"]],
    ["통화 면접만 보고 바로 확정", ["instant-hiring-without-interview"]],
    ["면접은 전화로 간단히 진행됩니다", ["instant-hiring-without-interview"]],
    // A branch assigned after training is how local chains staff; an address for hires only is ordinary too.
    ["근무지는 교육 후 배정 (서울/경기 매장)", []],
    ["상세 주소는 합격자에게 개별 안내", []],
    ["면접은 전화 면접 후 대면 면접", []],
    ["전화 면접 후 2주 안에 출국", []],
  ])("fires the Korean rule patterns on %s", (description, expected) => {
    const fired = screen({ description, language: "kor" }).signals.map((signal) => signal.id);
    expect(fired.filter((id) => RULES_UNDER_TEST.includes(id)).sort()).toEqual(expected);
  });

  // Third pass: families of phrasing no corpus ad uses (cover stories ending in 만, permits promised
  // "while working", regional subsidiaries, loans for travel costs, leaving before the term ends).
  it.each<[string, string[]]>([
    ["가족분들께는 해외 출장이라고만 말씀해 두세요", ["travel.hideFromFamily"]],
    ["친구들한테는 연수 간다고만 해", ["travel.hideFromFamily"]],
    ["부모님께는 굳이 말씀드릴 필요 없어요", ["travel.hideFromFamily"]],
    ["가족에게는 얘기 안 하시는 게 좋습니다", ["travel.hideFromFamily"]],
    ["근무하면서 취업비자 진행합니다", ["travel.workPermitAfterArrival"]],
    // Promised after arrival, the permit is no sponsored one.
    ["들어오셔서 워크퍼밋 발급해 드려요", ["travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["동남아 현지 법인 재무 보조", ["travel.workAbroad"]],
    ["해외 법인에서 근무할 한국인 직원", ["travel.workAbroad"]],
    ["해외 CS 상담원 모집", ["travel.workAbroad"]],
    ["월 700 + 숙소", ["travel.accommodationProvided"]],
    ["계약 기간 내 퇴사 시 항공료 및 교육비 전액 반환", ["fees.penaltyForLeaving", "fees.upfrontFee"]],
    ["6개월 이내 퇴사하면 비자 비용 청구", ["fees.penaltyForLeaving"]],
    ["중도 퇴사 시 남은 금액은 일시 상환", ["fees.penaltyForLeaving"]],
    ["항공권은 회사에서 먼저 빌려드리고 월급에서 매달 공제", ["fees.advanceRepaidFromSalary"]],
    ["항공료는 회사에서 먼저 빌려드립니다", ["fees.advanceRepaidFromSalary"]],
    ["밥은 구내식당 무료", ["travel.foodProvided"]],
    ["방콕 공항 도착하면 기사님 대기", ["travel.airportPickup"]],
    ["계약 끝나기 전에 나가면 손해배상", ["fees.penaltyForLeaving"]],
    ["입국할 때 관광객이라고 하세요", ["travel.poseAsTourist"]],
    ["공항에선 친구 만나러 왔다고", ["travel.poseAsTourist"]],
    ["해외 현지 근무", ["travel.workAbroad"]],
    ["여직원 구함", ["requirements.genderOrAppearance"]],
    ["취업비자 회사 스폰", ["legitimacy.workPermitSponsored"]],
  ])("third pass: flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    // Warnings that name the lure as a thing to avoid.
    ["관광비자로 일하라는 곳은 절대 가지 마세요", []],
    ["보증금을 내라는 업체는 신고하세요", []],
    // Domestic jobs that deal with overseas subsidiaries, and ordinary payroll deductions.
    ["해외 법인 관리 경력 우대", []],
    ["해외 법인 회계 담당 (서울 근무)", []],
    ["해외 영업 담당 (서울 본사)", []],
    ["급여에서 매월 4대보험 공제", ["legitimacy.statutoryBenefits"]],
    ["계약 기간 내 퇴사 시에도 급여는 일할 계산하여 지급", []],
    ["식비 + 숙소비 본인 부담", []],
    ["가족에게 알리고 동의를 받으세요", []],
    ["일하면서 어학연수도 가능", []],
    ["비자 발급은 출국 전 회사가 진행합니다", ["travel.visaProvided"]],
    // A company paying in advance, with no repayment, is no loan.
    ["비자 비용은 미리 대신 결제해 드립니다", []],
    ["회사가 취업비자와 워크퍼밋 발급", ["legitimacy.workPermitSponsored"]],
    ["공항에서 기다리는 가족", []],
    ["구내식당 운영 (유료)", []],
    ["계약 만료 전 퇴사 시 급여 정산", []],
    ["해외 현지 근무 경험 우대", []],
    ["입국 심사 때 관광 목적 아님을 밝히세요", []],
  ])("third pass: reads only %s on the hard negative", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["코인 리딩 상담원", "chat-support"],
    ["투자 커뮤니티 운영", "chat-support"],
    ["온라인 게임 운영직", "game-tester"],
    ["입출금 확인 업무", "admin"],
    ["라이브 방송 호스트 모집", "model"],
    // Reading classes, book clubs, a game designer and a bank teller are not the lure roles.
    ["영어 리딩 강사", "teacher"],
    ["북클럽 리딩 모임 진행", "other"],
    ["게임 운영 기획자", "other"],
    ["은행 창구 입출금 담당", "other"],
  ])("third pass: reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  const THIRD_PASS_RULES = ["interview-on-messaging-app", "bypasses-official-emigration-channel", "light-work-high-pay", "passport-held-by-employer"];
  it.each<[string, string[]]>([
    ["면접은 텔레 음성으로 10분", ["interview-on-messaging-app"]],
    ["인터뷰는 카톡 영상으로 진행", ["interview-on-messaging-app"]],
    ["해외취업 정식 절차 복잡하시죠? 저희는 생략", ["bypasses-official-emigration-channel"]],
    ["복잡한 서류 없이 바로 출국", ["bypasses-official-emigration-channel"]],
    ["월드잡 신고 필요 없어요", ["bypasses-official-emigration-channel"]],
    ["단순 업무입니다.\n월 600 보장", ["light-work-high-pay"]],
    ["여권 맡겨주셔야 합니다", ["passport-held-by-employer"]],
    ["여권은 현지 매니저가 가지고 있습니다", ["passport-held-by-employer"]],
    // Warnings, a simple application, market pay and an office interview.
    ["텔레그램으로만 연락하는 곳은 피하세요", []],
    ["텔레로만 문의하라는 업체는 조심", []],
    ["정식 절차 없이 출국하면 위험합니다", []],
    ["복잡한 서류 없이 간편 지원", []],
    ["단순 업무입니다.\n월 220만원, 4대보험", []],
    ["면접은 본사에서 진행", []],
    ["여권을 고용주에게 맡기지 마세요", []],
    ["여권은 매니저에게 맡겨 두시면 안 됩니다", []],
    ["여권은 본인이 보관합니다", []],
  ])("third pass: fires the Korean rule patterns on %s", (description, expected) => {
    const fired = screen({ description, language: "kor" }).signals.map((signal) => signal.id);
    expect(fired.filter((id) => THIRD_PASS_RULES.includes(id)).sort()).toEqual(expected);
  });
  // Fifth pass (blind batch 19): a visit or tourist entry "converted" to a work visa after arrival; the
  // lawful after-arrival permit that the employer applies for and pays; warnings against tourist visas,
  // visa-free work and fees, each beside the lure wording that must still fire ("불법 아님", "걱정 마세요").
  it.each<[string, string[]]>([
    // Entry on a visit, tourist or visa-free basis, converted later: a lure marker in every spelling.
    ["최초 입국은 방문(Visit) 비자로 진행하며, 수습 종료 후 고용비자로 전환해 드립니다", ["travel.touristVisa", "travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["입국은 방문 비자로 하시고 수습 끝나면 취업비자로 바꿔 드려요", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["관광비자로 들어오시면 현지에서 워크비자로 전환", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["무비자로 입국하신 뒤 현지에서 비자 변경해 드려요", ["travel.noVisaNeeded", "travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["관광비자 입국 → 취업비자 전환 (회사 진행)", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["여행비자로 입국, 3개월 내 고용비자 전환", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["수습 3개월 끝나면 취업비자로 전환해 드립니다", ["travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["일단 관광으로 들어와서 서류는 나중에", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["관광으로 들어가서 현지에서 정리", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    // ...and the same conversion ruled out is no marker, while "불법 아닙니다" reassures and still fires.
    ["관광비자로 입국해 취업하는 것은 불법입니다", []],
    ["무비자 입국 후 취업 불가", []],
    ["관광·무비자 입국 후 근무 절대 없음", []],
    ["관광비자로 입국 후 취업비자 전환은 할 수 없습니다", []],
    ["관광비자에서 취업비자로 현지 전환은 불가합니다", []],
    ["방문비자로 입국해서 현지에서 비자를 바꾸는 것은 불법입니다", []],
    ["방문비자로 일하면 강제 추방됩니다", []],
    ["관광비자로 입국 후 현지에서 취업비자로 전환, 불법 아닙니다", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["관광비자로 일하는 것은 불법 아닙니다", ["travel.touristVisa"]],
    ["관광비자로 입국하셔도 처벌 대상 아닙니다", ["travel.touristVisa"]],
    ["관광비자로 와도 문제 안 됨", ["travel.touristVisa"]],
    ["무비자로 들어와서 일해도 불법 아님", ["travel.noVisaNeeded"]],
    ["무비자로 오셔도 불법 아닙니다", ["travel.noVisaNeeded"]],
    ["비자 없이 와도 불법 아님", ["travel.noVisaNeeded"]],
    // A permit the employer applies for and pays after a lawful entry (Cambodia's business E visa) is
    // sponsorship; a self-paid one, a tourist entry or a conversion keeps the after-arrival reading.
    ["입국 후 비즈니스(E) 비자 및 워크퍼밋 기관에서 신청·비용 부담", ["legitimacy.workPermitSponsored"]],
    ["입국 후 E비자 연장 및 워크퍼밋 발급, 비용은 전액 회사 부담", ["legitimacy.workPermitSponsored"]],
    ["워크퍼밋은 입국 후 회사가 신청하며 비용은 회사 부담", ["legitimacy.workPermitSponsored"]],
    ["입국 후 워크퍼밋 신청, 비용 본인 부담", ["travel.workPermitAfterArrival"]],
    ["관광비자로 입국 후 워크퍼밋 발급, 비용 회사 부담", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["입국 후 현지에서 워킹비자로 전환 진행, 비용 회사 부담", ["travel.workPermitAfterArrival"]],
    // Prohibitions and refusals to send anyone on a tourist visa; "걱정하지 마세요" reassures instead.
    ["관광비자로 절대 출국하지 마세요", []],
    ["절대 관광비자로 가지 마세요", []],
    ["관광비자로 들어와도 걱정하지 마세요", ["travel.touristVisa"]],
    ["관광비자로 입국해도 100% 합법이니 걱정 마세요", ["travel.touristVisa"]],
    ["관광비자로 보내는 일은 절대 없습니다", []],
    ["저희는 관광비자로 보내지 않습니다", []],
    ["관광비자로 보내드립니다", ["travel.touristVisa"]],
    // Warning headers and warnings about whoever offers it; a warning against the warning still fires.
    ["[경고] 관광비자 취업 권유 업체 주의", []],
    ["취업사기 주의: 관광비자로 출국시키는 업체", []],
    ["관광비자를 권유하는 브로커를 조심하세요", []],
    ["관광비자로 입국시키는 업체가 많습니다", []],
    ["관광비자나 무비자로 입국시키는 곳은 100% 불법입니다", []],
    ["관광비자로 오라는 말에 속지 마세요", []],
    ["관광비자 불법이라는 말에 속지 마세요", ["travel.touristVisa"]],
    ["취업비자 없이 일해도 된다는 브로커 말에 속지 마세요", []],
    ["무비자로 일할 수 있다는 말은 거짓입니다", []],
    // Fee warnings; a fee only deferred, or declared legal, stays a fee.
    ["보증금, 수수료 요구 시 절대 입금하지 마세요", []],
    ["브로커에게 절대 수수료를 내지 마세요", []],
    ["보증금은 지금 내지 마시고 도착 후 내세요", ["fees.upfrontFee"]],
    ["소개비 있음, 불법 아닙니다", ["fees.upfrontFee"]],
    // The new cues leave package offers alone.
    ["항공권 제공, 걱정하지 마세요", ["travel.flightProvided"]],
    ["숙식 제공, 잔업 시키지 않습니다", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["항공권·숙소 제공, 여권 보내지 않아도 됩니다", ["travel.accommodationProvided", "travel.flightProvided"]],
    // Review of the negation cues: lures each cue used to negate. A concessive "안 돼도", a warning called
    // a lie, a prohibition on something other than the matched item, a bare "많아요", "출국 금지" (itself
    // coercion), a warning header followed by "저희는", and an extra demand beside the company's own fee.
    ["관광비자로 입국 후 비자 변경 안 돼도 일하는 데 문제 없어요.", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["관광비자로 일하면 안 된다는 말은 거짓말이에요.", ["travel.touristVisa"]],
    ["관광비자로 오세요 대사관 가지 마세요.", ["travel.touristVisa"]],
    ["관광비자로 보내는 회사 많아요, 다들 그렇게 갑니다.", ["travel.touristVisa"]],
    ["무비자로 보내는 곳 많습니다. 걱정 마세요.", ["travel.noVisaNeeded"]],
    ["비자 없이 일하면 잡혀간다는 소리는 다 거짓말", ["travel.noVisaNeeded"]],
    ["비자 필요 없다는 말 맞습니다", ["travel.noVisaNeeded"]],
    ["항공권 제공, 입국 후 6개월 출국 금지", ["travel.flightProvided"]],
    ["숙소 제공 외부 숙소 이용하지 마세요", ["travel.accommodationProvided"]],
    ["항공권 무료 제공, 혼자 보내지 않습니다", ["travel.flightProvided"]],
    ["취업사기 조심 저희는 관광비자로 안전하게 보내드립니다", ["travel.touristVisa"]],
    ["수수료 30만원 (추가 요구 시 거절하셔도 됩니다)", ["fees.upfrontFee"]],
    // ...while the warnings those cues were written for stay negated.
    ["관광비자로 입국 후 비자 변경 안 됩니다", []],
    ["관광비자로 보내는 업체가 많으니 주의하세요", []],
    ["무비자로 보내는 곳은 사기입니다", []],
    ["관광비자로 일해도 된다는 말은 거짓말입니다", []],
    ["관광비자로 오지 마세요", []],
    ["취업사기 주의: 관광비자로 보내는 업체", []],
  ])("fifth pass: flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
  // Sixth pass (blind batch 20): a denial that anyone is put to work on a visa-free entry, a housing
  // deposit the employer lends or pays, a hospital's green-card sponsorship; each beside the lure
  // wording that must still fire.
  it.each<[string, string[]]>([
    // "무비자" in a denial that the company lets anyone start work on it is no promise that no visa is needed.
    ["관광 입국(무비자) 상태로 근무를 시작하게 하는 일은 없습니다.", []],
    ["관광비자 상태로 근무시켜 드리는 일은 없습니다", []],
    ["비자 없이 근무시키는 일은 없습니다", []],
    ["무비자로 입국시키지 않습니다", []],
    ["무비자로 입국하시면 됩니다", ["travel.noVisaNeeded"]],
    ["무비자로 오시면 바로 일 시작하게 해 드립니다", ["travel.noVisaNeeded"]],
    ["관광비자로 와도 일 시키는 데 문제 없어요", ["travel.touristVisa"]],
    ["관광비자로 근무시키지 않으며 정식 취업비자를 발급합니다", ["legitimacy.workPermitSponsored"]],
    // The denial must end its clause: "no company does not do it" and "a place that does not … is a scam" are lures.
    ["관광비자로 일을 시키지 않는 회사는 없어요, 다 그렇게 합니다", ["travel.touristVisa"]],
    ["관광비자로 일 시키지 않는 회사는 거의 없습니다. 걱정 마시고 오세요", ["travel.touristVisa"]],
    ["무비자로 입국시키지 않는 곳은 다 사기입니다", ["travel.noVisaNeeded"]],
    ["무비자로 입국시키지 않는 업체는 비자비를 따로 받습니다", ["travel.noVisaNeeded"]],
    ["무비자로 입국하게 하는 것은 절대 않을까 걱정하셨죠?", ["travel.noVisaNeeded"]],
    // The new cue reaches only a visa-free or tourist entry, not a package offer before it.
    ["숙식 제공, 주말에 일 시키지 않습니다", ["travel.accommodationProvided", "travel.foodProvided"]],
    // A rental deposit the employer lends or pays is no recruitment fee; a deposit paid before departure is.
    ["이후 본인 계약, 보증금 1개월분 무이자 대여 가능", []],
    ["월세 보증금은 회사에서 대납해 드립니다", []],
    ["보증금 30만원 입금 후 출국", ["fees.upfrontFee"]],
    ["보증금 50만원, 항공권 회사 지원", ["fees.upfrontFee", "travel.flightProvided"]],
    ["보증금 30만원 (회사 지원금으로 나중에 돌려드림)", ["fees.upfrontFee"]],
    ["보증금 지원자 부담 30만원", ["fees.upfrontFee"]],
    // A deposit the employer lends and then deducts from pay is still the worker's debt; one it only
    // "supports" is no lent or paid deposit (a lure writes "보증금(3개월분)은 회사 지원" beside a penalty).
    ["보증금은 회사가 전액 대여해 드리고 월급에서 공제합니다", ["fees.advanceRepaidFromSalary", "fees.upfrontFee"]],
    ["보증금은 회사가 전액 대여해 드립니다. 월급에서 매달 50만원씩 공제.", ["fees.upfrontFee"]],
    ["보증금 무이자 대여, 이후 급여에서 분할 상환", ["fees.advanceRepaidFromSalary", "fees.upfrontFee"]],
    ["보증금(3개월분)은 회사 지원", ["fees.upfrontFee"]],
    // Immigrant-visa nursing: the hospital sponsors the green card and pays the immigration costs.
    ["미국 간호사 채용 – 영주권(EB-3) 스폰서", ["legitimacy.workPermitSponsored"]],
    ["영주권 비자 발급 후 입국", ["legitimacy.workPermitSponsored"]],
    ["이민 수속 비용(변호사비, 이민국 수수료) 병원 전액 부담", ["legitimacy.workPermitSponsored"]],
    ["이민 수속 비용 본인 부담", []],
    ["영주권 보장, 수수료 500만원 선입금", ["fees.upfrontFee"]],
    ["영주권 비자 발급 해드립니다", ["travel.visaProvided"]],
  ])("sixth pass: flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  // Seventh pass (blind batch 21): advisories, board notices and careful agencies that quote the lures'
  // words to warn against them. Each class (work after a tourist entry "not allowed", a method the agency
  // "does not arrange", "if they tell you ..." reported speech, a quoted phrase named as the wording of
  // ads, a victim's story, a prorated bonus clawback) sits beside the lure wording that must still fire.
  it.each<[string, string[]]>([
    // Work after a tourist entry is "not allowed"; a concession ("않지만") or another activity is no warning.
    ["주한태국대사관에서 비자를 받은 후 입국하셔야 하며, 관광 목적 입국 후 강의하는 것은 허용되지 않습니다.", []],
    ["관광비자로 입국 후 근무하는 것은 법적으로 허용되지 않습니다", []],
    ["관광비자로 입국 후 일하는 것은 허용되지 않지만 저희는 괜찮습니다", ["travel.touristVisa"]],
    ["관광비자로 입국하시면 됩니다, 외출하는 것은 허용되지 않음", ["travel.touristVisa"]],
    // The agency does not arrange the method; arranging it, or "no company refuses it", still fires.
    ["비자 없이 먼저 출국하거나 관광비자로 입국해 일하는 방식은 절대 안내하지 않습니다.", []],
    ["관광비자로 입국해 근무하는 방식은 진행하지 않습니다", []],
    ["관광비자로 입국해 일하는 방식은 저희가 안내해 드립니다", ["travel.touristVisa"]],
    ["관광비자로 입국해 일하는 방식은 안내하지 않는 회사는 없어요", ["travel.touristVisa"]],
    ["비자 없이 바로 출국, 위약금 내는 방식은 사용하지 않습니다", ["fees.penaltyForLeaving", "travel.noVisaNeeded", "travel.urgentDeparture"]],
    // "If they tell you ...": the lure's words reported as what a suspect recruiter says.
    ["관광비자로 오면 된다고 하는 업체", []],
    ["무비자로 일할 수 있다고 하면 100% 사기입니다", []],
    ["○ \"관광으로 입국하면 현지에서 비자를 처리해 준다\", \"비자 없이 일할 수 있다\"고 하는 경우", ["travel.touristVisa"]],
    ["관광비자로 오시면 된다고 하는 곳은 저희뿐입니다", ["travel.touristVisa"]],
    ["관광비자로 입국, 불법이라고 하는 사람 말은 믿지 마세요", ["travel.touristVisa"]],
    ["비자 없이 입국 가능, 안 된다고 하는 곳은 거짓말", ["travel.noVisaNeeded"]],
    // A quoted phrase named as the wording of ads or posts; a quoted warning the lure dismisses still fires.
    ["\"관광비자로 오시면 됩니다\", \"현지 도착 후 비자 처리\" 같은 문구가 있는 글은 바로 삭제합니다.", []],
    ["최근 게시판에 '월 400~500, 경력 무관, 숙식 제공, 항공권 지원' 같은 글이 올라오고 있습니다.", []],
    ["'등록비 30만원 선입금' 같은 문구가 보이면 신고하세요", []],
    ["'여권 사본 먼저 보내 주세요'를 요구하는 글도 삭제 대상입니다.", []],
    ["관광비자로 입국, \"불법\"이라는 글은 무시하세요", ["travel.touristVisa"]],
    ["등록비 30만원 선입금, \"사기\"라는 글은 무시하세요", ["fees.upfrontFee"]],
    ["'경력 무관' 100% 진짜입니다", ["requirements.noExperience"]],
    ["\"관광비자로 입국 가능\"이라는 광고 보고 오셨죠? 맞습니다, 관광비자로 오세요", ["travel.touristVisa"]],
    // Visa-free entry followed by "work after it is illegal"; "불법 아닙니다" reassures and still fires.
    ["관광·무비자 입국 후 취업은 대부분의 나라에서 불법이며, 체류 자격을 잃습니다.", []],
    ["무비자 입국 후 취업은 불법 아닙니다", ["travel.noVisaNeeded"]],
    ["무비자 입국 후 바로 근무 가능", ["travel.noVisaNeeded"]],
    // Departure "pushed" within days is the advisory's word for pressure, not an offer.
    ["며칠 안에 출국을 재촉하는 경우", []],
    ["며칠 안에 출국하도록 재촉하는 업체", []],
    ["며칠 안에 출국 가능", ["travel.urgentDeparture"]],
    // A passport copy a suspect recruiter demands, or one a victim sent; a request stays a request.
    ["합격 전부터 여권 사본·사진을 먼저 보내라고 하는 경우", []],
    ["여권 사본을 요구하는 업체는 피하세요", []],
    ["여권 사본을 보내자 사흘 뒤 항공권이 왔습니다", []],
    ["여권 사본 보내라고 하는 이유는 항공권 예약 때문입니다", ["requirements.passportCopyRequested"]],
    ["여권 사본을 요구하는 곳이 저희만은 아닙니다", ["requirements.passportCopyRequested"]],
    ["여권 사본 먼저 보내주세요", ["requirements.passportCopyRequested"]],
    // A victim's story ("요구받았습니다", "뜯겼습니다") and a prohibition on paying by those channels.
    ["퇴사 의사를 밝히자 위약금 수천만 원을 요구받았습니다.", []],
    ["소개비 300만원을 뜯겼습니다", []],
    ["중도 퇴사 시 위약금 500만원을 요구하게 됩니다", ["fees.penaltyForLeaving"]],
    ["수수료·보증금을 개인 계좌, 가상자산으로 보내지 마세요.", []],
    ["수수료는 개인 계좌로 보내지 마시고 회사 계좌로 보내세요", ["fees.upfrontFee"]],
    // A signing or settlement bonus returned pro rata is a clawback; a flight cost or a penalty is not.
    ["정착 지원금 US$5,000~10,000 (3년 근무 약정, 조기 이직 시 잔여 기간 비례 반환)", []],
    ["사이닝 보너스 500만원, 1년 내 중도 퇴사 시 근무 기간에 비례하여 반환", []],
    ["정착 지원금 지급, 중도 퇴사 시 항공료 근무 기간 비례 반환", ["fees.penaltyForLeaving"]],
    ["입사 축하금 100만원, 중도 퇴사 시 위약금 500만원", ["fees.penaltyForLeaving"]],
    // A board notice warning about posts ("글 주의") is an advisory cue; one that turns to "저희는" is not.
    ["[공지] '고수익 취업' 글 주의 안내. 외곽 단지에서 여권을 뺏기고 연락이 끊긴 사례가 있습니다.", ["legitimacy.warnsJobSeekers"]],
    ["해외 고수익 알바 글 주의! 저희는 정식 업체, 관광비자로 입국", ["travel.touristVisa", "travel.workAbroad"]],
  ])("seventh pass: flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, string | null]>([
    // "We never ask for a transfer to a personal account", "do not send it by crypto": no fee channel.
    ["당사 직원은 개인 명의 계좌로 입금을 요구하지 않습니다. 수수료 없음", null],
    ["수수료·보증금을 개인 계좌, 가상자산으로 보내지 마세요.", null],
    ["수수료 30만원 개인 계좌로 입금하지 않으시면 진행 불가", "personal-account"],
    ["수수료는 테더로 보내 주세요", "crypto"],
  ])("seventh pass: reads the fee payment channel of %s", (description, channel) => {
    expect(extractFees(contextFrom({ description })).paymentChannel).toBe(channel);
  });

  // warnsJobSeekers: two separate advisory cues (trafficking or scam-compound vocabulary, reporting to or
  // checking with the police, an embassy, the labour ministry, 월드잡플러스 or a hotline, warnings aimed at
  // job seekers). One borrowed line, a lure's reassurance, or one phrase that several patterns match does not count.
  it.each<[string, string[]]>([
    ["최근 캄보디아 범죄단지에 감금되는 피해가 잇따르고 있습니다. 피해 발생 시 현지 경찰 또는 재외공관에 신고하세요.", ["legitimacy.warnsJobSeekers"]],
    ["해외 취업을 미끼로 한 인신매매 범죄가 늘고 있습니다. 고용노동부 고객상담센터(국번 없이 1350)로 문의하세요.", ["legitimacy.warnsJobSeekers", "travel.workAbroad"]],
    ["여권을 빼앗기고 강제로 일하게 되는 경우가 있습니다. 경찰청 112에 신고하세요.", ["legitimacy.warnsJobSeekers"]],
    ["캄보디아는 외교부 여행경보 지역입니다. 해외안전여행 홈페이지를 확인하세요.", ["legitimacy.warnsJobSeekers"]],
    ["무등록 업체를 통한 해외 취업은 불법입니다. 등록 여부를 꼭 확인하세요.", ["legitimacy.warnsJobSeekers"]],
    ["[공익 안내] 동남아 고수익 알바 광고에 속지 마세요. 범죄단지에 감금돼 보이스피싱에 가담하도록 강요받는 사례가 있습니다.", ["legitimacy.warnsJobSeekers"]],
    ["고수익 해외 취업 광고에 각별히 주의하세요. 외교부 영사콜센터(+82-2-3210-0404)로 신고해 주세요.", ["legitimacy.warnsJobSeekers", "travel.workAbroad"]],
    ["공고는 한국산업인력공단 월드잡플러스에서 확인하시고, 비용을 요구받으면 월드잡 고객센터로 신고해 주세요.", ["legitimacy.governmentScheme", "legitimacy.warnsJobSeekers"]],
    ["취업비자 없이 일하라는 곳은 불법 브로커입니다. 현지에서 감금 피해를 입으면 영사콜센터로 연락하세요.", ["legitimacy.warnsJobSeekers"]],
    // One borrowed warning line, or a warning that turns to "저희는", is the lure's own pitch.
    ["[취업사기 주의] 저희는 정식 업체입니다. 관광비자, 항공권 무료, 텔레그램 문의", ["travel.flightProvided", "travel.touristVisa"]],
    ["사칭 업체 주의! 저희 이름을 도용한 가짜 에이전트 조심하세요. 관광비자, 무료 항공권", ["travel.flightProvided", "travel.touristVisa"]],
    ["취업사기 조심! 불법 브로커 조심하세요. 저희는 100% 합법, 관광비자로 안전하게 보내드립니다", ["travel.touristVisa"]],
    ["외교부나 대사관에 연락하지 마세요. 취업사기 조심 저희는 관광비자로 안전하게 보내드립니다", ["travel.hideFromFamily", "travel.touristVisa"]],
    // The lure's reassurances name the same things in order to deny them.
    ["감금, 여권 압수 절대 없습니다. 인신매매 아닙니다. 경찰 걱정 X", []],
    ["인신매매 그런 거 아님 ㅋㅋ 경찰 신고 먹을 일 없음", []],
    ["이거 불법 브로커 아닙니다. 고용노동부 확인된 업체", []],
    ["보이스피싱 조직 아님, 범죄 연루 없음", []],
    ["의심되시면 대사관에 확인해 보세요. 저희는 합법 업체, 감금 그런 거 없음", []],
    // One mention only.
    ["인신매매 반대! 월 800, 경력 무관, 관광비자로 입국", ["requirements.noExperience", "travel.touristVisa"]],
    ["문제가 생기면 대사관에 연락하세요", []],
    // Two patterns over one phrase count once.
    ["외교부 영사콜센터(+82-2-3210-0404)로 신고", []],
    ["해외 취업 사기 주의보", ["travel.workAbroad"]],
    ["인신매매 피해자", []],
    // A dismissal later in the sentence ("그런 건 다 옛날 얘기", 루머, 소문, 없습니다) is a reassurance.
    ["인신매매, 감금 그런 건 다 옛날 얘기입니다. 외교부 해외안전여행 사이트에서 확인해 보세요.", []],
    ["인신매매 그런 건 루머입니다. 범죄단지 얘기는 다 소문일 뿐이에요.", []],
    ["감금 피해 사례는 저희 회사와 무관합니다. 여권 압수 같은 일은 절대 없습니다.", []],
    // Generic lines (report to the police or an embassy, beware of illegal brokers or job scams) count
    // only near the harm an advisory names; pasted alone, or as a permission to check, they are the lure's pitch.
    ["불법 브로커 조심! / 의심되면 경찰에 신고하세요. / 캄보디아 고객센터, 관광비자 입국, 텔레그램 문의.", ["travel.touristVisa"]],
    ["불법 브로커에 속지 마세요! / 취업사기가 의심되면 경찰에 신고하세요. / 정식 업체인 저희는 안전합니다. 관광비자 입국", ["travel.touristVisa"]],
    ["경찰에 확인해 보셔도 됩니다. 대사관에 문의하셔도 됩니다. 저희는 합법 업체입니다.", []],
    ["[공익 안내] 해외취업 사기 주의! / 캄보디아 여행경보 지역이라 걱정되시죠? 관광비자로 입국", ["travel.touristVisa", "travel.workAbroad"]],
    ["해외취업 사기 피해 예방을 위해 경찰에 문의 후 지원하세요. 관광비자로 입국", ["travel.touristVisa", "travel.workAbroad"]],
    ["인신매매 걱정 없어요. 불법 브로커 조심! 의심되면 경찰에 신고하세요.", []],
    ["불법 취업 알선 업체를 통해 출국하면 범죄 조직에 연루될 수 있습니다. 의심되는 구인 광고는 경찰에 신고해 주세요.", ["legitimacy.warnsJobSeekers"]],
    ["취업사기 주의! 동남아 범죄단지로 팔려가는 사례가 있습니다. 이상하면 경찰에 신고하세요.", ["legitimacy.warnsJobSeekers"]],
  ])("warnsJobSeekers: flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
});

// A header that opens an advisory's list of warning signs (sectionBefore) negates the travel and fee
// markers of every item under it, up to a blank line; a lure's own "requirements" or "benefits" list
// is still read, and so is a header line that goes on into a sentence.
describe("Korean lexicon (kor), with a warning-list header", () => {
  it.each<[string, "travel" | "fees", string, string[]]>([
    ["does not read a tourist visa under 'signs of job fraud'", "travel", "취업사기 징후:\n• 관광비자로 입국하시면 됩니다", []],
    ["does not read a fee under 'in these cases it is 100% a scam'", "fees", "⚠️ 이런 경우 100% 사기입니다\n- 등록비 30만원 선입금", []],
    ["does not read a fee under 'warning signs'", "fees", "경고 신호\n• 등록비 30만원 선입금", []],
    ["still reads a tourist visa under 'requirements'", "travel", "자격 요건:\n• 관광비자로 입국하시면 됩니다", ["touristVisa"]],
    ["still reads a fee under 'benefits'", "fees", "복리후생:\n• 등록비 30만원 선입금", ["upfrontFee"]],
    ["still reads a tourist visa after a header line that goes on into a sentence", "travel", "취업사기 징후는 많지만 저희는 걱정 없는 정식 업체입니다.\n관광비자로 입국하시면 됩니다", ["touristVisa"]],
    ["reads a fee again after the blank line that closes the list", "fees", "이런 경우 사기입니다:\n• 등록비 요구\n\n등록비 30만원 선입금", ["upfrontFee"]],
    ["does not read a tourist visa under 'ads to be suspicious of'", "travel", "□ 의심해야 할 광고 유형\n- 관광비자로 입국하시면 됩니다", []],
    ["does not read a fee under 'offers to watch out for'", "fees", "주의해야 할 제안:\n- 등록비 30만원 선입금", []],
    ["does not read a tourist visa under 'these ads are suspicious'", "travel", "□ 이런 광고는 의심하세요\n ○ 관광비자로 입국하시면 됩니다", []],
    ["still reads a tourist visa under 'points to note'", "travel", "주의해야 할 점:\n- 관광비자로 입국", ["touristVisa"]],
    ["still reads a fee under 'points to note'", "fees", "주의해야 할 점:\n- 등록비 30만원 선입금", ["upfrontFee"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// Batch 22: advisories and careful ads that quote lure wording ("if they tell you ...", "the modus
// operandi is ...", FAQ questions, statutory fees, warning-list headers), each beside the lure's own wording.
describe("Korean lexicon (kor), batch 22 quoting frames", () => {
  it.each<[string, string[]]>([
    ["※ 관광비자로 출국해 현지에서 일을 시작하는 경우는 절대 없습니다.", []],
    ["관광비자로 출국해 현지에서 일을 시작하시면 됩니다.", ["travel.touristVisa"]],
    ["관광으로 입국하라고 하거나 '입국 심사 때 여행 왔다고 하라'고 시킨다", []],
    ["관광으로 입국하시면 됩니다", ["travel.touristVisa"]],
    ["항공권을 대신 끊어 주고 월급에서 빼겠다고 한다", []],
    ["항공권은 회사가 먼저 끊어 주고 월급에서 빼겠습니다", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["항공료를 대신 내주고 급여에서 차감하겠다는 경우", []],
    ["항공료를 대신 내주고 급여에서 차감하겠습니다", ["fees.advanceRepaidFromSalary"]],
    ["도착 후 항공료·숙식비·교육비를 '빚'으로 잡아 두는 수법", []],
    ["교육비 30만원 선입금", ["fees.upfrontFee"]],
    ["그만두려 하면 위약금이나 '몸값'을 요구하는 수법이 반복되고 있습니다.", []],
    ["중도 퇴사 시 위약금 300만원을 물어야 합니다", ["fees.penaltyForLeaving"]],
    ["Q. 계약 중 하선하면 위약금이 있나요?", []],
    ["계약 중 하선하면 위약금이 있습니다", ["fees.penaltyForLeaving"]],
    ["본인 부담: 여권 발급비, 비자 신청 수수료, 건강검진비 (영수증 발급, 법정 항목만)", []],
    ["비자 신청 수수료 50만원 선입금", ["fees.upfrontFee"]],
    ["관광 목적(무비자 포함)으로 입국해 일하는 것은 현지법 위반입니다.", []],
    ["무비자로 입국해서 일하는 것은 불법 아닙니다", ["travel.noVisaNeeded", "travel.touristVisa"]],
    ["'당장 다음 주 출국'을 약속하는 곳은 주의하세요.", []],
    ["당장 다음 주 출국을 약속합니다", ["travel.urgentDeparture"]],
    ["지원하자마자 여권 사진을 달라고 한다", []],
    ["지원하자마자 여권 사진을 보내 주세요", ["requirements.passportCopyRequested"]],
    // Warning-list headers: "if it is such an offer, first suspect it", "such posts are often seen".
    ["1. 이런 제안이라면 먼저 의심하세요\n - '항공권·숙소 전부 제공', 경력 무관", []],
    ["1. 이런 제안이라면 먼저 연락 주세요\n - 항공권·숙소 전부 제공, 경력 무관", ["requirements.noExperience", "travel.accommodationProvided", "travel.flightProvided"]],
    ["요즘 SNS에서 이런 글이 자주 보입니다.\n \"경력 무관 / 비자 필요 없음 / 등록비 선입금\"", []],
    ["요즘 이런 글이 자주 보입니다. 저희는 비자 필요 없음, 등록비 선입금", ["fees.upfrontFee", "travel.noVisaNeeded"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  // Role words that name a service offered to the reader, or a harm, are not the advertised role.
  it.each<[string, string]>([
    ["크메르어 불필요, 통역 배치", "other"],
    ["통역 알바 모집", "translator"],
    ["외교부 영사콜센터에 신고하세요", "other"],
    ["콜센터 상담원 모집", "customer-service"],
    ["카카오톡 상담은 익명으로도 가능합니다", "other"],
    ["카톡 상담 알바 모집", "chat-support"],
    ["감금된 채 온라인 사기·불법 도박 업무를 강요받는 사례", "other"],
    ["불법 도박 사이트 관리", "casino"],
  ])("reads the role of the description %s", (description, family) => {
    expect(extractRole(contextFrom({ description })).family).toBe(family);
  });
});

// Batch 23: careful ads and police notices that quote lure wording ("we never ask you to come on a
// visit visa first", "no dispatch on a tourist visa", "no advance or personal-account transfer, in any
// case", "the client pays the fee", headers over quoted lure messages and victims' testimonies), each
// beside the lure's own wording, which must still fire.
describe("Korean lexicon (kor), batch 23 quoting frames", () => {
  it.each<[string, string[]]>([
    // "nobody asks you to come on a tourist visa and work": a request that never happens.
    ["관광비자로 먼저 들어와서 일하라고 요청하는 일은 없습니다.", []],
    ["관광비자로 먼저 들어와서 일하시면 됩니다.", ["travel.touristVisa"]],
    ["면접을 위해 방문비자로 두바이에 먼저 오라는 요청은 절대 하지 않습니다.", []],
    ["면접은 방문비자로 두바이에 먼저 오시면 됩니다.", ["travel.touristVisa"]],
    // "there is no dispatch of the kind that enters on a tourist visa first"
    ["관광비자로 먼저 입국한 뒤 활동하는 방식의 파견은 없습니다.", []],
    ["관광비자로 먼저 입국한 뒤 활동하는 방식입니다.", ["travel.touristVisa"]],
    // Fees: "no advance, no transfer to a personal account, in any case"; "the client pays the fee".
    ["선입금, 개인 계좌 송금 요구는 어떤 경우에도 없습니다.", []],
    ["교육비 선입금, 개인 계좌로 송금해 주세요.", ["fees.upfrontFee"]],
    ["등록비 30만원, 추가 요구는 절대 없습니다.", ["fees.upfrontFee"]],
    ["후보자에게 어떠한 수수료도 청구하지 않습니다 (채용 수수료는 고객사 부담).", []],
    ["채용 수수료는 후보자 부담, 30만원 선입금", ["fees.upfrontFee"]],
    // Headers over quoted lure messages, warning signs and victims' testimonies.
    ["🚩 이런 문구, 실제 모집 글에서 확인된 표현입니다\n- \"비자 필요 없음, 관광으로 들어오면 도착해서 처리해 줌\"\n- \"여권 사본 오늘 중으로 보내주면 다음 주 출발\"", []],
    ["이런 조건으로 모집합니다\n- 비자 필요 없음, 관광으로 들어오면 도착해서 처리해 줌\n- 여권 사본 오늘 중으로 보내주면 다음 주 출발", ["requirements.passportCopyRequested", "travel.noVisaNeeded", "travel.touristVisa", "travel.urgentDeparture"]],
    ["실제 사기 광고 문구 예시:\n- 비자 필요 없음, 등록비 선입금", []],
    ["🚩 이런 점이 보이면 멈추세요\n3. 취업비자가 아니라 관광·무비자 입국을 권한다\n5. 현지에 도착하면 여권을 회사가 보관한다고 한다", []],
    ["이런 점이 좋습니다\n3. 관광·무비자 입국 가능\n5. 현지에 도착하면 여권을 회사가 보관합니다", ["travel.noVisaNeeded"]],
    ["💬 실제 상담 사례 (재구성)\n\"면접도 없이 '비자는 필요 없고 항공권은 먼저 끊어 줄 테니 여권 사진만 보내라'고 했습니다.\"", []],
    ["면접도 없이 비자는 필요 없고 항공권은 먼저 끊어 줄 테니 여권 사진만 보내주세요.", ["requirements.passportCopyRequested", "travel.flightProvided", "travel.noVisaNeeded"]],
    // A victim reporting the recruiter's coaching, in the past tense.
    ["공항에서는 '여행 왔다고만 하라'고 하더군요. 그 말 듣고 그만뒀습니다.", []],
    ["공항에서는 여행 왔다고만 하세요.", ["travel.poseAsTourist"]],
    // A headline quoting the lure, then "that message / such offers: check before you leave".
    ["\"비자 없이 리조트 알바, 월 천\"… 그 메시지, 출국 전에 한 번만 의심해 주세요", []],
    ["\"비자 없이 리조트 알바, 월 천\" 지금 바로 연락 주세요", ["travel.noVisaNeeded"]],
    ["'숙식 제공·항공권 지원·월 500 보장' 동남아 취업 제안, 출국 전 꼭 확인하세요", ["travel.workAbroad"]],
    ["'숙식 제공·항공권 지원·월 500 보장' 동남아 취업 제안, 지금 바로 지원하세요", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided", "travel.workAbroad"]],
    // Interest in computers as the only requirement.
    ["전공 무관, 컴퓨터에 관심 있는 분", ["requirements.computerBasicsOnly"]],
    ["컴퓨터공학 전공, 관련 경력 3년 이상", ["requirements.seniorQualifications"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, string | null]>([
    ["선입금, 개인 계좌 송금 요구는 어떤 경우에도 없습니다.", null],
    ["교육비 선입금, 개인 계좌로 송금해 주세요.", "personal-account"],
  ])("reads the payment channel of %s", (description, channel) => {
    expect(extractFees(contextFrom({ description })).paymentChannel).toBe(channel);
  });
});

// Batch 24: a notice that sets out "the messages real victims received (reconstructed)" under a heading,
// an employer's "we do not ask you to start work on a tourist visa", and a passport copy asked only after
// the final offer; each beside the lure's own wording, which must still fire.
describe("Korean lexicon (kor), batch 24 quoting frames", () => {
  it.each<[string, string[]]>([
    // Headings over quoted lure messages: what victims received, what brokers send. The heading must end
    // its line; a line that goes on ("…와 달리 저희는", "…에 속지 마세요") is no heading.
    ["🔎 실제 피해자들이 받은 메시지 (재구성)\n· \"비자는 도착해서 처리, 일단 관광으로 입국\"\n· \"오늘 안에 여권 사진 보내야 자리 잡아줌\"", []],
    ["🔎 모집 조건 (요약)\n· 비자는 도착해서 처리, 일단 관광으로 입국\n· 오늘 안에 여권 사진 보내야 자리 잡아줌", ["requirements.passportCopyRequested", "travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["피해자들이 실제로 받은 문자 예시:\n- 항공권·숙소 다 회사 부담, 경력 무관", []],
    ["피해자들이 받은 제안은 이렇습니다. 항공권·숙소 다 회사 부담, 경력 무관", ["requirements.noExperience", "travel.accommodationProvided", "travel.flightProvided"]],
    ["실제 피해자들이 받은 메시지와 달리 저희는 관광비자로 입국 후 워크퍼밋 처리", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["피해 구직자들이 들은 말:\n- 등록비 30만원만 내면 바로 출국", []],
    ["등록비 30만원만 내면 바로 출국", ["fees.upfrontFee", "travel.urgentDeparture"]],
    ["브로커들이 보내는 메시지 예시:\n- 항공권·숙소 다 회사 부담, 몸만 오면 됨\n- 등록비 30만원 선입금", []],
    ["브로커들이 보내는 메시지에 속지 마세요\n- 항공권·숙소 다 회사 부담, 몸만 오면 됨\n- 등록비 30만원 선입금", ["fees.upfrontFee", "fees.zeroCostClaim", "travel.accommodationProvided", "travel.flightProvided"]],
    ["사기범들이 사용하는 문구 (일부 발췌)\n- \"관광비자로 입국, 비자는 도착해서 처리\"\n- \"여권 사본 먼저 보내주세요\"", []],
    ["저희가 사용하는 문구\n- 관광비자로 입국, 비자는 도착해서 처리\n- 여권 사본 먼저 보내주세요", ["requirements.passportCopyRequested", "travel.touristVisa", "travel.workPermitAfterArrival"]],
    // "we do not ask you to start work / enter on a tourist visa": a request the employer never makes.
    ["※ 채용 과정에서 비용을 요구하지 않으며, 관광비자 상태로 근무를 시작하도록 요청하지 않습니다.", ["fees.noFeePolicy"]],
    ["관광비자 상태로 근무를 시작하시면 됩니다.", ["travel.touristVisa"]],
    ["관광비자로 먼저 입국하도록 요구하지 않습니다.", []],
    ["관광비자로 먼저 입국하도록 요구합니다.", ["travel.touristVisa"]],
    // A passport copy asked for only after the final offer or the contract.
    ["※ 여권 사본은 최종 합격 후 워크퍼밋 신청 단계에서만 요청합니다.", []],
    ["여권 사본 보내주시면 합격 후 바로 출국", ["requirements.passportCopyRequested", "travel.urgentDeparture"]],
    ["여권 사본은 최종 합격자에 한해 제출받습니다", []],
    ["여권 사본 오늘 중으로 보내주세요", ["requirements.passportCopyRequested"]],
    ["여권 사진은 근로계약 체결 후 요청드립니다", []],
    ["여권 사진 먼저 보내주시면 계약서 보내드립니다", ["requirements.passportCopyRequested"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
});

describe("Korean lexicon (kor), batch 25 quoted lures in notices", () => {
  it.each<[string, string[]]>([
    // Headings over quoted lure wording ("최근 확인된 광고 문구 (예시)", "신고 사례에서 반복된 안내 문구 (요약)",
    // "이런 표현이 보이면 멈추세요"), each beside the same wording without the heading.
    ["■ 최근 확인된 광고 문구 (예시)\n- \"비자 없이 입국 가능, 항공권·숙소 전부 회사 부담\"\n- \"여권 사진 먼저 보내주면 바로 표 끊어드림\"", []],
    ["비자 없이 입국 가능, 항공권·숙소 전부 회사 부담\n여권 사진 먼저 보내주면 바로 표 끊어드림", ["requirements.passportCopyRequested", "travel.accommodationProvided", "travel.flightProvided", "travel.noVisaNeeded"]],
    ["5. 실제 신고 사례에서 반복된 안내 문구 (요약)\n - \"부모님께는 여행 간다고 해\"\n - \"항공권은 우리가 먼저 끊어주고 첫 월급에서 빼겠다\"", []],
    ["부모님께는 여행 간다고 해\n항공권은 우리가 먼저 끊어주고 첫 월급에서 빼겠다", ["fees.advanceRepaidFromSalary", "travel.hideFromFamily"]],
    ["📌 이런 표현이 보이면 일단 멈추세요\n- \"항공권은 회사가 먼저 내주고 월급에서 공제\", \"관광으로 입국\"", []],
    ["📌 이런 조건이면 바로 지원하세요\n- 항공권은 회사가 먼저 내주고 월급에서 공제, 관광으로 입국", ["fees.advanceRepaidFromSalary", "travel.flightProvided", "travel.touristVisa"]],
    ["관광(T) 비자나 무비자가 아닌 비즈니스(E) 비자로 입국해야 합니다.", []],
    ["무비자로 입국해서 근무하시면 됩니다", ["travel.noVisaNeeded", "travel.touristVisa"]],
    ["⚠ 관광비자나 무비자 입국 상태로는 근무를 시작할 수 없습니다.", []],
    ["관광비자나 무비자 입국 상태로 근무를 시작하시면 됩니다.", ["travel.noVisaNeeded", "travel.touristVisa"]],
    ["\"일단 관광으로 들어오면 회사가 알아서 처리해 준다\"는 안내는 정상적인 채용 절차가 아닙니다.", []],
    ["일단 관광으로 들어오면 회사가 알아서 처리해 준다", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["'관광으로 먼저 입국한 뒤 현지에서 취업비자로 바꿔 준다'는 제안은 정부 지원 사업과 무관하니 주의하시기 바랍니다.", []],
    ["'불법 아니냐'는 말은 걱정 마세요. 관광으로 먼저 입국한 뒤 현지에서 취업비자로 바꿔 드립니다.", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["\"관광으로 먼저 입국\"이라는 제안은 불법 아닙니다. 걱정 마세요", ["travel.touristVisa"]],
    ["관광비자(ESTA)로 먼저 출국해 현지에서 취업 신분으로 바꿔 주겠다는 제안은 불법이며, 당사는 그런 방식으로 진행하지 않습니다.", []],
    ["관광비자로 먼저 출국해 현지에서 취업 신분으로 바꿔 주겠다는 약속은 100% 지킵니다", ["travel.touristVisa"]],
    ["당사 이름을 사칭해 '관광비자로 먼저 출국', '교육비 선입금'을 요구하는 사례가 있습니다.", []],
    ["'관광비자로 먼저 출국', '교육비 선입금' 필수입니다", ["fees.upfrontFee", "travel.touristVisa"]],
    ["항공권·숙소 비용을 나중에 급여에서 공제하거나 '위약금'을 물리는 조건이 있는지 확인하세요", []],
    ["항공권·숙소 비용은 나중에 급여에서 공제, 중도 퇴사 시 위약금 있음", ["fees.advanceRepaidFromSalary", "fees.penaltyForLeaving"]],
    ["약정 조건(중도 이직 시 정착지원금 일부 반환 범위 등)은 서면으로 공개합니다.", []],
    ["중도 이직 시 항공료 전액 반환", ["fees.penaltyForLeaving"]],
    ["학교 프로그램은 개인 메신저로 여권 사진이나 예치금을 요구하지 않습니다.", []],
    ["여권 사진이나 신분증 먼저 보내주세요", ["requirements.passportCopyRequested"]],
    ["여권 사진 외에는 아무 서류도 요구하지 않습니다", ["requirements.passportCopyRequested"]],
    ["출국했다가 연락이 끊기는 사례가 보고되고 있습니다. 즉시 112 또는 외교부 영사콜센터에 신고하세요.", ["legitimacy.warnsJobSeekers"]],
    ["연락 두절 사례 없음, 안전한 회사입니다. 이번 주 출국", ["travel.urgentDeparture"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  // An age bound on dependants, or a minimum age ("만 21세 미만은 지원 불가"), is no young age range.
  it.each<[string, number | null]>([
    ["배우자와 21세 미만 자녀가 함께 신청할 수 있습니다.", null],
    ["만 21세 미만은 지원 불가", null],
    ["25세 미만 여성 우대", 25],
    ["만 18세 이하 지원 불가, 35세 이하 우대", 35],
  ])("age cap of %s", (description, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    if (max === null) expect(range).toBeNull();
    else expect(range).toMatchObject({ min: null, max });
  });
});

// Batch 26: careful ads and notices that state what they will not do ("we do not guide you to enter on a
// tourist visa or visa-free and work"), judge third parties ("agencies that guide you to … are illegal"),
// ask FAQ questions about what a recruiter said, list recruiters' demands as nouns, or describe lawful
// arrangements (a ticket never deducted, statutory training paid to the training body); each beside the
// lure's own wording, which must still fire.
describe("Korean lexicon (kor), batch 26 careful ads and notices", () => {
  it.each<[string, string[]]>([
    // "we do not guide you to enter on a tourist visa or visa-free and work"
    ["관광비자나 무비자로 입국해 근무하도록 안내하지 않습니다.", []],
    ["관광비자나 무비자로 입국해 근무하도록 안내해 드립니다.", ["travel.noVisaNeeded", "travel.touristVisa"]],
    // "agencies that guide you to enter on ESTA (visa-free) or a tourist visa and start work are illegal"
    ["ESTA(무비자)나 관광비자로 먼저 입국해 일을 시작하도록 안내하는 업체는 불법입니다.", []],
    ["ESTA(무비자)나 관광비자로 먼저 입국해 일을 시작하도록 안내해 드립니다.", ["travel.noVisaNeeded", "travel.touristVisa"]],
    // A list of bare nouns the third party demands, then the verdict.
    ["해외 취업을 명목으로 관광비자 출국, 여권 보관, 선납 수수료를 요구하는 곳은 불법 알선일 가능성이 높으니 주의하시기 바랍니다.", ["travel.workAbroad"]],
    ["관광비자 출국, 여권 보관, 선납 수수료 30만원 필수입니다.", ["fees.upfrontFee", "travel.touristVisa"]],
    // The lure's own clause ("…오시면 되고,") before a warning about others is still read.
    ["관광비자로 입국하시면 되고, 보증금을 요구하는 업체는 사기입니다.", ["travel.touristVisa"]],
    // FAQ: "the company says '…is fine'. Is that OK?"
    ["Q. 회사가 \"캄보디아는 도착비자로 들어와서 나중에 바꾸면 된다\"고 합니다. 괜찮은가요?", []],
    ["캄보디아는 도착비자로 들어와서 나중에 바꾸면 됩니다. 괜찮아요.", ["travel.touristVisa"]],
    ["Q. 업체가 \"비자 없이 들어와도 된다\"고 하는데 믿어도 되나요?", []],
    ["비자 없이 들어와도 됩니다. 믿으셔도 돼요.", ["travel.noVisaNeeded"]],
    // Recruiters' demands listed as nouns ("관광비자 취업 권유, 선입금 요구 …"); 알선 (placement) is the lure's offer.
    ["'해외 취업 사기 예방' 특강: 관광비자 취업 권유, 선입금 요구, 여권 맡기기 요구 사례", ["travel.workAbroad"]],
    ["관광비자 취업 알선, 교육비 선입금 필수", ["fees.upfrontFee", "travel.touristVisa"]],
    // "report agencies that ask a fee or tell you to go in as a tourist first"
    ["수수료·보증금을 요구하거나 \"관광으로 먼저 들어가라\"고 하는 업체가 있으면 신고해 주세요.", []],
    ["수수료·보증금 입금하시면 관광으로 먼저 들어가시면 됩니다.", ["fees.upfrontFee", "travel.touristVisa"]],
    // Lawful arrangements: a ticket that is not deducted, statutory training paid to the training body.
    ["승·하선 항공권 선사 부담 (급여에서 공제하지 않음)", []],
    ["항공권 회사 부담 (첫 달 급여에서 공제)", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["STCW 교육비와 건강검진비는 본인 부담이며, 교육기관·병원에 직접 납부합니다.", []],
    ["교육비와 건강검진비는 본인 부담이며, 담당자 계좌로 입금해 주세요.", ["fees.upfrontFee"]],
    // "if the condition 'deducted from pay later' comes with it, check"
    ["다만 \"나중에 급여에서 공제\"라는 조건이 붙는다면 반드시 확인이 필요합니다.", []],
    ["항공권은 회사가 먼저 내고 나중에 급여에서 공제합니다.", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    // A heading over the luring methods reported lately; a heading of the recruiter's own method is no warning list.
    ["■ 최근 접수된 유인 방식\n- 회사 이메일 한 통으로 합격 통보, 비자는 도착해서 처리\n- 항공권을 먼저 보내 주고 월급에서 공제", []],
    ["■ 모집 방식\n- 회사 이메일 한 통으로 합격 통보, 비자는 도착해서 처리\n- 항공권을 먼저 보내 주고 월급에서 공제", ["fees.advanceRepaidFromSalary", "travel.workPermitAfterArrival"]],
    // Lure: a cover story for the parents with a few words in between ("처음엔 그냥 태국 여행 간다고 해 두는 게 편해요").
    ["부모님께는 처음엔 그냥 태국 여행 간다고 해 두는 게 편해요.", ["travel.hideFromFamily"]],
    ["와이프한테는 일단 베트남 출장 간다고 얘기해 두세요", ["travel.hideFromFamily"]],
    ["부모님께는 처음엔 태국 여행 간다고 하라는 말에 속지 마세요.", []],
    ["부모님께 처음엔 걱정 끼쳐 드렸지만 지금은 응원해 주십니다.", []],
    // Lure: "no experience at all, I got in too" (경험 1도 없이).
    ["저도 방송 쪽 경험 1도 없이 들어왔는데 2주면 다 익숙해져요.", ["requirements.noExperience"]],
    ["경력이 전혀 없으면 지원하실 수 없습니다.", []],
    ["\"경험 하나도 없이 시작 가능\" 같은 문구는 의심하세요.", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
});

// Batch 27: a working-holiday restaurant that sees a passport copy only to check the visa the worker
// already holds, a university notice that tells students to stop sending passport copies, a bank that
// does not allow entry on a tourist visa to work; each beside the lure's own wording, which must still fire.
describe("Korean lexicon (kor), batch 27 lawful passport copies and notices", () => {
  it.each<[string, string[]]>([
    // A copy seen only to check the visa already held, or only for payroll registration.
    ["저희는 여권 사본도 비자 확인(VEVO)용으로만 보고 돌려드립니다.", []],
    ["여권 사본은 비자 확인용으로만 쓰니 먼저 보내주세요", ["requirements.passportCopyRequested"]],
    ["여권 사본은 급여 등록용으로만 사용합니다.", []],
    ["여권 사본 보내주세요. 급여 등록용으로만 씁니다", ["requirements.passportCopyRequested"]],
    // Asked on joining, not up front.
    ["여권 사본은 입사 후 급여 등록 시 제출해 주세요", []],
    ["여권 사본 보내주시면 입사 후 바로 출국 일정 잡아드립니다", ["requirements.passportCopyRequested", "travel.urgentDeparture"]],
    // "Don't send (any more of) it"; the lure's "not to anyone, only to us" still asks for it.
    ["여권 사본 등 개인정보를 더 보내지 말고 대화 내용을 캡처해 두세요", []],
    ["여권 사본 등 개인정보를 먼저 보내 주세요", ["requirements.passportCopyRequested"]],
    ["여권 사진을 절대 보내지 마세요", []],
    ["여권 사진 아무에게나 보내지 마시고 저희 담당자에게만 보내세요", ["requirements.passportCopyRequested"]],
    ["여권 정보를 보내지 마세요", []],
    ["여권 정보를 보내주세요", ["requirements.passportCopyRequested"]],
    ["여권 사본, 망설이지 마시고 보내주세요", ["requirements.passportCopyRequested"]],
    // "Entering on a tourist visa to work is not allowed (here)".
    ["관광비자로 입국해 근무하는 방식은 허용하지 않으며, 반드시 비즈니스 비자로 입국합니다", []],
    ["관광비자로 들어와서 일하는 형태는 인정하지 않습니다.", []],
    ["관광비자로 입국해 근무하는 방식이라 비자 걱정 없습니다", ["travel.noVisaNeeded", "travel.touristVisa"]],
    ["관광비자로 입국해 근무하는 방식은 허용하지 않는다고들 하지만 저희는 문제없습니다", ["travel.touristVisa"]],
    // "Report to the police (112) or the consular call centre": two cues, as "112 또는 외교부" was.
    ["경찰(112) 또는 외교부 영사콜센터에 신고·상담하세요", ["legitimacy.warnsJobSeekers"]],
    ["말씀하신 조건은 외교부와 경찰이 계속 경고하는 수법입니다. 범죄단지로 넘겨진 사례도 있어요.", ["legitimacy.warnsJobSeekers"]],
    ["문제 생기면 경찰 말고 저희 카톡으로 연락 주세요", []],
    ["외교부가 경고하는 업체와 다릅니다. 대사관에서 당부하는 사항 다 지킵니다. 경찰이 계속 경고하는 불법 업체 아닙니다.", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  // A notice title ("취업사기 주의 안내") is a cue; the lure's "beware of people using our name" is not.
  it.each<[string, number]>([
    ["'해외 고수익 알바' 취업사기 주의 안내\n경찰(112) 또는 외교부 영사콜센터에 신고하세요.", 3],
    ["[취업사기 주의 안내] 최근 저희 회사를 사칭하는 연락이 있습니다\n경찰(112) 또는 외교부 영사콜센터에 신고하세요.", 2],
    ["[취업사기 주의 안내] 최근 저희 회사를 사칭하는 연락이 있습니다", 0],
  ])("advisory cues of %s", (description, cues) => {
    expect(extractLegitimacy(contextFrom({ description })).advisoryCues).toBe(cues);
  });

  // A place under a Korean warning-list header is a warning sign, not the job's destination.
  it.each<[string, string]>([
    ["📌 이런 제안은 의심하세요 (체크리스트)\n □ \"캄보디아 도착 후 비자 처리\"", "warning"],
    ["📌 모집 안내\n □ 캄보디아 도착 후 비자 처리", "unknown"],
  ])("places role of %s", (description, role) => {
    expect(extractPlaces(contextFrom({ description })).mentions.map((place) => place.role)).toEqual([role]);
  });
});

// Batch 28: what job seekers read besides ads. A tour guide is told not to come on a tourist visa; a
// news report quotes the broker in the past tense ("…"고 했다) and headlines a quoted offer with the
// detention it led to; a Q&A asker lists an offer under "제안을 받았는데 불안해요"; a counsellor lists
// the same conditions under "… 사기·감금 피해 유형과 겹칩니다" or explains each with "→ … 수법"; a report
// sets ad phrases under "광고 문구엔 공통점이 있다". Each row that must not fire has a lure beside it.
describe("Korean lexicon (kor), batch 28 stories, Q&A and news", () => {
  it.each<[string, string[]]>([
    // "Do not come on a tourist visa" right after the match.
    ["관광(T) 비자로는 가이드 근무가 불가하니 관광비자로 오시면 안 됩니다.", []],
    ["관광비자로 오시면 됩니다.", ["travel.touristVisa"]],
    ["관광비자로 오시면 되고 워크퍼밋은 도착 후 저희가 처리합니다", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    // The broker's words reported in a news story; a first-person testimonial in polite speech still fires.
    ["담당자는 \"입국은 관광으로 하고 비자는 회사가 현지에서 처리한다\"고 했다.", []],
    ["담당자가 \"입국은 관광으로 하면 된다\"고 했어요. 저도 그렇게 왔고 월 500 벌어요", ["travel.touristVisa"]],
    // A quoted offer, then the detention it led to; "0 victims" is the lure's own boast.
    ["\"월 1,000만 원, 비자 없이 가능\"… 캄보디아 감금 피해 청년들이 본 구인 광고", []],
    ["\"월 1,000만 원, 비자 없이 가능\" 피해자 0명! 100% 안전합니다", ["travel.noVisaNeeded"]],
    ["\"월 1,000만 원, 비자 없이 가능\" 지금 바로 연락주세요", ["travel.noVisaNeeded"]],
    // A Q&A asker's doubt over the offer listed below; a past doubt that turned out well is a testimonial.
    ["지인 소개로 해외 일자리 제안을 받았는데 조건이 너무 좋아서 오히려 불안해요.\n- 항공권은 회사가 먼저 끊어주고 월급에서 빼준대요\n- 이번 주 안에 여권 사본을 보내달라고 합니다", ["travel.workAbroad"]],
    ["처음엔 이 제안을 받았는데 불안했는데 가보니 너무 좋아요\n- 항공권은 회사가 먼저 끊어주고 월급에서 공제\n- 여권 사본 먼저 보내주세요", ["fees.advanceRepaidFromSalary", "requirements.passportCopyRequested", "travel.flightProvided"]],
    // The counsellor's "these match the scam types" over a numbered list; "we are nothing like scams" is a lure's.
    ["말씀하신 조건 중 여러 개가 해외 취업 사기·감금 피해 유형과 겹칩니다.\n① 항공권 선지급 후 급여 차감\n② 텔레그램 전용 연락, 급한 여권 사본 요구", ["travel.workAbroad"]],
    ["저희 회사는 사기 유형과 전혀 다릅니다.\n① 항공권 선지급 후 급여 차감\n② 여권 사본 먼저 보내주세요", ["fees.advanceRepaidFromSalary", "requirements.passportCopyRequested"]],
    // "→ a technique to bind you with debt"; "→ not a scam, 100% safe" is the lure's.
    ["항공권 선지급 후 급여 차감 → 나중에 '빚'으로 묶는 수법에 자주 쓰입니다.", []],
    ["항공권 선지급 후 급여 차감 → 사기 아닙니다, 100% 안전", ["fees.advanceRepaidFromSalary"]],
    // A report's "the ads' phrases have something in common"; "what good ads have in common" is a lure's.
    ["■ 광고 문구엔 공통점이 있다\n△'해외 알바 숙식 제공' △'여권 사본 먼저' 같은 글이 반복적으로 등장했다.", []],
    ["■ 좋은 공고의 공통점\n- 숙식 제공, 여권 사본 먼저 보내주세요", ["requirements.passportCopyRequested", "travel.accommodationProvided", "travel.foodProvided"]],
    // Rescue news: "detained, then rescued" beside a police report.
    ["지난해 캄보디아에서 석 달 가까이 감금됐다가 구출된 A씨는 경찰에 신고했다.", ["legitimacy.warnsJobSeekers"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  // "Check the company is real" is an advisory cue; a lure borrowing that one line stays below two.
  it.each<[string, number]>([
    ["A씨는 감금됐다가 구출됐다. 나라가 아니라 회사의 실체를 확인하는 것이 중요하다.", 2],
    ["회사 실체 확인하고 오세요, 저희는 정식 법인입니다", 0],
  ])("advisory cues of %s", (description, cues) => {
    expect(extractLegitimacy(contextFrom({ description })).advisoryCues).toBe(cues);
  });

  // 관광통역안내사 is the tour guide's licence, not a translator's job.
  it.each<[string, RoleFamily]>([
    ["관광통역안내사 또는 국외여행인솔자 자격 우대", "other"],
    ["통역 가능자 우대, 카지노 VIP 통역", "translator"],
  ])("role of %s", (description, family) => {
    expect(extractRole(contextFrom({ description })).family).toBe(family);
  });

  // Korean puts the refusal at the clause's end, often beyond the dozen characters other cues reach:
  // "관광 목적으로 입국해서 근무를 시작하라고 안내하지 않습니다". A lure's reassurance at the same
  // distance ("걱정하지 않으셔도 됩니다") refuses nothing, and "비용을 일절 받지 않습니다" is a policy
  // whatever the particle.
  it.each<[string, string, Record<string, boolean>]>([
    ["does not read a tourist entry the agency says it never advises", "관광 목적으로 입국해서 근무를 시작하라고 안내하지 않습니다.", { "travel.touristVisa": false }],
    ["does not read a visit visa in a route it calls illegal and does not run", "방문 비자·eTA로 먼저 입국한 뒤 일을 시작하는 방식은 불법이며 진행하지 않습니다.", { "travel.touristVisa": false }],
    ["does not read a tourist visa in a method it says it never uses", "관광비자나 방문비자로 먼저 출국하는 방식은 절대 없습니다.", { "travel.touristVisa": false }],
    ["still reads a tourist visa with a lure's reassurance at the clause's end", "관광비자로 입국하시면 회사가 취업비자로 바꿔 드리니 걱정하지 않으셔도 됩니다.", { "travel.touristVisa": true }],
    ["still reads a tourist visa offered with 'no problem'", "관광비자로 먼저 들어오시는 방식이라 아무 문제 없습니다.", { "travel.touristVisa": true }],
    ["reads 'charges no recruitment costs at all' with the particle 을", "당사는 채용 관련 비용을 일절 받지 않습니다.", { "fees.noFeePolicy": true }],
    ["does not read a deposit it takes as a no-fee policy", "보증금 50만 원을 받습니다.", { "fees.noFeePolicy": false }],
    ["reads a Phnom Penh street number as an address", "캄보디아 프놈펜 BKK1, 57번 도로 사무실", { "legitimacy.streetAddress": true }],
  ])("clause ends and particles: %s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
