import { describe, expect, it } from "vitest";
import { familyFlags, flagValues, type Family } from "./flags.js";
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

// Second pass: wording native speakers use that the textbook forms miss (teencode "khum"/"hok"/"khỏi",
// "nước bạn" for a neighbouring country, "giấy thông hành", "cầm tay chỉ việc", "giữ suất"), and the
// ordinary-ad collisions once tones are folded: "giá du lịch" is not "giả du lịch", "cần nâng" is not
// "cân nặng", a buyer's "đặt cọc" on a flat is not a recruitment fee, an IB school is not "inbox".
describe("Vietnamese lexicon (vie): chat register, slang and ordinary-ad look-alikes", () => {
  it.each<[string, Family, string[]]>([
    ["Tuyển gấp lao động đi nước ngoài, sang nước bạn làm việc.", "travel", ["workAbroad"]],
    ["Cần người ra nước ngoài làm việc, xuất khẩu LĐ uy tín.", "travel", ["workAbroad"]],
    ["Được đào tạo trong và ngoài nước bởi các chuyên gia, xử lý nước bẩn.", "travel", []],
    ["Bao chuyến bay, hoàn 100% tiền vé máy bay khi sang.", "travel", ["flightProvided"]],
    ["Chưa có hộ chiếu bên em hỗ trợ làm.", "travel", ["visaProvided"]],
    ["Miễn phí tiền nhà, nuôi ăn ở.", "travel", ["accommodationProvided", "foodProvided"]],
    ["Miễn phí phòng gym và phòng khám cho nhân viên.", "travel", []],
    ["Xuất cảnh theo tour du lịch cho nhanh.", "travel", ["touristVisa"]],
    ["Khỏi cần visa, đi bằng giấy thông hành.", "travel", ["noVisaNeeded"]],
    ["Bay gấp, đủ hồ sơ là bay luôn, xuất cảnh trong 3-5 ngày.", "travel", ["urgentDeparture"]],
    ["Xuống máy bay có người đón, có xe đưa lên cửa khẩu.", "travel", ["airportPickup"]],
    ["Vào theo đường sông, luồn qua rào sang bên kia.", "travel", ["borderCrossing"]],
    ["Cứ khai là đi du lịch, đóng giả khách du lịch.", "travel", ["poseAsTourist"]],
    ["Đừng để bố mẹ biết nhé.", "travel", ["hideFromFamily"]],
    ["Bảng giá du lịch trọn gói cho khách đoàn, hướng dẫn viên đi tour.", "travel", []],
    ["Visa lao động làm sau khi qua tới nơi.", "travel", ["workPermitAfterArrival"]],
    ["Khum cần kinh nghiệm, hok cần bằng cấp, khỏi cần biết gì.", "requirements", ["noDegree", "noExperience", "noSkills"]],
    ["Không có kinh nghiệm vẫn nhận, được cầm tay chỉ việc.", "requirements", ["noExperience"]],
    ["Trình độ: không yêu cầu. Bỏ học cũng nhận.", "requirements", ["noDegree"]],
    ["Chỉ cần có 1 chiếc điện thoại, biết gõ bàn phím.", "requirements", ["computerBasicsOnly"]],
    ["Cần gấp 10 bạn nữ chân dài, chiều cao, cân nặng cân đối.", "requirements", ["genderOrAppearance"]],
    ["Công việc không cần nâng vật nặng, nữ 20-35 tuổi.", "requirements", []],
    ["Cần tuyển 5 bạn nữ/nam làm kho.", "requirements", []],
    ["Hộ chiếu còn hạn trên 6 tháng.", "requirements", ["passportRequired"]],
    ["Gửi ảnh CCCD và hộ chiếu qua Zalo.", "requirements", ["passportCopyRequested"]],
    ["Ai cũng có thể làm được, không cần biết ngoại ngữ.", "requirements", ["noSkills"]],
    ["Hỗ trợ khách hàng đặt cọc, ký hợp đồng mua căn hộ.", "fees", []],
    ["Đặt cọc 5 triệu để giữ suất.", "fees", ["upfrontFee"]],
    ["Phí làm hộ chiếu ứng viên tự chi.", "fees", ["upfrontFee"]],
    ["Nợ tiền vé máy bay thì làm trừ nợ, trừ dần vào thu nhập.", "fees", ["advanceRepaidFromSalary"]],
    ["Phạt 2000 USD nếu tự ý nghỉ.", "fees", ["penaltyForLeaving"]],
    ["Muốn về giữa chừng phải trả lại tiền vé.", "fees", ["penaltyForLeaving"]],
    ["Free 100%, mọi chi phí công ty lo hết.", "fees", ["zeroCostClaim"]],
    ["Người lao động không phải đóng bất kỳ khoản phí nào.", "fees", ["noFeePolicy"]],
    ["Thu tiền cọc thuê nhà của khách, được ứng lương giữa tháng.", "fees", []],
    ["Hợp đồng lao động được ký tại Việt Nam, hợp đồng song ngữ.", "legitimacy", ["writtenContractBeforeTravel"]],
    ["Thực hiện theo Luật 69/2020/QH14, liên hệ TTLĐNN.", "legitimacy", ["governmentScheme"]],
    ["Công ty làm GPLĐ đầy đủ cho người lao động.", "legitimacy", ["workPermitSponsored"]],
    ["Tốt nghiệp ĐH chuyên ngành kế toán, kinh nghiệm: 2 năm.", "requirements", ["seniorQualifications"]],
    ["Có 3 năm KN ở vị trí tương đương.", "requirements", ["seniorQualifications"]],
    ["Kinh nghiệm: 1 năm, tốt nghiệp THPT.", "requirements", []],
    ["Chương trình lao động thời vụ Hàn Quốc, visa E-8.", "legitimacy", ["governmentScheme", "workPermitSponsored"]],
    ["Sang bằng visa thăm người thân, ra sân bay đừng khai là đi làm.", "travel", ["poseAsTourist", "touristVisa"]],
    ["khum can kinh nghiem, hok can bang cap", "requirements", ["noDegree", "noExperience"]],
    ["bay gap, du ho so la bay luon", "travel", ["urgentDeparture"]],
    ["Nộp tiền hồ sơ 3 triệu trước khi phỏng vấn.", "fees", ["upfrontFee"]],
    ["Công ty không thu tiền hồ sơ.", "fees", ["noFeePolicy"]],
    ["Free visa, free ăn ở, bay trong vòng 1 tuần.", "travel", ["accommodationProvided", "foodProvided", "urgentDeparture", "visaProvided"]],
    ["Ko yc kn, ko yc bằng cấp, ko cần biết j.", "requirements", ["noDegree", "noExperience", "noSkills"]],
    ["Đi làm trong vòng 1 tuần sau khi nhận offer.", "travel", []],
  ])("%s (%s)", (description, family, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, RoleFamily]>([
    ["Nhân viên game nổ hũ", "", "casino"],
    ["Tuyển CSKH cổng game đổi thưởng", "", "casino"],
    ["Tuyển người cày game thuê", "", "game-tester"],
    ["Tuyển nhân viên gõ captcha", "", "typing"],
    ["Nhân viên nhập data", "", "data-entry"],
    ["Tuyển người đăng bài Facebook", "", "marketing"],
    ["Admin group Telegram", "", "admin"],
    ["Nhân viên support khách hàng", "", "customer-service"],
    ["Nhân viên dịch tiếng Khmer", "", "translator"],
    ["Nhân viên bán cá tươi", "Bán cá ở chợ", "other"],
    ["Tuyển người kết bạn với khách nước ngoài", "", "chat-support"],
  ])("reads the role of %s", (title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });

  it.each<[string, { min: number | null; max: number | null }]>([
    ["Nữ 30 tuổi trở xuống, ngoại hình ưa nhìn.", { min: null, max: 30 }],
    ["Tuổi: dưới 35.", { min: null, max: 35 }],
    ["Nam 18 tuổi trở lên.", { min: 18, max: null }],
  ])("reads the age bound of %s", (description, ageRange) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(ageRange);
  });
});

