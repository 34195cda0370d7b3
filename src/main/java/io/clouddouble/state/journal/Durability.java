package io.clouddouble.state.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.Resource;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.StateLock;
import io.clouddouble.state.world.WorldFormat;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Nothing acknowledged is lost: with a state file, every change the engine makes is gathered
 * ({@link ChangeSet}) and, before the answer that made it is sent, committed as one journal record
 * and flushed to disk. The journal is compacted into the state file (a snapshot) at start, at a
 * clean stop, after admin changes and when it grows past {@link #COMPACT_AFTER_BYTES}. Start-up
 * restores the snapshot and replays the journal after it. {@link #off()} does nothing at all.
 */
public final class Durability implements AutoCloseable {
  /** Past this size the journal is folded into a new snapshot. */
  static final long COMPACT_AFTER_BYTES = 4L << 20;

  private final Path stateFile;
  private final StateEngine engine;
  private final ChangeSet changes = new ChangeSet();
  private final Journal journal;
  private final long startSeq;
  private long seq;

  private Durability(Path stateFile, StateEngine engine, Journal journal, long seq) {
    this.stateFile = stateFile;
    this.engine = engine;
    this.journal = journal;
    this.startSeq = seq;
    this.seq = seq;
  }

  /** No state file: nothing is recorded or written. */
  public static Durability off() {
    return new Durability(null, null, null, 0);
  }

  /**
   * Restores the state kept in {@code stateFile} and its journal (if any) into the engine, writes a
   * fresh snapshot and starts recording. A damaged or unknown state file stops here, untouched.
   */
  public static Durability open(Path stateFile, StateEngine engine) {
    Path journalFile = journalOf(stateFile);
    JsonNode saved = StateFile.read(stateFile);
    long seq = 0;
    if (saved != null) {
      engine.restore(saved);
      seq = saved.path("seq").asLong(0);
    }
    for (JsonNode record : Journal.read(journalFile)) {
      if (record.path("seq").asLong() > seq) {
        replay(record, engine);
        seq = record.path("seq").asLong();
      }
    }
    engine.store().settleIndexes();
    StateFile.write(stateFile, engine.snapshot(), seq);
    Durability durability = new Durability(stateFile, engine, Journal.create(journalFile, seq), seq);
    engine.listen(durability.changes);
    return durability;
  }

  /** The journal kept next to a state file. */
  public static Path journalOf(Path stateFile) {
    return stateFile.resolveSibling(stateFile.getFileName() + ".journal");
  }

  /**
   * Makes everything this request changed (and everything it could have seen) durable; called
   * once its answer is decided and before it is sent. The state lock is let go before waiting for
   * the disk, so other requests go on and share the next flush.
   */
  public void beforeAnswer() {
    if (journal == null) {
      return;
    }
    // A request holds the lock already (shared for reads and DryRuns, which cannot be upgraded);
    // an admin read does not.
    long ticket = engine.lock().heldByThisThread() ? commit() : engine.lock().during(this::commit);
    StateLock.releaseHeldByThisThread();
    journal.awaitDurable(ticket);
  }

  /** After an admin change (reset, world, clock, progressions...): a new snapshot, under the lock. */
  public void checkpoint() {
    if (journal == null) {
      return;
    }
    engine.lock().during(() -> {
      commit();
      StateFile.write(stateFile, engine.snapshot(), seq);
      changes.clear();
      journal.truncate();
      return null;
    });
  }

  /**
   * Under the lock: appends the pending changes as a record; returns the sequence number to wait for.
   * Synchronized, as requests sharing the lock commit side by side.
   */
  private synchronized long commit() {
    if (!changes.isEmpty()) {
      seq++;
      journal.append(seq, changes.drain(engine, seq));
      if (journal.size() > COMPACT_AFTER_BYTES) {
        StateFile.write(stateFile, engine.snapshot(), seq);
        journal.truncate();
      }
    }
    return seq;
  }

  /** Records appended and fsyncs made since start (their ratio shows how much group commit shared). */
  public ObjectNode statistics() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("enabled", journal != null);
    if (journal != null) {
      json.put("records", engine.lock().during(() -> seq - startSeq));
      json.put("flushes", journal.flushes());
    }
    return json;
  }

  /** A clean stop: the last snapshot, and the journal is closed. */
  @Override
  public void close() {
    if (journal != null) {
      checkpoint();
      journal.close();
    }
  }

  private static void replay(JsonNode record, StateEngine engine) {
    for (JsonNode gone : record.path("remove")) {
      Resource resource = engine.store().get(gone.path("cloud").asText(), gone.path("type").asText(), gone.path("id").asText());
      if (resource != null) {
        engine.store().remove(resource);
      }
    }
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.set("accounts", record.path("put"));
    engine.format().replace(document, engine.store());
    engine.restorePending(WorldFormat.pending(record.path("pending")));
    engine.tokens().restore(record.path("tokens"));
    engine.clock().restore(Duration.parse(record.path("clockOffset").asText("PT0S")));
  }
}
