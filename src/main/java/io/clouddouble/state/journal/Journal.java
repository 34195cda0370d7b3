package io.clouddouble.state.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

/**
 * The append-only journal next to a state file: one line per committed change set,
 * {@code <CRC32C of the JSON, 8 hex digits> <JSON>\n}. Appends go to the page cache under the
 * state lock; {@link #awaitDurable} then fsyncs outside it with group commit: whoever flushes
 * makes every record appended so far durable, so concurrent writers share one fsync.
 */
final class Journal implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Journal.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FileChannel channel;
  private final Object flushing = new Object();
  private long appended;
  private long durable;
  private long size;
  private long flushes;

  private Journal(FileChannel channel, long seq) {
    this.channel = channel;
    this.appended = seq;
    this.durable = seq;
  }

  /** Starts an empty journal at {@code path}, whose records will follow {@code seq}. */
  static Journal create(Path path, long seq) {
    try {
      return new Journal(
          FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING),
          seq);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open journal " + path, e);
    }
  }

  /** Appends a record (not yet durable). */
  synchronized void append(long seq, JsonNode record) {
    String text = record.toString();
    byte[] line = (checksum(text.getBytes(StandardCharsets.UTF_8)) + " " + text + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the journal", e);
    }
    appended = seq;
    size += line.length;
  }

  synchronized long size() {
    return size;
  }

  /** Returns once record {@code seq} (and all before it) is on disk. */
  void awaitDurable(long seq) {
    synchronized (flushing) {
      if (durable >= seq) {
        return;
      }
      long target;
      synchronized (this) {
        target = appended;
      }
      try {
        channel.force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot flush the journal", e);
      }
      durable = target;
      flushes++;
    }
  }

  /** How many fsyncs served the records so far (fewer than records when writers shared them). */
  long flushes() {
    synchronized (flushing) {
      return flushes;
    }
  }

  /** Empties the journal once a snapshot holds everything in it: all of it counts as durable. */
  void truncate() {
    synchronized (flushing) {
      synchronized (this) {
        try {
          channel.truncate(0);
          channel.force(true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot truncate the journal", e);
        }
        size = 0;
        durable = appended;
      }
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the journal", e);
    }
  }

  /**
   * The records of a journal file, in order. A last record cut short by a crash (no newline, or a
   * checksum that does not match) was never acknowledged: it is dropped with a warning. A bad
   * record before the last means the file is damaged: start-up stops rather than lose state.
   */
  static List<JsonNode> read(Path path) {
    if (!Files.isRegularFile(path)) {
      return List.of();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + path, e);
    }
    List<JsonNode> records = new ArrayList<>();
    int start = 0;
    int number = 0;
    while (start < bytes.length) {
      number++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      boolean last = end >= bytes.length - 1;
      JsonNode record = end < bytes.length ? parse(bytes, start, end) : null;
      if (record == null) {
        if (!last) {
          throw new IllegalStateException(
              "journal " + path + " is damaged at record " + number + " (checksum or format); "
                  + "start-up stops so that no acknowledged change is lost: repair or remove the file");
        }
        LOG.warning("journal " + path + ": dropped a torn last record (" + (end - start)
            + " bytes, cut short by a crash before it was acknowledged)");
        break;
      }
      records.add(record);
      start = end + 1;
    }
    return records;
  }

  /** The record on one line, or null when its checksum or JSON is bad. */
  private static JsonNode parse(byte[] bytes, int start, int end) {
    if (end - start < 10 || bytes[start + 8] != ' ') {
      return null;
    }
    String crc = new String(bytes, start, 8, StandardCharsets.US_ASCII);
    byte[] json = Arrays.copyOfRange(bytes, start + 9, end);
    if (!crc.equals(checksum(json))) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }

  private static String checksum(byte[] json) {
    CRC32C crc = new CRC32C();
    crc.update(json);
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }
}
