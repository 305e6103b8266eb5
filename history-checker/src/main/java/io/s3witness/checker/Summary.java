package io.s3witness.checker;

import java.util.List;

/** The human-readable explanation of a result. */
final class Summary {
  private static final int PREFIX_SHOWN = 12;

  private Summary() {
  }

  static String of(String source, String model, Verdict verdict, int operations,
      List<PartitionResult> parts) {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(verdict.label()).append(" (model ").append(model)
        .append(", ").append(operations).append(" operations, ").append(parts.size())
        .append(parts.size() == 1 ? " partition)" : " partitions)").append('\n');
    int stopped = 0;
    for (PartitionResult p : parts) {
      if (p.verdict() == Verdict.LINEARIZABLE) {
        continue;
      }
      if (HistoryChecker.STOPPED.equals(p.reason())) {
        stopped++;
        continue;
      }
      String name = p.name().isEmpty() ? "history" : p.name();
      if (p.verdict() == Verdict.UNKNOWN) {
        sb.append("  ").append(name).append(": unknown: ").append(p.reason()).append(" after ")
            .append(p.statesCached()).append(" configurations\n");
        continue;
      }
      Evidence e = p.evidence();
      sb.append("  ").append(name).append(": not linearizable; linearized ")
          .append(e.linearizedPrefix().size()).append(" of ").append(p.operations())
          .append(" operations, then cannot place:\n");
      sb.append("    ").append(e.cannotPlace().describe()).append('\n');
      sb.append("    in state").append(e.statesBefore().size() == 1 ? "" : "s").append(": ")
          .append(String.join(" | ", e.statesBefore())).append('\n');
      List<Step> prefix = e.linearizedPrefix();
      sb.append("    longest linearizable prefix").append(prefix.isEmpty() ? " is empty" : ":")
          .append('\n');
      int from = Math.max(0, prefix.size() - PREFIX_SHOWN);
      if (from > 0) {
        sb.append("      ... ").append(from).append(" earlier operations\n");
      }
      for (int i = from; i < prefix.size(); i++) {
        sb.append("      ").append(prefix.get(i).describe()).append('\n');
      }
    }
    if (stopped > 0) {
      sb.append("  ").append(stopped).append(stopped == 1 ? " other partition" : " other partitions")
          .append(" not searched to the end (--all-partitions searches them)\n");
    }
    return sb.toString();
  }
}
