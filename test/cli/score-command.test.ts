import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ScoreCommandOptions, StrictInputError, runScore } from "../../src/cli/commands/score.js";
import { UsageError } from "../../src/cli/io/read-delimited.js";
import { inProcessScorer } from "../../src/cli/io/scorers.js";
import { Sink, fakeScreener, jsonLines, streamOf } from "./helpers.js";

const SECRET = "Secret posting text";

function run(files: string[], options: Partial<ScoreCommandOptions>, stdinText = "") {
  const stdout = new Sink();
  const stderr = new Sink();
  const io = {
    stdin: streamOf(stdinText) as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    createScorer: (settings: Parameters<typeof inProcessScorer>[0]) => inProcessScorer(settings, fakeScreener),
  };
  const done = runScore(files, { workers: "1", batchSize: "2", ...options }, io);
  return { done, stdout, stderr };
}

const tempDirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "lurescreen-score-"));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("runScore", () => {
  it("reads JSONL from standard input and writes one result per record, in order, with a summary on stderr", async () => {
    const input = ['{"id":"a","title":"a lure"}', `{"title":"${SECRET} oops`, '{"title":"maybe"}', '"cook"', ""].join("\n");
    const { done, stdout, stderr } = run([], {}, input);
    await done;
    expect(jsonLines(stdout.text)).toEqual([
      { id: "a", score: 0.95, band: "high", signals: ["strong-marker", "weak-marker"] },
      { id: 2, line: 2, error: "not valid JSON (at character 35)" },
      { id: 3, score: 0.5, band: "review", signals: ["strong-marker", "weak-marker"] },
      { id: 4, score: 0.01, band: "low", signals: [] },
    ]);
    expect(stderr.text).toMatch(/^lurescreen score: 4 records in \d+\.\d s \(\d+\/s\): low 1, review 1, high 1, errors 1\n$/);
    expect(stderr.text).not.toContain(SECRET);
  });

  it("says why a score at the high threshold was left in review", async () => {
    const { done, stdout } = run([], {}, '{"id":"f","title":"fraud"}\n');
    await done;
    expect(jsonLines(stdout.text)).toEqual([{ id: "f", score: 0.97, band: "review", highWithheld: "nothing-moves-or-controls-the-worker", signals: ["strong-marker", "weak-marker"] }]);
  });

  it("stops at the first bad record with --strict, after writing the records before it", async () => {
    const input = ['"cook"', '"maybe"', "{not json", '"lure"'].join("\n");
    const { done, stdout, stderr } = run([], { strict: true }, input);
    await expect(done).rejects.toThrow(new StrictInputError("line 3: not valid JSON (at character 2) (stopped by --strict; the records before it were written)"));
    await expect(done).rejects.toMatchObject({ exitCode: 1 });
    expect(jsonLines(stdout.text).map((row) => row.id)).toEqual([1, 2]);
    expect(stderr.text).toBe("");
  });

  it("names the physical line of a bad CSV row after empty lines, in the error record and under --strict", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ads.csv"), "id,text\n1,Cook\n\n\n2\n3,Driver\n");
    const lenient = run([join(dir, "ads.csv")], { quiet: true });
    await lenient.done;
    expect(jsonLines(lenient.stdout.text)[1]).toEqual({ id: 5, line: 5, error: "expected 2 cells as in the header, got 1" });
    const { done } = run([join(dir, "ads.csv")], { strict: true, quiet: true });
    await expect(done).rejects.toThrow(new StrictInputError("line 5: expected 2 cells as in the header, got 1 (stopped by --strict; the records before it were written)"));
  });

  it("reads CSV with mapped columns and writes CSV to a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "ads.csv"), 'ad_id,headline,body\nx1,Cook,"maybe, a lure"\nx2,Driver,\n');
    const { done } = run([join(dir, "ads.csv")], { idCol: "ad_id", titleCol: "headline", textCol: "body", output: join(dir, "out.csv"), quiet: true });
    await done;
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("id,score,band,signals,error,line,highWithheld\nx1,0.95,high,strong-marker;weak-marker,,,\nx2,0.01,low,,,,\n");
  });

  it("reads TSV by its extension and names the file of each record when given several inputs", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.tsv"), "title\nCook\n");
    writeFileSync(join(dir, "b.jsonl"), '"lure"\n');
    const { done, stdout } = run([join(dir, "a.tsv"), join(dir, "b.jsonl")], { quiet: true });
    await done;
    expect(jsonLines(stdout.text)).toEqual([
      { id: 2, file: join(dir, "a.tsv"), score: 0.01, band: "low", signals: [] },
      { id: 1, file: join(dir, "b.jsonl"), score: 0.95, band: "high", signals: ["strong-marker", "weak-marker"] },
    ]);
  });

  it("writes only records at --min-band or above, and error records, and says so in the summary", async () => {
    const { done, stdout, stderr } = run([], { minBand: "review" }, '"cook"\n"maybe"\n[\n"lure"\n');
    await done;
    expect(jsonLines(stdout.text).map((row) => row.id)).toEqual([2, 3, 4]);
    expect(stderr.text).toContain("low 1, review 1, high 1, errors 1; 3 written (--min-band review, error records included)");
  });

  it("refuses an output that is one of the inputs, by path, symbolic link or hard link, and leaves the input as it was", async () => {
    const dir = tempDir();
    const input = join(dir, "ads.jsonl");
    const content = '{"id":"a","title":"a lure"}\n';
    writeFileSync(input, content);
    writeFileSync(join(dir, "other.jsonl"), '"cook"\n');
    symlinkSync(input, join(dir, "link.jsonl"));
    linkSync(input, join(dir, "hard.jsonl"));
    for (const output of [input, join(dir, ".", "ads.jsonl"), join(dir, "link.jsonl"), join(dir, "hard.jsonl")]) {
      const { done, stdout } = run([join(dir, "other.jsonl"), input], { output });
      await expect(done).rejects.toThrow(new UsageError(`--output ${output} is the input ${input}; writing it would erase the input before it is read (choose another output file)`));
      await expect(done).rejects.toMatchObject({ exitCode: 2 });
      expect(stdout.text).toBe("");
    }
    expect(readFileSync(input, "utf8")).toBe(content);
    // A new file, or an existing file that is not an input, is written as before.
    for (const output of [join(dir, "new.jsonl"), join(dir, "other.jsonl")]) {
      await run([input], { output, quiet: true }).done;
      expect(jsonLines(readFileSync(output, "utf8")).map((row) => row.id)).toEqual(["a"]);
    }
  });

  it("refuses a JSONL key named by a --*-col option that no record has, before writing anything", async () => {
    const input = '{"id":"a","title":"Cook","description":"a lure"}\n{"id":"b","title":"Driver","description":"maybe"}\n';
    const { done, stdout } = run([], { descriptionCol: "desc" }, input);
    await expect(done).rejects.toThrow(new UsageError('no record of standard input has the key "desc" (--description-col); check the spelling (keys in the records: "id", "title", "description")'));
    expect(stdout.text).toBe("");
    // An optional key that the first records lack is fine once a later record has it.
    const honest = run([], { companyCol: "employer", quiet: true }, '{"id":"a","title":"Cook"}\n{"id":"b","title":"a lure","employer":"Acme"}\n');
    await honest.done;
    expect(jsonLines(honest.stdout.text).map((row) => row.id)).toEqual(["a", "b"]);
  });

  it("refuses a missing input file and a bad --workers value as usage errors", async () => {
    await expect(run(["/nonexistent/ads.jsonl"], {}).done).rejects.toThrow(new UsageError("cannot read /nonexistent/ads.jsonl: no such file"));
    await expect(run([], { workers: "0" }).done).rejects.toThrow(new UsageError('--workers must be a positive integer (got "0")'));
    await expect(run([], { batchSize: "many" }).done).rejects.toMatchObject({ exitCode: 2 });
  });
});
