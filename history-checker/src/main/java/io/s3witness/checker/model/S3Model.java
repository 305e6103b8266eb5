package io.s3witness.checker.model;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.history.Operation;
import io.s3witness.checker.history.Versioning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The S3 object model of DESIGN §1/§3: per key a version stack (newest first). Partitioned per
 * key; a LIST becomes, on every key of its prefix that the history mentions, a read of
 * "present with version v" or "absent" over the LIST's interval (S3's LIST is not an atomic
 * snapshot: each key is observed at some instant inside the LIST).
 *
 * <p>Version ids are chosen by the server: a PUT's comes from its response; an indeterminate
 * PUT's is learned from any response that shows its digest (every PUT writes unique content,
 * so a digest names one PUT), else it stays unknown and matches whatever is observed. The
 * bucket starts empty; its versioning state comes from the meta line.
 */
public final class S3Model implements Model<S3Model.Stack, S3Model.Command> {
  /** One version; {@code id} null when never learned; {@code digest} null for a delete marker. */
  public record Version(String id, String digest, boolean marker) {
    @Override
    public String toString() {
      String v = id == null ? "?" : id;
      return marker ? v + ":<delete-marker>" : v + ":" + digest;
    }
  }

  /**
   * A key's versions, newest first, as a persistent list: a PUT or a delete marker shares the
   * whole older stack (O(1)), the hash is kept per node, and equal tails are often the same
   * object, so comparing deep stacks is cheap.
   */
  public static final class Stack {
    static final Stack EMPTY = new Stack(null, null);

    private final Version top;
    private final Stack rest;
    private final int size;
    private final int hash;

    private Stack(Version top, Stack rest) {
      this.top = top;
      this.rest = rest;
      this.size = rest == null ? 0 : rest.size + 1;
      this.hash = rest == null ? 1 : 31 * rest.hash + top.hashCode();
    }

    Stack push(Version v) {
      return new Stack(v, this);
    }

    Version top() {
      return top;
    }

    public int size() {
      return size;
    }

    /** The versions, newest first. */
    public List<Version> versions() {
      List<Version> out = new ArrayList<>(size);
      for (Stack s = this; s.rest != null; s = s.rest) {
        out.add(s.top);
      }
      return out;
    }

