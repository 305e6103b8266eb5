package io.s3witness.checker.history;

import java.util.List;

/**
 * An immutable history as read: its events in file order plus the optional meta line.
 *
 * @param source file name (or {@code <memory>}) used in messages
 * @param format the format it was read from
 * @param model the model named by a meta line, or null
 * @param versioning S3 bucket versioning from the meta line ({@link Versioning#ENABLED} when absent)
 * @param timed whether events carry real timestamps (otherwise line numbers stand in)
 */
public record History(String source, HistoryFormat format, String model, Versioning versioning,
    boolean timed, List<Event> events) {

  public History {
    events = List.copyOf(events);
  }
}
