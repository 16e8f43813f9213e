import { checkSync as recheckSync } from "recheck";

type RecheckParameters = NonNullable<Parameters<typeof recheckSync>[2]>;

/**
 * recheck's synchronous call, asked again when its worker bridge loses the reply. synckit 0.9 can wake
 * on a stale signal before the worker's message reaches the port and then fails with "Cannot read
 * properties of undefined (reading 'message')" (a CI run on a loaded machine did, once in 12,645
 * tests). The late reply carries the old id, which the next call skips, so asking again is safe.
 */
function checkSync(source: string, flags: string, parameters: RecheckParameters): ReturnType<typeof recheckSync> {
  const attempts = 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return recheckSync(source, flags, parameters);
    } catch (error) {
      const lostReply = error instanceof TypeError && /reading 'message'/.test(error.message);
      if (!lostReply || attempt === attempts) throw error;
    }
  }
}

/**
 * recheck's verdict on a regex: first its automaton checker, an analysis of the pattern's ambiguity
 * that takes no random input and no wall-clock budget into account and whose "safe" is a proof; for
 * the rest, the default checker, which fuzzes within a time limit. Fuzzing first made the verdict
 * depend on the machine's load: a pattern the automaton proves safe in 0.1 s was once reported
 * vulnerable by a fuzz run starved of CPU. The fuzzer stops as soon as it has decided, so its limit
 * only costs time on a pattern it cannot decide: on an idle machine the slowest lexicon patterns took
 * about 10 s to be found safe, and a 20 s limit timed out on one of them with four busy loops beside it.
 */
export function redosVerdict(source: string, flags: string, timeout = 60_000): { status: "safe" | "vulnerable" | "unknown"; detail: string } {
  // A second is plenty for the patterns it can decide on an idle machine; the others fall to the fuzzer.
  const proof = checkSync(source, flags, { checker: "automaton", timeout: Math.min(timeout, 1_000) });
  if (proof.status === "safe") return { status: "safe", detail: "safe" };
  // Not a proof of danger: the automaton counts a bounded gap such as [^.\n]{0,40}? as unbounded, and
  // reports polynomial backtracking that the bound keeps linear. The fuzzer measures it, by the steps
  // of its own matcher only: with its default time limits an attack string that merely ran longer than
  // a second on a loaded machine counted as a successful attack (two linear advisory-cue patterns were
  // reported "vulnerable (polynomial)" while a comparison of all corpora ran beside the tests, and safe
  // on an idle machine).
  const result = checkSync(source, flags, { timeout, randomSeed: 20261128, attackTimeout: null, incubationTimeout: null });
  if (result.status === "safe") return { status: "safe", detail: "safe" };
  // Before failing a pattern whose proof ran out of time, give the proof the whole budget. Under a
  // load of 14 on two cores, patterns proved safe in under a second on an idle machine took over a
  // second, fell to the fuzzer, and were reported vulnerable or unknown, each run different ones.
  if (proof.status === "unknown" && proof.error.kind === "timeout") {
    const patientProof = checkSync(source, flags, { checker: "automaton", timeout });
    if (patientProof.status === "safe") return { status: "safe", detail: "safe" };
  }
  if (result.status === "vulnerable") return { status: "vulnerable", detail: `vulnerable (${result.complexity.type}), attack: ${result.attack.pattern}` };
  return { status: "unknown", detail: `unknown (${result.error.kind})` };
}
