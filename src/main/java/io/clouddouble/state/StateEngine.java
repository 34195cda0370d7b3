package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.transition.PendingTransition;
import io.clouddouble.state.transition.Progression;
import io.clouddouble.state.transition.Transitions;
import io.clouddouble.state.world.World;
import io.clouddouble.state.world.WorldFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fake's state: resources, transitions in progress, the clock, ClientTokens and injected
 * faults, and the world they were loaded from. Everything is guarded by one {@link StateLock};
 * requests hold it from routing to response (shared when they only read), admin calls for their
 * duration.
 */
public final class StateEngine {
  private final StateLock lock = new StateLock();
  private final ResourceStore store;
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
    this.store = new ResourceStore(new StateHistory(clock, transitions.stateFields()));
    lock.onWriterLeaving(store::settleIndexes);
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

  public WorldFormat format() {
    return format;
  }

  /** From now on every change to resources and ClientTokens is told to {@code changes}. */
  public void listen(Changes changes) {
    store.listen(changes);
    tokens.listen(changes);
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
    stage(newWorld);
    world = newWorld;
    reset();
  }

  /** Adds a world's resources to the current state without forgetting anything. */
  public void merge(World extra) {
    stage(extra);
    for (JsonNode document : extra.documents()) {
      transitions.restore(format.apply(document, store));
    }
    store.settleIndexes();
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
    store.settleIndexes();
  }

  /**
   * Back to the loaded world for one account only: its resources, their transitions, its tokens
   * and faults start over; other accounts, the clock and the progressions are left alone.
   */
  public void reset(String cloud, String account) {
    clear(cloud, account);
    ResourceStore staged = new ResourceStore();
    List<PendingTransition> pending = new ArrayList<>();
    for (JsonNode document : world.documents()) {
      pending.addAll(format.apply(document, staged));
    }
    Predicate<Resource> owned = ownedBy(cloud, account);
    for (Resource resource : staged.all()) {
      if (owned.test(resource)) {
        store.put(types.get(cloud, resource.type()), resource.owner(), resource.sharedWith(), (ObjectNode) resource.toJson());
      }
    }
    transitions.restore(pending.stream().filter(p -> owned.test(staged.get(p.cloud(), p.type(), p.id()))).toList());
    store.settleIndexes();
  }

  /** Replaces one account's resources by a world's (checked first, so bad input changes nothing). */
  public void replace(String cloud, String account, World extra) {
    stage(extra);
    clear(cloud, account);
    merge(extra);
  }

  /** Reads a world into a scratch store: what it gets wrong is reported before anything changes. */
  private void stage(World candidate) {
    ResourceStore staged = new ResourceStore();
    for (JsonNode document : candidate.documents()) {
      format.apply(document, staged).forEach(p -> transitions.definition(p.name()));
    }
  }

  /** Forgets one account's resources (those it owns), their transitions, its ClientTokens and its own faults. */
  public void clear(String cloud, String account) {
    Predicate<Resource> owned = ownedBy(cloud, account);
    restorePending(transitions.pending().stream().filter(p -> !owned.test(store.get(p.cloud(), p.type(), p.id()))).toList());
    List.copyOf(store.all()).stream().filter(owned).forEach(store::remove);
    tokens.clear(cloud, account);
    faults.clear(cloud, account);
  }

  /** Whether a resource (possibly null) is owned by the account. */
  public static Predicate<Resource> ownedBy(String cloud, String account) {
    return r -> r != null && r.owner().cloud().equals(cloud) && r.owner().account().equals(account);
  }

  /** The state {@code filter} keeps, in the world format. */
  public ObjectNode dump(Predicate<Resource> filter) {
    return format.write(store.all(), filter, transitions.pending());
  }

  /**
   * Everything a restart needs, as one JSON document: the resources and pending transitions (in
   * the world format), the clock's offset, the ClientTokens, the progression overrides and the
   * world that {@link #reset()} goes back to. Faults are not kept: they are a test's short-lived
   * set-up.
   */
  public ObjectNode snapshot() {
    ObjectNode state = dump(r -> true);
    state.put("clockOffset", clock.offset().toString());
    state.set("tokens", tokens.toJson());
    ObjectNode progressions = state.putObject("progressions");
    transitions.overrides().forEach((name, progression) -> progressions.set(name, progression.toJson()));
    ObjectNode loaded = state.putObject("world");
    loaded.put("source", world.source());
    ArrayNode documents = loaded.putArray("documents");
    world.documents().forEach(documents::add);
    return state;
  }

  /** Replaces the state with one written by {@link #snapshot()} (or a plain world document). */
  public void restore(JsonNode state) {
    if (state.has("world")) {
      List<JsonNode> documents = new ArrayList<>();
      state.path("world").path("documents").forEach(documents::add);
      world = new World(state.path("world").path("source").asText("(state file)"), List.copyOf(documents));
    }
    store.clear();
    transitions.clearPending();
    transitions.clearOverrides();
    tokens.clear();
    transitions.restore(format.apply(state, store));
    clock.restore(state.has("clockOffset") ? Duration.parse(state.get("clockOffset").asText()) : Duration.ZERO);
    tokens.restore(state.path("tokens"));
    Iterator<Map.Entry<String, JsonNode>> progressions = state.path("progressions").fields();
    while (progressions.hasNext()) {
      Map.Entry<String, JsonNode> entry = progressions.next();
      transitions.setProgression(entry.getKey(), Progression.parse(entry.getValue()));
    }
    store.settleIndexes();
  }

  /** Replaces the pending transitions with a saved list (a journal record carries the whole list). */
  public void restorePending(List<PendingTransition> pending) {
    transitions.clearPending();
    transitions.restore(pending);
  }
}
