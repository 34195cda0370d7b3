package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.transition.Transitions;
import io.clouddouble.state.world.World;
import io.clouddouble.state.world.WorldFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The fake's state: resources, transitions in progress, the clock, ClientTokens and injected
 * faults, and the world they were loaded from. Everything is guarded by one {@link StateLock};
 * requests hold it from routing to response (shared when they only read), admin calls for their
 * duration.
 */
public final class StateEngine {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StateLock lock = new StateLock();
  private final ResourceStore store = new ResourceStore();
  private final ResourceTypes types;
  private final Transitions transitions;
  private final VirtualClock clock;
  private final WorldFormat format;
  private final IdempotencyTokens tokens = new IdempotencyTokens();
  private final Faults faults = new Faults();
  private World world = World.empty();

  public StateEngine(ResourceTypes types, Transitions transitions, VirtualClock clock, WorldFormat format) {
    this.types = types;
    this.transitions = transitions;
    this.clock = clock;
    this.format = format;
  }

  public StateLock lock() {
    return lock;
  }

  public ResourceStore store() {
    return store;
  }

  public ResourceTypes types() {
    return types;
  }

  public Transitions transitions() {
    return transitions;
  }

  public VirtualClock clock() {
    return clock;
  }

  public IdempotencyTokens tokens() {
    return tokens;
  }

  public Faults faults() {
    return faults;
  }

  public World world() {
    return world;
  }

  /** Fresh template bindings that know the clock. */
  public Bindings bindings() {
    return Bindings.root().bind(Template.CLOCK, clock);
  }

  /**
   * Completes the transitions that are due; call (under the lock) before reading state. Calls that
   * share the lock take it alone for the change, and only when something is due.
   */
  public void settle() {
    if (transitions.anyDue(store, clock.get())) {
      lock.exclusively(() -> transitions.settle(store, clock.get(), this::bindings));
    }
  }

  /** Counts one read of a resource (for transitions that progress {@code afterReads}). */
  public void countRead(Resource resource) {
    resource.countRead();
  }

  /** Replaces the state with a world; the world is what {@link #reset()} goes back to. Atomic. */
  public void load(World newWorld) {
    ResourceStore staged = new ResourceStore();
    Transitions check = transitions;
    for (JsonNode document : newWorld.documents()) {
      format.apply(document, staged).forEach(p -> check.definition(p.name()));
    }
    world = newWorld;
    reset();
  }

  /** Adds a world's resources to the current state without forgetting anything. */
  public void merge(World extra) {
    ResourceStore staged = new ResourceStore();
    for (JsonNode document : extra.documents()) {
      format.apply(document, staged);
    }
    for (JsonNode document : extra.documents()) {
      transitions.restore(format.apply(document, store));
    }
  }

  /** Back to the loaded world: resources, transitions, clock, tokens and faults all start over. */
  public void reset() {
    store.clear();
    transitions.clearPending();
    transitions.clearOverrides();
    clock.reset();
    tokens.clear();
    faults.clear();
    for (JsonNode document : world.documents()) {
      transitions.restore(format.apply(document, store));
    }
  }

  /** The state {@code filter} keeps, in the world format. */
  public ObjectNode dump(Predicate<Resource> filter) {
    return format.write(store.all(), filter, transitions.pending());
  }

  /** Loads a state file written by {@link #save}, on top of the world. */
  public void restore(Path stateFile) {
    try {
      JsonNode saved = JSON.readTree(Files.readAllBytes(stateFile));
      store.clear();
      transitions.clearPending();
      transitions.restore(format.apply(saved, store));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state file " + stateFile, e);
    }
  }

  public void save(Path stateFile) {
    try {
      Path parent = stateFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(stateFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(dump(r -> true)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + stateFile, e);
    }
  }
}
