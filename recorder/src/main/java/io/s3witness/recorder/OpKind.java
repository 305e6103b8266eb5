package io.s3witness.recorder;

import java.util.Arrays;
import java.util.Optional;

/** The S3 operations the recorder issues, named as the history format's {@code f} field names them. */
public enum OpKind {
    PUT("put", false),
    GET("get", false),
    HEAD("head", false),
    GET_VERSION("get-version", true),
    DELETE("delete", false),
    DELETE_VERSION("delete-version", true),
    LIST("list", false),
    LIST_VERSIONS("list-versions", true);

    private final String f;
    private final boolean needsVersioning;

    OpKind(String f, boolean needsVersioning) {
        this.f = f;
        this.needsVersioning = needsVersioning;
    }

    /** The name used in the history's {@code f} field and in {@code --mix}. */
    public String f() {
        return f;
    }

    /** Operations on version ids only make sense on a bucket that has (or had) versioning. */
    public boolean needsVersioning() {
        return needsVersioning;
    }

    public static Optional<OpKind> byName(String f) {
        return Arrays.stream(values()).filter(k -> k.f.equals(f)).findFirst();
    }
}
