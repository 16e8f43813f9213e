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
