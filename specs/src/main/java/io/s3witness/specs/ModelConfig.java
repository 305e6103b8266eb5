package io.s3witness.specs;

/**
 * One row of {@code specs/configs.tsv}: a TLC config and what it must produce.
 *
 * @param name the config, e.g. {@code MCStrong} (files {@code MCStrong.tla} and {@code .cfg})
 * @param expected {@code pass}, or the name of the invariant or property TLC must report violated
 * @param inCi whether {@code ci/tlc} without arguments and {@code mvn verify} run it
 * @param purpose one line saying what the config shows
 */
public record ModelConfig(String name, String expected, boolean inCi, String purpose) {

    /** Whether TLC must finish without finding anything. */
    public boolean expectsPass() {
        return expected.equals("pass");
    }

    /** Whether a verdict is the one this config expects (a violation of exactly that name). */
    public boolean accepts(Verdict verdict) {
        if (expectsPass()) {
            return verdict.kind() == Verdict.Kind.PASS;
        }
        return (verdict.kind() == Verdict.Kind.INVARIANT || verdict.kind() == Verdict.Kind.PROPERTY)
                && verdict.name().equals(expected);
    }
}
