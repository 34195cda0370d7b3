package io.clouddouble.state.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.Changes;
import io.clouddouble.state.IdempotencyTokens;
import io.clouddouble.state.Resource;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.world.WorldFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes made since the last commit, gathered as the engine makes them: the resources
 * created or touched, the ones removed and the ClientTokens remembered. Used under the state lock,
 * so it sees whole requests; synchronized because reads and DryRuns share that lock.
 */
final class ChangeSet implements Changes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Set<Resource> touched = new LinkedHashSet<>();
  private final List<Resource> removed = new ArrayList<>();
  private ObjectNode tokens = NODES.objectNode();

  @Override
  public synchronized void touched(Resource resource) {
    touched.add(resource);
  }

  @Override
  public synchronized void removed(Resource resource) {
    removed.add(resource);
  }

  @Override
  public synchronized void token(String key, IdempotencyTokens.Entry entry) {
    tokens.set(key, entry.toJson());
  }

  synchronized boolean isEmpty() {
    return touched.isEmpty() && removed.isEmpty() && tokens.isEmpty();
  }

  /**
   * The journal record of these changes, and forgets them: {@code remove} lists what is gone,
   * {@code put} holds the touched resources as they are now (a world document, so replay reuses
   * the world reader), {@code pending} the whole list of transitions in progress and
   * {@code tokens} the new ClientTokens.
   */
  synchronized ObjectNode drain(StateEngine engine, long seq) {
    ObjectNode record = NODES.objectNode();
    record.put("seq", seq);
    ArrayNode gone = record.putArray("remove");
    for (Resource resource : removed) {
      if (engine.store().get(resource.owner().cloud(), resource.type(), resource.id()) == null) {
        gone.addObject().put("cloud", resource.owner().cloud()).put("type", resource.type()).put("id", resource.id());
      }
    }
    Set<Resource> live = new LinkedHashSet<>();
    for (Resource resource : touched) {
      if (engine.store().get(resource.owner().cloud(), resource.type(), resource.id()) == resource) {
        live.add(resource);
      }
    }
    record.set("put", engine.format().write(live, r -> true, List.of()).get("accounts"));
    record.set("pending", WorldFormat.pending(engine.transitions().pending()));
    record.set("tokens", tokens);
    record.put("clockOffset", engine.clock().offset().toString());
    touched.clear();
    removed.clear();
    tokens = NODES.objectNode();
    return record;
  }

  /** Forgets the changes (a snapshot has just captured them). */
  synchronized void clear() {
    touched.clear();
    removed.clear();
    tokens = NODES.objectNode();
  }
}
