package io.s3witness.checker.model;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.history.Event;
import io.s3witness.checker.history.History;
import java.util.List;
import java.util.Set;

/** The built-in models by name, and the guess for {@code auto}. */
public final class Models {
  /** Names accepted by {@link #create}. */
  public static final List<String> NAMES = List.of("register", "cas-register", "kv", "s3");

  private static final Set<String> S3_ONLY =
      Set.of("head", "get-version", "delete", "delete-version", "list", "list-versions");

  private Models() {
  }

  /** A model for a history; {@code name} null or "auto" infers it (see {@link #infer}). */
  public static Model<?, ?> create(String name, History history, ModelOptions options) {
    String n = name == null || name.equals("auto") ? infer(history) : name;
    switch (n) {
      case "register": return new RegisterModel(false, options);
      case "cas-register": return new RegisterModel(true, options);
      case "kv": return new KvModel(options);
      case "s3": return new S3Model(history.versioning());
      default:
        throw new IllegalArgumentException(
            "unknown model \"" + n + "\" (expected one of register, cas-register, kv, s3)");
    }
  }

  /**
   * The meta line's model if any; else s3 when an S3-only operation or a digest appears, kv
   * when operations carry keys, cas-register otherwise.
   */
  public static String infer(History history) {
    if (history.model() != null) {
      if (!NAMES.contains(history.model())) {
        throw new HistoryFormatException(history.source(), 1, "model",
            "expected one of register, cas-register, kv, s3, got \"" + history.model() + "\"");
      }
      return history.model();
    }
    boolean keyed = false;
    for (Event e : history.events()) {
      if (S3_ONLY.contains(e.f()) || (e.value() instanceof java.util.Map<?, ?> m
          && m.containsKey("digest"))) {
        return "s3";
      }
      keyed |= e.key() != null;
    }
    return keyed ? "kv" : "cas-register";
  }
}