// Third pass, from ads written blind: scam-hub slang for Cambodia ("bên C.P.C", "bên K", "Xi-ha-núc"),
// border-pass commutes across Mộc Bài, "hc" for passport; and what licensed labour-export and Vietnamese
// firms abroad write: a capped service fee, a DOLAB licence (even masked), a contract signed in Vietnam,
// a class-E business visa with a Cambodian work permit, a warning against tourist visas.
describe("Vietnamese lexicon (vie): blind-batch slang and licensed labour-export wording", () => {
  it.each<[string, Family, string[]]>([
    ["Làm tại văn phòng đối tác ngay bên kia cửa khẩu, công ty lo giấy thông hành.", "travel", ["noVisaNeeded", "workAbroad"]],
    ["Rep tin nhắn khách bên C.P.C (🇰🇭), đến nơi có người đón.", "travel", ["airportPickup", "workAbroad"]],
    ["Cty ở Xi-ha-núc (bên K) tuyển gấp.", "travel", ["workAbroad"]],
    ["cskh bên Kampuchia, sang nơi là có xe rước", "travel", ["airportPickup", "workAbroad"]],
    ["hc chưa có thì bên e lo, 7 ngày có hc", "travel", ["visaProvided"]],
    ["Sang bằng visa công tác rồi ở lại làm.", "travel", ["touristVisa"]],
    ["Công ty làm thị thực công tác (loại E) và giấy phép lao động Campuchia.", "travel", ["visaProvided"]],
    ["Lưu ý: không đi Hàn Quốc bằng visa du lịch để làm việc.", "travel", []],
    ["Chúng tôi cam kết minh bạch, bên cam kết bảo hành, bên k có ai trực.", "travel", []],
    ["Resort hỗ trợ vé máy bay cho nhân viên ở xa khi ký hợp đồng 12 tháng.", "travel", []],
    ["Được đào tạo từ đầu, có người hướng dẫn.", "requirements", ["noExperience"]],
    ["Phí dịch vụ thu đúng mức trần theo quy định, có biên lai.", "fees", []],
    ["Phí dịch vụ 3.000 USD nộp trước khi bay.", "fees", ["upfrontFee"]],
    ["Phí dịch vụ thu đúng mức trần theo quy định, có biên lai.", "legitimacy", ["governmentScheme"]],
    ["Xuất khẩu lao động Hưng Phát (GP số 1XX/LĐTBXH-GP).", "legitimacy", ["governmentScheme"]],
    ["Hợp đồng 3 năm, ký tại Việt Nam trước khi bay.", "legitimacy", ["writtenContractBeforeTravel"]],
    ["Yêu cầu: không tiền án\nHợp đồng lao động ký với công ty mẹ tại Việt Nam trước khi đi.", "legitimacy", ["writtenContractBeforeTravel"]],
    ["Không ký hợp đồng tại Việt Nam, sang rồi tính.", "legitimacy", []],
    ["Chưa có thì quán làm giấy phép lao động cho.", "legitimacy", ["workPermitSponsored"]],
    ["Công ty sẽ lo giấy phép lao động sau khi nhân viên sang.", "legitimacy", []],
    ["Công ty không làm giấy phép lao động.", "legitimacy", []],
  ])("%s (%s)", (description, family, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// Advisories and careful employers repeat the lures' words to warn against them; two separate cues are needed, and a lure's
// borrowed warning line or its reassurances ('không phải lừa đảo', 'không bị giam giữ') must not supply them.
describe("Vietnamese lexicon (vie): warnings to job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads a warning against the 'light work, high pay' ruse naming victims sold to Cambodia and forced into scam rings", "Cảnh báo thủ đoạn tuyển dụng \"việc nhẹ lương cao\": nhiều người bị lừa bán sang Campuchia, bị ép làm việc cho các đường dây lừa đảo trực tuyến.", ["warnsJobSeekers"]],
    ["reads human trafficking and reporting to the police typed without tones", "Neu phat hien dau hieu mua ban nguoi, hay bao ngay cho co quan cong an gan nhat.", ["warnsJobSeekers"]],
    ["reads a DOLAB licence check and the citizen-protection hotline", "Trước khi nộp hồ sơ, hãy tra cứu doanh nghiệp trên cổng thông tin của Cục Quản lý lao động ngoài nước. Gặp nạn ở nước ngoài, gọi đường dây nóng bảo hộ công dân +84 981 84 84 84.", ["governmentScheme", "warnsJobSeekers"]],
    ["reads detention, beatings, ransom and a report to the embassy", "Nhiều lao động bị giam lỏng, bị đánh đập và gia đình phải nộp tiền chuộc. Hãy trình báo Đại sứ quán Việt Nam tại Campuchia.", ["warnsJobSeekers"]],
    ["does not read a lure's borrowed 'beware of impostors' line as an advisory", "Cảnh giác với các đối tượng mạo danh công ty! Tuyển CSKH làm tại Campuchia, bao vé máy bay, không cần kinh nghiệm.", []],
    ["does not read a lure's reassurances (not a scam ring, not detained, not forced, police cannot reach)", "Công ty uy tín, không phải đường dây lừa đảo, không bị giam giữ, không bị ép làm việc, hợp pháp 100%. Công an VN không với tới.", []],
    ["does not read one mention of human trafficking as an advisory", "Bên mình nói không với mua bán người. Lương 1.500 USD, bao ăn ở, đi bằng visa du lịch.", []],
    ["does not count three patterns over one advisory phrase twice", "Công an tỉnh khuyến cáo người dân nâng cao cảnh giác, không nghe theo lời mời đi làm việc nhẹ lương cao.", []],
    ["does not read 'no need to contact the embassy' or 'not through illegal brokers' as cues", "Không cần liên hệ đại sứ quán, không qua môi giới bất hợp pháp, công ty lo hết.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});

// travel/fees.negation.sectionBefore: every item under a header over a list of warning signs ("Dấu hiệu tuyển dụng
// lừa đảo:", "Hãy cảnh giác nếu nhà tuyển dụng:", "Đừng đi nếu:") is something to refuse. A lure's own headers
// ("Yêu cầu", "Quyền lợi") open no such list; a header that runs on into a sentence is an item of its own, and a
// blank line ends the list.
describe("Vietnamese lexicon (vie): lists of warning signs", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["does not read the items under 'signs of fraudulent recruitment'", "Dấu hiệu tuyển dụng lừa đảo:\n- Đi theo diện khách du lịch\n- Công ty ứng trước toàn bộ chi phí xuất cảnh, trừ dần vào lương", { "travel.touristVisa": false, "fees.upfrontFee": false, "fees.advanceRepaidFromSalary": false }],
    ["does not read the items under 'how to spot a scam job' typed without tones", "Cach nhan biet viec lam lua dao:\n- Di theo dien khach du lich", { "travel.touristVisa": false }],
    ["does not read the items under 'do not go if'", "Đừng đi nếu:\n- Đi theo diện khách du lịch", { "travel.touristVisa": false }],
    ["still reads the same items under 'requirements'", "Yêu cầu:\n- Đi theo diện khách du lịch\n- Công ty ứng trước toàn bộ chi phí xuất cảnh, trừ dần vào lương", { "travel.touristVisa": true, "fees.upfrontFee": true, "fees.advanceRepaidFromSalary": true }],
    ["still reads the items under 'benefits'", "Quyền lợi:\n- Bao vé máy bay, bao ăn ở", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["still reads a line below a header that runs on into a sentence", "Dấu hiệu lừa đảo thường rất khó nhận ra với người lao động trẻ\n- Đi theo diện khách du lịch", { "travel.touristVisa": true }],
    ["does not read the items under 'be wary if the recruiter:' but reads them after the blank line", "Hãy cảnh giác nếu nhà tuyển dụng:\n- Bao vé máy bay, bao ăn ở\n\nBao vé máy bay.", { "travel.flightProvided": true, "travel.accommodationProvided": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
