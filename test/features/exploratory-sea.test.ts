import { describe, expect, it } from "vitest";
import { familyFlags } from "./lexicons/flags.js";

// Misreadings found by exploratory testing of Indonesian, Malay, Tagalog and Vietnamese wording.

// Vietnamese text is read with its tones folded, so "đảm bảo an toàn" (ensure safety) and "bảo an"
// (security guard) read as "bao ăn" (meals included). Job-board ads for drivers, site engineers and
// guards say "đảm bảo an toàn" all the time, and each one offered free food.
describe("vie: bảo an is not bao ăn", () => {
  it.each<[string, string, string[]]>([
    ["đảm bảo an toàn (ensure safety)", "Lái xe, đảm bảo an toàn trong quá trình vận chuyển.", []],
    ["đảm bảo an ninh (ensure security)", "Đảm bảo an ninh trật tự tại khu vực được giao.", []],
    ["nhân viên bảo an (security guard)", "Tuyển nhân viên bảo an, lương 7 triệu.", []],
    ["bảo an tòa nhà (building security)", "Bảo an tòa nhà, làm ca đêm.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  // Meals included still read, with or without tones, alone or with lodging.
  it.each<[string, string, string[]]>([
    ["bao ăn", "Lương 8 triệu, bao ăn, có chỗ ở.", ["foodProvided"]],
    ["bao an without tones", "luong 8 trieu, bao an, co cho o.", ["foodProvided"]],
    ["chủ bao ăn (the boss feeds you)", "Chủ bao ăn, ngủ tại quán.", ["foodProvided"]],
    ["bao ăn ở (room and board)", "Bao ăn ở tại khu.", ["accommodationProvided", "foodProvided"]],
    ["bao ăn trưa (lunch included)", "Lương 15 triệu, bao ăn trưa.", ["foodProvided"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});
