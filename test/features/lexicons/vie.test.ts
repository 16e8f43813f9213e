import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Vietnamese: typed with or without tones, with chat abbreviations ("ko", "KN", "ib"), and look-alikes
// from ordinary local ads (shuttles, Tet bus tickets, hotel service charges) that must stay quiet.
describe("Vietnamese lexicon (vie)", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads free board, a free flight and onward tickets", "travel", "Ăn ở FREE, vé máy bay miễn phí, công ty lo vé tiếp theo.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads a tourist entry with the work permit after arrival", "travel", "Đi theo diện khách du lịch, giấy phép lao động làm sau khi nhân viên sang.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads coaching to say it is a holiday at the airport", "travel", "Ai hỏi ở sân bay thì nói đi du lịch với bạn bè.", ["poseAsTourist"]],
    ["reads work said to be abroad", "travel", "Tuyển lao động đi làm việc ở nước ngoài, lương cao.", ["workAbroad"]],
    ["does not read a foreign company or foreign clients as work abroad", "travel", "Làm CSKH cho công ty nước ngoài, khách hàng nước ngoài.", []],
    ["reads an airport pickup, a guided border crossing and no passport needed", "travel", "Có người đón ở sân bay, người dẫn qua cửa khẩu, không cần làm hộ chiếu.", ["airportPickup", "borderCrossing", "noVisaNeeded"]],
    ["reads a departure this weekend", "travel", "Xuất phát thứ Bảy tuần này, ai nhanh thì được.", ["urgentDeparture"]],
    ["reads abbreviated no-experience and no-degree and typing only", "requirements", "Ko cần KN, ko cần bằng cấp, chỉ cần biết gõ phím.", ["computerBasicsOnly", "noDegree", "noExperience"]],
    ["reads a passport photo requested to book the ticket", "requirements", "Gửi hình hộ chiếu qua Zalo để đặt vé.", ["passportCopyRequested"]],
    ["reads a women-only receptionist call with height and looks", "requirements", "Tuyển lễ tân nữ 20-27 tuổi, cao từ 1m58, ngoại hình ưa nhìn.", ["genderOrAppearance"]],
    ["reads exit costs advanced and deducted from salary", "fees", "Công ty ứng trước toàn bộ chi phí xuất cảnh, trừ dần vào lương.", ["advanceRepaidFromSalary", "upfrontFee"]],
    ["reads a contract-breaking fee for going home early", "fees", "Muốn về nước giữa chừng phải đóng phí phá hợp đồng.", ["penaltyForLeaving"]],
    ["reads a no-upfront-cost promise", "fees", "Không mất chi phí ban đầu, không tốn một đồng nào.", ["zeroCostClaim"]],
    ["reads a no-fee statement", "fees", "Công ty không thu bất kỳ khoản phí nào của ứng viên.", ["noFeePolicy"]],
    ["reads a work permit made by the company and a second-round interview", "legitimacy", "Công ty làm giấy phép lao động cho nhân viên, phỏng vấn vòng 2 với trưởng phòng.", ["multiStageInterview", "workPermitSponsored"]],
    ["does not read a hotel service charge as a fee", "fees", "Lương thỏa thuận + phí dịch vụ, có ăn ca.", []],
    ["does not read a work permit promised after arrival as sponsored", "legitimacy", "Giấy phép lao động sau khi nhân viên sang làm ổn định thì công ty mới lo.", []],
    ["does not read 'men and women' as a gender restriction", "requirements", "Tuyển nam nữ 18-35 tuổi, nhân viên nữ/nam đều được.", []],
    ["does not read a staff shuttle and a Tet bus ticket as travel abroad", "travel", "Công ty có xe đưa đón công nhân, hỗ trợ vé xe về quê dịp Tết.", []],
    ["does not read a flight that is not included", "travel", "Không bao gồm vé máy bay.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a receptionist call", () => {
    expect(extractRequirements(contextFrom({ description: "Tuyển lễ tân nữ 20-27 tuổi, cao từ 1m58." })).ageRange).toEqual({ min: 20, max: 27 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads abbreviated office staff as admin", "Tuyển nv văn phòng", "Làm tại Quận 3", "admin"],
    ["reads an AI model as a model", "Tuyển mẫu AI", "Livestream bán hàng", "model"],
    ["reads chat duty as chat support", "Nhân viên trực chat", "Shop mỹ phẩm online", "chat-support"],
    ["does not read photo colour editing as modelling", "Thiết kế đồ họa", "Chỉnh sửa màu ảnh, thiết kế banner quảng cáo.", "other"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});

// Native wording beyond the textbook forms: Southern and chat register ("rước", "kg cần kn", "hong"),
// slang ("lo hết vé", "ăn ngủ free"), and the folds that collide once tones are gone ("tuyển dụng" is
// not "đừng", "bảo vệ" is not "bao vé", "đi liên tỉnh" is not "đi liền").
describe("Vietnamese lexicon (vie): native variants and look-alikes", () => {
  it.each<[string, Family, string[]]>([
    ["Công ty lo vé máy bay, bao ăn bao ở, đi liền trong tuần.", "travel", ["accommodationProvided", "flightProvided", "foodProvided", "urgentDeparture"]],
    ["cong ty lo het ve, an ngu free, bay ngay mai", "travel", ["accommodationProvided", "flightProvided", "urgentDeparture"]],
    ["Visa công ty lo, giấy tờ bên em lo hết từ A tới Z.", "travel", ["visaProvided"]],
    ["Sang bằng visa du lịch rồi ở lại làm, không cần giấy phép lao động.", "travel", ["touristVisa", "workPermitAfterArrival"]],
    ["Làm visa tại cửa khẩu, xuất cảnh siêu tốc.", "travel", ["touristVisa", "urgentDeparture", "visaProvided"]],
    ["Ra sân bay sẽ có người đón, rước tận cửa khẩu.", "travel", ["airportPickup"]],
    ["Đi thuyền qua sông sang bên kia.", "travel", ["borderCrossing"]],
    ["Ai hỏi thì nói là đi thăm người thân.", "travel", ["poseAsTourist"]],
    ["Khai mục đích là du lịch cho nhanh.", "travel", ["poseAsTourist"]],
    ["Không được nói với gia đình, sang nơi rồi mới báo gia đình.", "travel", ["hideFromFamily"]],
    ["Tuyển dụng làm việc ở hải ngoại, lương cao.", "travel", ["workAbroad"]],
    ["Bao 3 bữa, ăn uống công ty lo.", "travel", ["foodProvided"]],
    ["Lương cạnh tranh bao ăn ở.", "travel", ["accommodationProvided", "foodProvided"]],
    ["Đừng tin lời mời bao ăn ở.", "travel", []],
    ["Hỗ trợ vé máy bay/vé xe khi ký hợp đồng 12 tháng.", "travel", []],
    ["Công ty có đội bảo vệ 24/7, được bảo vệ an toàn.", "travel", []],
    ["Tài xế chạy xe đi liên tỉnh, liên hệ anh Nam.", "travel", []],
    ["Có xe đưa đón công nhân từ bến xe về xưởng.", "travel", []],
    ["Công ty mua vé xe về quê dịp Tết cho nhân viên.", "travel", []],
    ["Đi du lịch hè cùng công ty hằng năm.", "travel", []],
    ["Kinh nghiệm: không yêu cầu. Bằng cấp: không cần.", "requirements", ["noDegree", "noExperience"]],
    ["Chưa từng đi làm vẫn nhận, kg cần kn, hong cần bằng cấp.", "requirements", ["noDegree", "noExperience"]],
    ["Mù chữ cũng được, không cần biết ngoại ngữ.", "requirements", ["noDegree", "noSkills"]],
    ["Chỉ cần biết dùng điện thoại, có smartphone là làm được.", "requirements", ["computerBasicsOnly"]],
    ["Tuyển các bạn gái trẻ xinh xắn, body chuẩn.", "requirements", ["genderOrAppearance"]],
    ["Gửi ảnh passport qua Telegram trước.", "requirements", ["passportCopyRequested"]],
    ["Ưu tiên bạn đã có hộ chiếu.", "requirements", ["passportRequired"]],
    ["Sử dụng thành thạo vi tính văn phòng.", "requirements", []],
    ["Tuyển nam nữ, không phân biệt giới tính.", "requirements", []],
    ["Đóng tiền giữ chỗ 5 triệu trước khi bay.", "fees", ["upfrontFee"]],
    ["Công ty ứng trước tiền, làm rồi trả dần.", "fees", ["advanceRepaidFromSalary"]],
    ["Bỏ ngang phải bồi thường cho công ty.", "fees", ["penaltyForLeaving"]],
    ["Người nhà phải nộp tiền chuộc.", "fees", ["penaltyForLeaving"]],
    ["Chi phí 0 đồng, không tốn xu nào.", "fees", ["zeroCostClaim"]],
    ["Không thu bất kỳ khoản nào của người lao động.", "fees", ["noFeePolicy"]],
    ["Tuyển dụng miễn phí, không qua trung gian.", "fees", ["noFeePolicy"]],
    ["Lương cạnh tranh + phí dịch vụ 5%.", "fees", []],
    ["Chương trình EPS đi Hàn Quốc, visa E-9.", "legitimacy", ["governmentScheme", "workPermitSponsored"]],
    ["Ký hợp đồng tại Việt Nam, hợp đồng cung ứng lao động rõ ràng.", "legitimacy", ["governmentScheme", "writtenContractBeforeTravel"]],
    ["Thi tay nghề tại trung tâm trước khi xuất cảnh.", "legitimacy", ["multiStageInterview"]],
    ["Thông tin thêm liên hệ Cục Quản lý lao động ngoài nước (DOLAB).", "legitimacy", ["governmentScheme"]],
    ["Tuyển nhân viên kinh doanh cho công ty Hàn Quốc tại Bắc Ninh.", "legitimacy", []],
  ])("%s (%s)", (description, family, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, RoleFamily]>([
    ["Tuyển nhân viên cá cược bóng đá", "Làm tại Campuchia", "casino"],
    ["Nhân viên trực Zalo", "Nhắn tin với khách nước ngoài", "chat-support"],
    ["Tuyển nhân viên gõ chữ tại nhà", "", "typing"],
    ["Tuyển chăm sóc kh", "", "customer-service"],
    ["Nhân viên marketing online", "", "marketing"],
    ["Tuyển test game", "", "game-tester"],
    ["Nhân viên dịch thuật tiếng Trung", "", "translator"],
    ["Nhân viên nhập đơn hàng", "", "data-entry"],
    ["Lễ tân khách sạn", "Chăm sóc khách sạn theo tiêu chuẩn 5 sao", "hospitality"],
  ])("reads the role of %s", (title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
