import { afterEach, describe, expect, it, vi } from "vitest";

const recheckSync = vi.hoisted(() => vi.fn());
vi.mock("recheck", () => ({ checkSync: recheckSync }));

const { redosVerdict } = await import("./redos-verdict.js");

function lostReply(): TypeError {
  return new TypeError("Cannot read properties of undefined (reading 'message')");
}

describe("redosVerdict", () => {
  afterEach(() => recheckSync.mockReset());

  it("asks recheck again when its worker bridge loses a reply", () => {
    recheckSync.mockImplementationOnce(() => {
      throw lostReply();
    });
    recheckSync.mockReturnValueOnce({ status: "safe" });
    expect(redosVerdict("a+", "u")).toEqual({ status: "safe", detail: "safe" });
    expect(recheckSync).toHaveBeenCalledTimes(2);
  });

  it("gives up after three lost replies rather than loop", () => {
    recheckSync.mockImplementation(() => {
      throw lostReply();
    });
    expect(() => redosVerdict("a+", "u")).toThrow(TypeError);
    expect(recheckSync).toHaveBeenCalledTimes(3);
  });

  it("has the fuzzer judge by its step limit, not by wall-clock time limits that a loaded machine overruns", () => {
    recheckSync.mockReturnValueOnce({ status: "unknown", error: { kind: "unsupported" } });
    recheckSync.mockReturnValueOnce({ status: "safe" });
    expect(redosVerdict("(?<!x)a+", "")).toEqual({ status: "safe", detail: "safe" });
    expect(recheckSync).toHaveBeenCalledTimes(2);
    expect(recheckSync.mock.calls[1]![2]).toMatchObject({ attackTimeout: null, incubationTimeout: null });
  });

  it("passes any other error straight through", () => {
    recheckSync.mockImplementation(() => {
      throw new SyntaxError("invalid pattern");
    });
    expect(() => redosVerdict("(", "u")).toThrow(SyntaxError);
    expect(recheckSync).toHaveBeenCalledTimes(1);
  });
});
