package io.s3witness.checker.cli;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An expected.tsv: {@code file<TAB>verdict} lines (a header line {@code file expected} allowed);
 * files are relative to the TSV's directory. */
public final class ExpectedCorpus {
  /** One history and the verdict it must get. */
  public record Entry(String name, Path file, Verdict expected) {
  }

  private ExpectedCorpus() {
  }

  public static List<Entry> read(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv);
    Path dir = tsv.toAbsolutePath().getParent();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (i == 0 && cols.length >= 2 && cols[0].equals("file")) {
        continue;
      }
      if (cols.length != 2) {
        throw new HistoryFormatException(tsv.toString(), i + 1, null,
            "expected FILE<TAB>VERDICT, got \"" + line + "\"");
      }
      Verdict v;
      try {
        v = Verdict.parse(cols[1]);
      } catch (IllegalArgumentException e) {
        throw new HistoryFormatException(tsv.toString(), i + 1, "expected", e.getMessage());
      }
      entries.add(new Entry(cols[0], dir.resolve(cols[0]), v));
    }
    return entries;
  }
}
