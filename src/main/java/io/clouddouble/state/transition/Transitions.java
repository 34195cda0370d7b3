package io.clouddouble.state.transition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.DataRoot;
import io.clouddouble.state.Resource;
import io.clouddouble.state.ResourceStore;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The declared transitions ({@code stubs/transitions/*.json}) and the ones in progress. Progress
 * is evaluated lazily: every state access first {@link #settle settles} whatever is due by the
 * fake's clock, completing chains in due order, so no background thread races the requests.
 * Not thread-safe: the engine's lock guards it.
 */
public final class Transitions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, TransitionDefinition> declared = new LinkedHashMap<>();
  private final Map<String, Progression> overrides = new LinkedHashMap<>();
  private final List<PendingTransition> pending = new ArrayList<>();

  public static Transitions load(Path directory) {
    Transitions transitions = new Transitions();
    DataRoot.jsonFiles(directory).forEach(transitions::read);
    for (TransitionDefinition definition : transitions.declared.values()) {
      if (definition.next() != null && !transitions.declared.containsKey(definition.next())) {
        throw new IllegalStateException(
            "transition " + definition.name() + " names an unknown next transition " + definition.next());
      }
    }
    return transitions;
  }

  private void read(Path file) {
    JsonNode document;
    try {
      document = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Iterator<Map.Entry<String, JsonNode>> each = document.path("transitions").fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> entry = each.next();
      JsonNode spec = entry.getValue();
      List<String> from = new ArrayList<>();
      if (spec.path("from").isArray()) {
        spec.get("from").forEach(v -> from.add(v.asText()));
      } else {
        from.add(spec.path("from").asText());
      }
      try {
        TransitionDefinition definition =
            new TransitionDefinition(
                entry.getKey(),
                require(spec, "type"),
                require(spec, "field"),
                List.copyOf(from),
                require(spec, "to"),
                spec.get("set"),
                spec.hasNonNull("next") ? spec.get("next").asText() : null,
                Progression.parse(spec));
        if (declared.put(definition.name(), definition) != null) {
          throw new IllegalArgumentException("declared twice");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(file + ": transition " + entry.getKey() + ": " + e.getMessage(), e);
      }
    }
  }

  private static String require(JsonNode spec, String field) {
    if (!spec.hasNonNull(field)) {
      throw new IllegalArgumentException("'" + field + "' is required");
    }
    return spec.get(field).asText();
  }

  /** The definition with its current progression (an admin override, else the declared one). */
  public TransitionDefinition definition(String name) {
    TransitionDefinition declaredOne = declared.get(name);
    if (declaredOne == null) {
      throw new IllegalArgumentException("unknown transition " + name);
    }
    Progression override = overrides.get(name);
    return override == null
        ? declaredOne
        : new TransitionDefinition(
            declaredOne.name(),
            declaredOne.type(),
            declaredOne.field(),
            declaredOne.from(),
            declaredOne.to(),
            declaredOne.set(),
            declaredOne.next(),
            override);
  }

  /** By resource type, the fields its transitions move: its state fields. */
  public Map<String, Set<String>> stateFields() {
    Map<String, Set<String>> fields = new HashMap<>();
    declared.values().forEach(d -> fields.computeIfAbsent(d.type(), t -> new LinkedHashSet<>()).add(d.field()));
    return fields;
  }

  public List<TransitionDefinition> definitions() {
    return declared.keySet().stream().map(this::definition).toList();
  }

  /** Overrides a transition's progression; {@code *} names every transition. */
  public void setProgression(String name, Progression progression) {
    if (name.equals("*")) {
      declared.keySet().forEach(n -> overrides.put(n, progression));
    } else {
      definition(name);
      overrides.put(name, progression);
    }
  }

  /** Starts a transition on a resource that must be in one of its from-states (else the stub is wrong). */
  public void start(String name, Resource resource, Instant now) {
    TransitionDefinition definition = definition(name);
    if (!definition.type().equals(resource.type())) {
      throw new IllegalStateException("transition " + name + " is for " + definition.type() + ", not " + resource);
    }
    String current = resource.fields().path(definition.field()).asText(null);
    if (!definition.from().contains(current)) {
      throw new IllegalStateException(
          "transition " + name + " starts from " + definition.field() + " in " + definition.from()
              + " but " + resource + " has " + current);
    }
    pending.add(
        new PendingTransition(
            name, resource.owner().cloud(), resource.type(), resource.id(), now, resource.reads()));
  }

  /** Whether {@link #settle} would change anything at {@code now}; it only reads, so readers may share it. */
  public boolean anyDue(ResourceStore store, Instant now) {
    for (PendingTransition p : pending) {
      Resource resource = store.get(p.cloud(), p.type(), p.id());
      if (resource == null || dueAt(p, definition(p.name()).progression(), resource, now) != null) {
        return true;
      }
    }
    return false;
  }

  /** Completes, in due order, every transition that is due at {@code now}, including chained ones. */
  public void settle(ResourceStore store, Instant now, Supplier<Bindings> bindings) {
    while (true) {
      PendingTransition first = null;
      Instant firstDue = null;
      Iterator<PendingTransition> each = pending.iterator();
      while (each.hasNext()) {
        PendingTransition p = each.next();
        Resource resource = store.get(p.cloud(), p.type(), p.id());
        if (resource == null) {
          each.remove();
          continue;
        }
        Instant due = dueAt(p, definition(p.name()).progression(), resource, now);
        if (due != null && (first == null || due.isBefore(firstDue))) {
          first = p;
          firstDue = due;
        }
      }
      if (first == null) {
        return;
      }
      pending.remove(first);
      complete(first, firstDue, store, bindings);
    }
  }

  /**
   * When a pending transition is due by the clock: its start plus its duration ({@code after}), its
   * start ({@code immediately}); null when it waits for reads or is manual.
   */
  public Instant dueBy(PendingTransition p) {
    Progression progression = definition(p.name()).progression();
    return switch (progression.kind()) {
      case IMMEDIATELY -> p.startedAt();
      case AFTER -> p.startedAt().plus(progression.duration());
      case AFTER_READS, MANUAL -> null;
    };
  }

  /**
   * Completes the chosen pending transitions at {@code now}, whatever their progression (an admin
   * asking for it); the transitions they chain to start and wait as usual. Returns how many completed.
   */
  public int completeNow(Predicate<PendingTransition> which, ResourceStore store, Instant now, Supplier<Bindings> bindings) {
    int completed = 0;
    for (PendingTransition p : pending.stream().filter(which).toList()) {
      // a deletion completed earlier in this loop may have dropped the resource's other transitions
      if (pending.remove(p) && store.get(p.cloud(), p.type(), p.id()) != null) {
        complete(p, now, store, bindings);
        completed++;
      }
    }
    return completed;
  }

  private static Instant dueAt(PendingTransition p, Progression progression, Resource resource, Instant now) {
    return switch (progression.kind()) {
      case IMMEDIATELY -> p.startedAt();
      case AFTER -> {
        Instant due = p.startedAt().plus(progression.duration());
        yield due.isAfter(now) ? null : due;
      }
      case AFTER_READS -> resource.reads() - p.readsAtStart() >= progression.reads() ? now : null;
      case MANUAL -> null;
    };
  }

  private void complete(PendingTransition p, Instant due, ResourceStore store, Supplier<Bindings> bindings) {
    store.history().during("transition " + p.name(), due, () -> {
      apply(p, due, store, bindings);
      return null;
    });
  }

  private void apply(PendingTransition p, Instant due, ResourceStore store, Supplier<Bindings> bindings) {
    TransitionDefinition definition = definition(p.name());
    Resource resource = store.get(p.cloud(), p.type(), p.id());
    String current = resource.fields().path(definition.field()).asText(null);
    if (!definition.from().contains(current)) {
      return; // superseded: something else moved the resource on meanwhile
    }
    if (definition.deletes()) {
      store.remove(resource);
      pending.removeIf(other -> other.cloud().equals(p.cloud()) && other.type().equals(p.type()) && other.id().equals(p.id()));
      return;
    }
    resource.fields().set(definition.field(), TextNode.valueOf(definition.to()));
    if (definition.set() != null) {
      JsonNode extra = Template.render(definition.set(), bindings.get().bind("it", resource));
      if (extra instanceof ObjectNode fields) {
        resource.fields().setAll(fields);
      }
    }
    if (definition.next() != null) {
      start(definition.next(), resource, due);
    }
  }

  public List<PendingTransition> pending() {
    return List.copyOf(pending);
  }

  /** Puts back transitions saved with a state file. */
  public void restore(Collection<PendingTransition> saved) {
    for (PendingTransition p : saved) {
      definition(p.name());
      pending.add(p);
    }
  }

  /** Forgets transitions in progress (the state they act on is being replaced). */
  public void clearPending() {
    pending.clear();
  }

  /** The admin API's progression overrides, by transition name. */
  public Map<String, Progression> overrides() {
    return Map.copyOf(overrides);
  }

  /** Back to the declared progressions. */
  public void clearOverrides() {
    overrides.clear();
  }
}
