import { describe, expect, it } from "vitest";
import { allFlags, familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Chinese (simplified and traditional) lexicon (zho)", () => {
  it.each<[string, string[]]>([
    ["公司在柬埔寨，包吃包住，来回机票公司报销，落地有专人接机。", ["travel.accommodationProvided", "travel.airportPickup", "travel.flightProvided", "travel.foodProvided"]],
    ["吃住全包，机票到岗后报销，下周统一出发。", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided", "travel.urgentDeparture"]],
    ["无需经验，不看学历，会用电脑打字就行，小白也可以。", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience"]],
    ["先办旅游签过去，到了以后再转工作签，机票钱从工资里慢慢扣。", ["fees.advanceRepaidFromSalary", "travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["不要告诉家人，过海关时就说是去旅游的。", ["travel.hideFromFamily", "travel.poseAsTourist"]],
    ["今天把护照首页拍照发我，这两天就能走。", ["requirements.passportCopyRequested", "travel.urgentDeparture"]],
    ["一分钱都不用花，所有费用公司承担，不收任何中介费。", ["fees.noFeePolicy", "fees.zeroCostClaim"]],
    ["合同期内不能离开，提前走人要赔机票钱。", ["fees.penaltyForLeaving"]],
    ["报名后先交定金500元，到岗后退还。", ["fees.upfrontFee"]],
    // 制定 + 金融 (drawing up financial products) and 固定 + 金额 hold 定金 across a word boundary.
    ["负责制定金融产品运营流程，固定金额的绩效奖金。", []],
    ["包 吃 住 ✈ 机 票 报 销 🚫 无 经 验 也 可", ["requirements.noExperience", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["住宿自理，机票不报销。", []],
    ["面包食品有限公司诚聘普工，男女不限，18-45岁。", ["legitimacy.legalEntity"]],
    ["本公司为员工申请工作准证，出国前签订劳务合同，面试流程：笔试 → 两轮技术面 → 主管面。", ["legitimacy.multiStageInterview", "legitimacy.workPermitSponsored", "legitimacy.writtenContractBeforeTravel"]],
    ["雇主提供宿舍，按国家规定收取服务费并开具发票。", ["travel.accommodationProvided"]],
    ["不以旅游签证出境，严禁中介私自收费。", ["fees.noFeePolicy"]],
    ["到了以后公司再办理工作签证。", ["travel.workPermitAfterArrival"]],
    // Native wording beyond the train ads: Cantonese, Taiwanese and Malaysian registers, slang, chat forms.
    ["东南亚搬砖，月入3万，不是诈骗。", ["travel.workAbroad"]],
    ["去东南亚发展，包吃包住，人齐就走。", ["travel.accommodationProvided", "travel.foodProvided", "travel.urgentDeparture", "travel.workAbroad"]],
    ["外派海外项目，飞机票全包，签证费由公司承担。", ["travel.flightProvided", "travel.visaProvided", "travel.workAbroad"]],
    ["公司负担来回机票，提供膳宿，三餐免费。", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["机票签证全包，路费全包，吃住全免。", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided", "travel.visaProvided"]],
    ["拿旅游签过去，工签过去再办，落地后公司派车接。", ["travel.airportPickup", "travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["以游客身份入境，唔使申请签证，签证下来就飞。", ["travel.noVisaNeeded", "travel.touristVisa", "travel.urgentDeparture"]],
    ["下周就走，口岸有专人接应。", ["travel.airportPickup", "travel.urgentDeparture"]],
    ["走水路，不用护照也能过去，有蛇头带路。", ["travel.borderCrossing"]],
    ["海关问起就说是去度假，扮游客，不要说是去工作。", ["travel.poseAsTourist"]],
    ["唔好俾屋企人知，瞒着父母出来。", ["travel.hideFromFamily"]],
    ["毋须经验，冇经验都得，手把手教，小白均可。", ["requirements.noExperience"]],
    ["文凭不限，没有学历也可以，初中文化即可。", ["requirements.noDegree"]],
    ["不需要任何基础，一学就会，轻松上手。", ["requirements.noSkills"]],
    ["会用微信聊天就行，能打字就行。", ["requirements.computerBasicsOnly"]],
    ["只招女生，外貌端正。", ["requirements.genderOrAppearance"]],
    ["护照即可，发护照照片给我。", ["requirements.passportCopyRequested", "requirements.passportRequired"]],
    ["先交2000元押金，缴纳报名费。", ["fees.upfrontFee"]],
    ["机票费用先由公司垫付，到时从工资里抵扣。", ["fees.advanceRepaidFromSalary"]],
    ["往返机票公司先行垫付，入职后从工资中分期扣除。", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["公司垫付机票，到岗后再说。", ["fees.advanceRepaidFromSalary"]],
    // Task scams make the worker advance money for "orders": no travel cost is advanced.
    ["进阶任务：先垫付充值，返本金+30%佣金。", []],
    ["先自己墊付商品款，10分鐘內退回。", []],
    ["每单商品费用需先自行垫付，完成后返还本金。", []],
    ["中途离职要赔，押一个月工资，干满六个月才能回国。", ["fees.penaltyForLeaving"]],
    ["合同没满不能走，回国要交赎金。", ["fees.penaltyForLeaving"]],
    ["如果你提前离职，需赔付违约金。", ["fees.penaltyForLeaving"]],
    // Lawful look-alikes: pay components, statutory deductions, warnings, licensed and government channels.
    ["底薪 RM1,700 起 + 服务费，包吃包住。", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["底薪3000+服务费分成，有员工宿舍。", ["travel.accommodationProvided"]],
    ["社保个人部分从工资中扣除，依法缴纳公积金。", []],
    ["若要求以觀光身分入境、先交保證金或交出護照，應提高警覺。", []],
    ["警惕以旅游签证出国务工的招聘，凡是要求先交押金的都是骗子。", []],
    ["本公司具有对外劳务合作经营资格，不向求职者收取任何费用，免仲介费。", ["fees.noFeePolicy", "legitimacy.governmentScheme"]],
    ["参加青年海外度假打工计划，出国前签订书面劳动合约。", ["legitimacy.governmentScheme", "legitimacy.writtenContractBeforeTravel"]],
    ["雇主担保工作签证，持工作签证出境。", ["legitimacy.workPermitSponsored"]],
    ["本地餐厅招服务员，包吃包住，无经验可，微信面试。", ["requirements.noExperience", "travel.accommodationProvided", "travel.foodProvided"]],
    ["棋牌室招收银员，本地上班。", []],
    ["工作轻松愉快，团队氛围好。", []],
    ["出国费用全部自理。", []],
    // Second pass: native variants the train ads never use (chat shorthand, Cantonese, Taiwanese, homophones).
    ["提供吃住，包来回，报销往返机票。", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["签证公司办，公司订好机票。", ["travel.flightProvided", "travel.visaProvided"]],
    ["包食住，宿舍免费，吃饭不要钱。", ["travel.accommodationProvided", "travel.foodProvided"]],
    ["去外国打工，管吃管住。", ["travel.accommodationProvided", "travel.foodProvided", "travel.workAbroad"]],
    ["拿旅签过去，到那边再办工签。", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["用商务签过去上班，不用办工签。", ["travel.noVisaNeeded", "travel.touristVisa"]],
    ["办电子签过去，说走就走，三天之内就能走。", ["travel.touristVisa", "travel.urgentDeparture"]],
    ["立刻出发，下飞机有人接。", ["travel.airportPickup", "travel.urgentDeparture"]],
    ["盡快出發，工簽到當地再辦。", ["travel.urgentDeparture", "travel.workPermitAfterArrival"]],
    ["走线过去，偷偷过境。", ["travel.borderCrossing"]],
    ["不走正规口岸，包过关。", ["travel.borderCrossing"]],
    ["假装去旅游，买张假的回程机票应付海关。", ["travel.poseAsTourist"]],
    ["不要让家里人知道。", ["travel.hideFromFamily"]],
    ["驻外工作，海外派遣。", ["travel.workAbroad"]],
    ["无经验亦可，不限经验，唔需经验。", ["requirements.noExperience"]],
    ["学历无限制，认识字就行，不论学历。", ["requirements.noDegree"]],
    ["0基础，无基础也可，会说话就行。", ["requirements.noSkills"]],
    ["会简单电脑，会玩手机就行。", ["requirements.computerBasicsOnly"]],
    ["相貌端正，年轻貌美，肤白，身高要求165。", ["requirements.genderOrAppearance"]],
    ["有护照者优先。", ["requirements.passportRequired"]],
    ["机票钱先欠着，以工抵债。", ["fees.advanceRepaidFromSalary"]],
    ["赔钱才能走，压一个月工资，私自跑路要罚款。", ["fees.penaltyForLeaving"]],
    ["零元出国，一切费用都由老板出。", ["fees.zeroCostClaim"]],
    ["免收任何费用。", ["fees.noFeePolicy"]],
    ["人力资源服务许可证编号：440106202300123", ["legitimacy.registrationNumber"]],
    ["先签合同再出发，公司为员工申请EP。", ["legitimacy.workPermitSponsored", "legitimacy.writtenContractBeforeTravel"]],
    ["商务部批准的对外劳务合作企业。", ["legitimacy.governmentScheme"]],
    // Look-alikes the new variants must leave alone.
    ["享受说走就走的旅行，包来回车费。", []],
    ["提供住房补贴，有无经验者优先考虑。", []],
    ["工作需要经常出差，签证由员工自行办理。", []],
    ["项目经理需经常驻外，具备海外工作经验者优先。", []],
    ["不走寻常路，敢于创新。", []],
    ["五险一金，双休，包住，国家法定节假日。", ["legitimacy.statutoryBenefits", "travel.accommodationProvided"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["东南亚网络客服 月薪2万", "customer-service"],
    ["菠菜平台 客服", "casino"],
    ["资料录入员（居家）", "data-entry"],
    ["酒店前台接待", "hospitality"],
    ["油漆工 钢筋工 急招", "construction"],
    ["真人视讯客服 月薪2万", "casino"],
    ["棋牌平台推广专员", "casino"],
    ["情感聊天客服（居家）", "chat-support"],
    ["手机打字赚钱", "typing"],
    ["游戏陪练 高薪", "game-tester"],
    ["国家电投集团招聘电气工程师", "professional"],
    ["波菜平台客服", "casino"],
    ["博弈公司客服 月薪3万", "casino"],
    ["叠码仔 急招", "casino"],
    ["电投客服", "casino"],
    ["坐席员", "customer-service"],
    ["打字专员（居家）", "typing"],
    ["私聊客服", "chat-support"],
    ["引流专员", "marketing"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "男女不限，18-45岁，包吃住" })).ageRange).toMatchObject({ min: 18, max: 45 });
  });
});

// Anti-fraud and consular notices (simplified and traditional); a lure's '不是电诈', '不扣护照', '谨防冒名' must not supply two cues.
describe("Chinese lexicon (zho): warnings to job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads an anti-fraud notice naming high-pay bait, a scam compound, detention and the 12308 hotline", "【防骗提示】近期有不法分子以高薪为诱饵，将求职者骗到缅北诈骗园区，限制人身自由。如遇此类情况请立即报警或拨打12308求助。", ["warnsJobSeekers"]],
    ["reads a traditional-character MOFA notice with a labour-ministry check and the emergency centre", "外交部提醒國人：境外高薪工作多為詐騙陷阱，出國前請向勞動部查證，若遭限制人身自由請撥打緊急聯絡中心。", ["warnsJobSeekers"]],
    ["reads a warning against illegal brokers and a MOFCOM licence check", "谨防黑中介！出国务工请通过商务部对外劳务合作平台查询企业资质。", ["warnsJobSeekers"]],
    ["does not read a lure's borrowed 'scammers keep out, beware of impostors' line as an advisory", "🈲 不收任何费用 🈲 骗子勿扰，谨防冒名！西港客服月薪2万，包吃住，机票报销。", []],
    ["does not read a lure's reassurances (not telecom fraud, not a scam compound, freedom not restricted) as cues", "正规公司，不是电诈，不是诈骗园区，不扣护照，不限制人身自由，和电诈无关。", []],
    ["does not read one mention of trafficking as an advisory", "我们坚决反对人口贩卖。缅甸KK园区直招，月薪3万，落地专车接。", []],
    ["does not count two patterns over one phrase twice, nor 'no need to contact the embassy'", "谨防高薪陷阱，不用联系大使馆。", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});

// Headers over an advisory's list of warning signs (`sectionBefore`): the items are what to refuse.
describe("Chinese lexicon (zho): warning-list headers", () => {
  it.each<[string, Family, string, string[]]>([
    ["does not read a reimbursed ticket listed under 'common signs of scam recruitment'", "travel", "诈骗招聘的常见特征：\n• 机票报销，包吃住", []],
    ["does not read a traditional-character ticket listed under 'how to spot a job scam?'", "travel", "如何識別境外求職詐騙？\n• 機票報銷，包吃住", []],
    ["does not read a tourist visa listed under 'if you meet these, it is a scam!'", "travel", "遇到以下情况，一定是诈骗！\n1. 持旅游签证入境", []],
    ["does not read a deposit listed under 'report it at once if you see these'", "fees", "出现以下情况请立即报警：\n- 先交押金5000元", []],
    ["still reads a ticket listed under 'job benefits'", "travel", "岗位福利：\n• 机票报销，包吃住", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["still reads a tourist visa under a lure's 'no deposit, no trap' line", "travel", "以下岗位均为正规直招，无押金无陷阱：\n1. 持旅游签证入境", ["touristVisa"]],
    ["still reads a deposit after a header line that goes on into a sentence", "fees", "虚假招聘的特征：收取押金，然后失联。\n先交押金5000元", ["upfrontFee"]],
    ["reads a ticket again after a blank line", "travel", "詐騙集團常用話術：\n• 機票報銷\n\n機票報銷", ["flightProvided"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});
