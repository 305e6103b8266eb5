package io.s3witness.checker.history;

/**
 * An invocation paired with its completion.
 *
 * @param id position among the history's operations, in invocation order
 * @param input the invoke's value
 * @param output the completion's value (null when indeterminate)
 * @param call invocation time
 * @param ret completion time; {@link Long#MAX_VALUE} when indeterminate
 * @param completeLine line of the completion, 0 when it never completed
 */
public record Operation(int id, String process, String f, String key, Object input, Object output,
    Outcome outcome, long call, long ret, int invokeLine, int completeLine) {

  public boolean indeterminate() {
    return outcome == Outcome.INFO;
  }
}
