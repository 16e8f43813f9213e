/** One problem with a posting: where (`path`, e.g. `["title"]`) and what is wrong. */
export interface PostingIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Thrown by `screen()` when the posting is not a string or a valid posting object.
 * `issues` lists every problem, each with its path, so a caller can fix them all at once.
 */
export class InvalidPostingError extends Error {
  override readonly name = "InvalidPostingError";
  readonly issues: PostingIssue[];

  constructor(issues: PostingIssue[]) {
    super(
      `Invalid posting: ${issues
        .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
        .join("; ")}`,
    );
    this.issues = issues;
  }
}

/**
 * Returned by `safeScreen()` when screening a valid posting failed inside the library: a defect to
 * report, not a problem with the posting. `screen()` lets the original error through instead. The
 * message names the failure only, never the posting's text, which may hold names and phone numbers.
 */
export class ScreeningFailedError extends Error {
  override readonly name = "ScreeningFailedError";

  constructor(cause: unknown) {
    super(`Screening failed inside lurescreen (a defect; please report it): ${cause instanceof Error ? cause.name : typeof cause}`, { cause });
  }
}