    static Stack of(List<Version> newestFirst) {
      Stack s = EMPTY;
      for (int i = newestFirst.size() - 1; i >= 0; i--) {
        s = s.push(newestFirst.get(i));
      }
      return s;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Stack other)) {
        return false;
      }
      Stack a = this;
      Stack b = other;
      while (a != b) {
        if (a.hash != b.hash || a.size != b.size || !a.top.equals(b.top)) {
          return false;
        }
        a = a.rest;
        b = b.rest;
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return size == 0 ? "absent (no versions)" : versions().toString();
    }
  }

  /** A decoded S3 operation on one key. */
  public sealed interface Command permits Put, Read, GetVersion, Delete, DeleteVersion,
      ListVersions {
  }

  /** A PUT of content {@code digest}; {@code version} null when not learned. */
  public record Put(String digest, String version) implements Command {
    @Override
    public String toString() {
      return "put " + (version == null ? "?" : version) + ":" + digest;
    }
  }

  /**
   * GET/HEAD (or a LIST projected on this key): {@code present} with the version and digest
   * seen (each null when not reported), or absent.
   */
  public record Read(String via, boolean present, String version, String digest)
      implements Command {
    @Override
    public String toString() {
      return via + (present ? " saw " + version + ":" + digest : " saw absent");
    }
  }

  /** GET of one version: {@code digest} null means the version was not found. */
  public record GetVersion(String version, String digest) implements Command {
    @Override
    public String toString() {
      return "get-version " + version + (digest == null ? " saw absent" : " saw " + digest);
    }
  }

  /** DELETE without a version id; {@code version} of the marker, null when not learned. */
  public record Delete(String version) implements Command {
    @Override
    public String toString() {
      return "delete" + (version == null ? "" : " (marker " + version + ")");
    }
  }

  public record DeleteVersion(String version) implements Command {
    @Override
    public String toString() {
      return "delete-version " + version;
    }
  }

  /** ListObjectVersions of one key, newest first. */
  public record ListVersions(List<Version> versions) implements Command {
    @Override
    public String toString() {
      return "list-versions saw " + versions;
    }
  }

  private static final String NULL_VERSION = "null";

  private final Versioning versioning;

  public S3Model(Versioning versioning) {
    this.versioning = versioning;
  }

  @Override
  public String name() {
    return "s3";
  }

  @Override
  public boolean readOnly(Command command) {
    return command instanceof Read || command instanceof GetVersion
        || command instanceof ListVersions;
  }

  @Override
  public Stack initialState() {
    return Stack.EMPTY;
  }

  // ------------------------------------------------------------------ decoding

  @Override
  public List<Partition<Command>> partition(List<Operation> operations, String source) {
    Decoder d = new Decoder(source);
    Map<String, String> learned = d.learnVersions(operations);
    Set<String> keys = new LinkedHashSet<>();
    for (Operation op : operations) {
      if (op.key() != null) {
        keys.add(op.key());
      }
      if (op.f().equals("list") && op.outcome() == io.s3witness.checker.history.Outcome.OK) {
        keys.addAll(d.listed(op).keySet());
      }
    }
    Map<String, List<ModelOp<Command>>> byKey = new LinkedHashMap<>();
    for (String k : keys) {
      byKey.put(k, new ArrayList<>());
    }
    for (Operation op : operations) {
      if (op.f().equals("list")) {
        if (op.indeterminate()) {
          continue;
        }
        String prefix = d.string(d.map(op.input(), op.invokeLine(), "value", "{\"prefix\": P}"),
            "prefix", op.invokeLine(), "value.prefix");
        Map<String, Version> seen = d.listed(op);
        for (String k : keys) {
          Version v = seen.get(k);
          if (v != null) {
            byKey.get(k).add(new ModelOp<>(op, new Read("list", true, v.id(), v.digest())));
          } else if (k.startsWith(prefix)) {
            byKey.get(k).add(new ModelOp<>(op, new Read("list", false, null, null)));
          }
        }
        continue;
      }
      if (op.key() == null) {
        throw new HistoryFormatException(source, op.invokeLine(), "key",
            "missing (expected the object key for " + op.f() + ")");
      }
      Command c = d.decode(op, learned);
      if (c != null) {
        byKey.get(op.key()).add(new ModelOp<>(op, c));
      }
    }
    List<Partition<Command>> parts = new ArrayList<>();
    byKey.forEach((k, ops) -> parts.add(new Partition<>("key " + k, ops)));
    return parts;
  }

  /** Decodes S3 values with messages naming the line and field. */
  private final class Decoder {
    private final String source;

    Decoder(String source) {
      this.source = source;
    }

    Map<String, String> learnVersions(List<Operation> operations) {
      Map<String, String> learned = new HashMap<>();
      for (Operation op : operations) {
        if (op.outcome() != io.s3witness.checker.history.Outcome.OK
            || !(op.output() instanceof Map<?, ?> out)) {
          continue;
        }
        remember(learned, out);
        for (String field : new String[] {"keys", "versions"}) {
          if (out.get(field) instanceof List<?> list) {
            for (Object o : list) {
              if (o instanceof Map<?, ?> m && !Boolean.TRUE.equals(m.get("delete-marker"))) {
                remember(learned, m);
              }
            }
          }
        }
      }
      return learned;
    }

    private void remember(Map<String, String> learned, Map<?, ?> m) {
      if (m.get("digest") instanceof String dg && m.get("version") instanceof String v) {
        learned.put(dg, v);
      }
    }

    Command decode(Operation op, Map<String, String> learned) {
      boolean ok = !op.indeterminate();
      int in = op.invokeLine();
      int out = op.completeLine();
      switch (op.f()) {
        case "put": {
          String digest = string(map(op.input(), in, "value", "{\"digest\": D}"), "digest", in,
              "value.digest");
          if (versioning != Versioning.ENABLED) {
            return new Put(digest, NULL_VERSION);
          }
          String version = ok
              ? optionalString(map(op.output(), out, "value", "{\"digest\": D, \"version\": V}"),
                  "version", out, "value.version")
              : learned.get(digest);
          return new Put(digest, version);
        }
        case "get":
        case "head": {
          if (!ok) {
            return null; // a read with an unknown result tells nothing
          }
          if (op.output() == null) {
            return new Read(op.f(), false, null, null);
          }
          Map<?, ?> m = map(op.output(), out, "value", "{\"digest\": D, \"version\": V} or null");
          return new Read(op.f(), true, optionalString(m, "version", out, "value.version"),
              optionalString(m, "digest", out, "value.digest"));
        }
        case "get-version": {
          String version = string(map(op.input(), in, "value", "{\"version\": V}"), "version",
              in, "value.version");
          if (!ok) {
            return null;
          }
          if (op.output() == null) {
            return new GetVersion(version, null);
          }
          Map<?, ?> m = map(op.output(), out, "value", "{\"digest\": D, \"version\": V} or null");
          return new GetVersion(version, string(m, "digest", out, "value.digest"));
        }
        case "delete": {
          if (versioning == Versioning.UNVERSIONED) {
            return new Delete(null);
          }
          if (versioning == Versioning.SUSPENDED) {
            return new Delete(NULL_VERSION);
          }
          if (!ok || op.output() == null) {
            return new Delete(null);
          }
          Map<?, ?> m = map(op.output(), out, "value",
              "{\"version\": V, \"delete-marker\": true} or null");
          return new Delete(optionalString(m, "version", out, "value.version"));
        }
        case "delete-version":
          return new DeleteVersion(string(map(op.input(), in, "value", "{\"version\": V}"),
              "version", in, "value.version"));
        case "list-versions": {
          if (!ok) {
            return null;
          }
          Map<?, ?> m = map(op.output(), out, "value", "{\"versions\": [...]}");
          if (!(m.get("versions") instanceof List<?> list)) {
            throw new HistoryFormatException(source, out, "value.versions",
                "expected an array of {\"version\": V, \"digest\": D, \"delete-marker\": bool}");
          }
          List<Version> versions = new ArrayList<>();
          for (Object o : list) {
            Map<?, ?> v = map(o, out, "value.versions[]",
                "{\"version\": V, \"digest\": D, \"delete-marker\": bool}");
            boolean marker = Boolean.TRUE.equals(v.get("delete-marker"));
            versions.add(new Version(optionalString(v, "version", out, "value.versions[].version"),
                marker ? null : optionalString(v, "digest", out, "value.versions[].digest"),
                marker));
          }
          return new ListVersions(List.copyOf(versions));
        }
        default:
          throw new HistoryFormatException(source, in, "f",
              "model s3 expects put, get, head, get-version, delete, delete-version, list or"
                  + " list-versions, got \"" + op.f() + "\"");
      }
    }

    /** The keys an ok LIST reported, with what it saw of each. */
    Map<String, Version> listed(Operation op) {
      int out = op.completeLine();
      Map<?, ?> m = map(op.output(), out, "value", "{\"prefix\": P, \"keys\": [...]}");
      if (!(m.get("keys") instanceof List<?> list)) {
        throw new HistoryFormatException(source, out, "value.keys",
            "expected an array of {\"key\": K, \"version\": V, \"digest\": D}");
      }
      Map<String, Version> seen = new LinkedHashMap<>();
      for (Object o : list) {
        Map<?, ?> k = map(o, out, "value.keys[]", "{\"key\": K, \"version\": V, \"digest\": D}");
        seen.put(string(k, "key", out, "value.keys[].key"),
            new Version(optionalString(k, "version", out, "value.keys[].version"),
                optionalString(k, "digest", out, "value.keys[].digest"), false));
      }
      return seen;
    }

    Map<?, ?> map(Object v, int line, String field, String expected) {
      if (v instanceof Map<?, ?> m) {
        return m;
      }
      throw new HistoryFormatException(source, line, field,
          "expected " + expected + ", got " + (v == null ? "null" : v));
    }

    String string(Map<?, ?> m, String name, int line, String field) {
      Object v = m.get(name);
      if (v instanceof String s) {
        return s;
      }
      throw new HistoryFormatException(source, line, field,
          (v == null ? "missing" : "expected a string, got " + v) + " (expected a string)");
    }

    String optionalString(Map<?, ?> m, String name, int line, String field) {
      Object v = m.get(name);
      if (v == null || v instanceof String) {
        return (String) v;
      }
      throw new HistoryFormatException(source, line, field, "expected a string, got " + v);
    }
  }

  // ------------------------------------------------------------------ the sequential S3 object

  @Override
  public String whyIllegal(Stack s, Command c) {
    if (c instanceof Read r) {
      Version top = s.top();
      String newest = top == null ? "the key has no version"
          : top.marker() ? "the newest version is a delete marker (" + top + ")"
          : "the newest version is " + top;
      return r + ", but " + newest;
    }
    if (c instanceof ListVersions) {
      return c + ", but the versions are " + s;
    }
    return Model.super.whyIllegal(s, c);
  }

  @Override
  public Stack step(Stack s, Command c) {
    if (c instanceof Read r) {
      Version top = s.top();
      boolean visible = top != null && !top.marker();
      if (!r.present()) {
        return visible ? null : s;
      }
      return visible && sameId(top.id(), r.version()) && sameDigest(top.digest(), r.digest())
          ? s : null;
    }
    if (c instanceof Put p) {
      return push(s, new Version(p.version(), p.digest(), false));
    }
    if (c instanceof Delete d) {
      if (versioning == Versioning.UNVERSIONED) {
        return Stack.EMPTY;
      }
      return push(s, new Version(d.version(), null, true));
    }
    if (c instanceof GetVersion g) {
      for (Stack node = s; node.size() > 0; node = node.rest) {
        Version v = node.top;
        boolean named = g.version().equals(v.id())
            || (v.id() == null && !v.marker() && Objects.equals(v.digest(), g.digest()));
        if (named && !v.marker()) {
          return g.digest() != null && g.digest().equals(v.digest()) ? s : null;
        }
      }
      return g.digest() == null ? s : null;
    }
    if (c instanceof DeleteVersion d) {
      List<Version> out = s.versions();
      return out.removeIf(v -> d.version().equals(v.id())) ? Stack.of(out) : s;
    }
    ListVersions l = (ListVersions) c;
    if (s.size() != l.versions().size()) {
      return null;
    }
    List<Version> have = s.versions();
    for (int i = 0; i < have.size(); i++) {
      Version h = have.get(i);
      Version seen = l.versions().get(i);
      if (h.marker() != seen.marker() || !sameId(h.id(), seen.id())
          || !sameDigest(h.digest(), seen.digest())) {
        return null;
      }
    }
    return s;
  }

  /** A new latest version; unversioned and suspended buckets replace the "null" version. */
  private Stack push(Stack s, Version v) {
    if (versioning == Versioning.ENABLED) {
      return s.push(v);
    }
    if (versioning == Versioning.UNVERSIONED) {
      return Stack.EMPTY.push(v);
    }
    List<Version> out = s.versions();
    out.removeIf(old -> NULL_VERSION.equals(old.id()));
    return Stack.of(out).push(v);
  }

  /** An unlearned id (ours) or an unreported one (theirs) matches any. */
  private static boolean sameId(String have, String seen) {
    return have == null || seen == null || have.equals(seen);
  }

  private static boolean sameDigest(String have, String seen) {
    return seen == null || seen.equals(have);
  }
}
