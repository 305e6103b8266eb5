package io.s3witness.store;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the TLA+ action (specs/README.md, spec-action table) that the annotated method implements.
 * Runtime retention so that a test can check that every action in the table has exactly one method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SpecAction {
    /** The action's name exactly as the spec spells it, e.g. {@code "CommitToLog"}. */
    String value();
}
