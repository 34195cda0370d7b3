package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.auth.CredentialStore;
import io.clouddouble.state.journal.Durability;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Expression;
import io.clouddouble.state.template.Values;
import io.clouddouble.state.transition.Transitions;
import io.clouddouble.state.world.AccountResolver;
import io.clouddouble.state.world.World;
import io.clouddouble.state.world.WorldFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's field indexes answer a lookup exactly as a scan of the type would: after creates,
 * changes through {@link Resource#fields()} (settled or not yet), deletes, replacing puts, world
 * loads, resets, snapshot restores and journal replays; in creation order; for scalar fields,
 * nested paths, list fields and {@code $account}; with visibility (own scope, shared, anyAccount).
 */
class ResourceStoreIndexTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ResourceType THING = new ResourceType("alibaba", "Thing", TextNode.valueOf("${Id}"), true, null);
  private static final List<String> FIELDS = List.of("Name", "Vpc.VpcId", "Zones", "Tags.Key", "$account", "Port");
  private static final Scope A1 = new Scope("alibaba", "111", "r1");
  private static final Scope A2 = new Scope("alibaba", "111", "r2");
  private static final Scope B1 = new Scope("alibaba", "222", "r1");
  private static final List<Scope> SCOPES = List.of(A1, A2, B1);

  @Test
  void lookupsAgreeWithAScanThroughRandomChanges() {
    Random random = new Random(14);
    ResourceStore store = new ResourceStore();
    List<String> ids = new ArrayList<>();
    for (int step = 0; step < 1000; step++) {
      int op = random.nextInt(10);
      if (op < 4 || ids.isEmpty()) {
        String id = "t-" + step;
        Scope owner = SCOPES.get(random.nextInt(SCOPES.size()));
        List<Scope> shared = random.nextInt(4) == 0 ? List.of(B1) : List.of();
        store.create(THING, owner, shared, fields(random, id));
        ids.add(id);
      } else if (op < 7) {
        Resource resource = store.get("alibaba", "Thing", ids.get(random.nextInt(ids.size())));
        ObjectNode changed = fields(random, resource.id());
        if (random.nextBoolean()) {
          resource.fields().setAll(changed);
        } else {
          String field = List.of("Name", "Vpc", "Zones", "Tags", "Port").get(random.nextInt(5));
          resource.fields().remove(field);
        }
      } else if (op < 8) {
        String id = ids.remove(random.nextInt(ids.size()));
        store.remove(store.get("alibaba", "Thing", id));
      } else if (op < 9) {
        Resource resource = store.get("alibaba", "Thing", ids.get(random.nextInt(ids.size())));
        store.put(THING, resource.owner(), resource.sharedWith(), fields(random, resource.id()));
      } else {
        store.settleIndexes();
      }
      if (step % 7 == 0) {
        for (String field : FIELDS) {
          agree(store, field, texts(random, field));
        }
      }
    }
    store.settleIndexes();
    for (String field : FIELDS) {
      for (int i = 0; i < 5; i++) {
        agree(store, field, texts(random, field));
      }
    }
  }

  @Test
  void aChangedResourceIsFoundByItsNewValueBeforeAndAfterSettlingAndNotByItsOld() {
    ResourceStore store = new ResourceStore();
    Resource first = store.create(THING, A1, List.of(), thing("t-1", "alpha"));
    Resource second = store.create(THING, A1, List.of(), thing("t-2", "beta"));
    store.settleIndexes();
    assertEquals(List.of(first), named(store, "alpha"));

    second.fields().put("Name", "alpha");
    assertEquals(List.of(first, second), named(store, "alpha"), "unsettled: offered and in creation order");
    store.settleIndexes();
    assertEquals(List.of(first, second), named(store, "alpha"));
    assertEquals(List.of(), named(store, "beta"));

    Resource replaced = store.put(THING, A1, List.of(), thing("t-1", "gamma"));
    store.settleIndexes();
    assertEquals(List.of(second), named(store, "alpha"));
    assertEquals(List.of(replaced), named(store, "gamma"));
    store.create(THING, A1, List.of(), thing("t-3", "gamma"));
    assertEquals("t-1", named(store, "gamma").get(0).id(), "a replaced resource keeps its place");

    store.remove(second);
    assertEquals(List.of(), named(store, "alpha"));
    store.clear();
    assertEquals(List.of(), named(store, "gamma"));
  }

  @Test
  void visibilityIsTheScansOwnOwnScopeSharedAndAnyAccount() {
    ResourceStore store = new ResourceStore();
    Resource own = store.create(THING, A1, List.of(), thing("t-1", "x"));
    Resource sharedWithB = store.create(THING, A1, List.of(B1), thing("t-2", "x"));
    Resource otherRegion = store.create(THING, A2, List.of(), thing("t-3", "x"));
    Resource ofB = store.create(THING, B1, List.of(), thing("t-4", "x"));
    store.settleIndexes();
    Map<String, List<String>> byName = Map.of("Name", List.of("x"));
    assertEquals(List.of(own, sharedWithB), store.candidates(A1, "Thing", false, byName));
    assertEquals(List.of(sharedWithB, ofB), store.candidates(B1, "Thing", false, byName));
    assertEquals(List.of(own, sharedWithB, ofB), store.candidates(A1, "Thing", true, byName));
    assertEquals(List.of(otherRegion), store.candidates(A2, "Thing", false, byName));
    assertEquals(List.of(ofB), store.candidates(B1, "Thing", true, Map.of("$account", List.of("222"))));
    assertEquals(store.list(A1, "Thing", false), store.candidates(A1, "Thing", false, Map.of()), "no field: the scan");
  }

  @Test
  void theEnginesIndexesHoldAcrossWorldLoadResetRestoreAndLockedWrites() {
    StateEngine engine = engine();
    engine.load(demoWorld());
    String type = "VpcEndpointZone";
    Scope scope = someScope(engine, type);
    agreeOnEveryField(engine.store(), scope, type);

    Resource zone = engine.store().list(scope, type, false).get(0);
    engine.lock().holdForRequest("PrivateLink:DisableVpcEndpointZoneConnection", false);
    zone.fields().put("ZoneStatus", "Disconnecting");
    StateLock.releaseHeldByThisThread();
    assertTrue(engine.store().candidates(scope, type, false, Map.of("ZoneStatus", List.of("Disconnecting"))).contains(zone));
    agreeOnEveryField(engine.store(), scope, type);

    ObjectNode snapshot = engine.snapshot();
    engine.reset();
    agreeOnEveryField(engine.store(), scope, type);
    assertTrue(engine.store().candidates(scope, type, false, Map.of("ZoneStatus", List.of("Disconnecting"))).isEmpty());
    engine.restore(snapshot);
    agreeOnEveryField(engine.store(), scope, type);
    assertEquals(1, engine.store().candidates(scope, type, false, Map.of("ZoneStatus", List.of("Disconnecting"))).size());
  }

  @Test
  void aJournalReplayLeavesTheIndexesExact(@TempDir Path dir) throws Exception {
    Path stateFile = dir.resolve("state.json");
    StateEngine first = engine();
    first.load(demoWorld());
    Durability durability = Durability.open(stateFile, first);
    String type = "VpcEndpointZone";
    Scope scope = someScope(first, type);
    agreeOnEveryField(first.store(), scope, type); // builds the indexes before the writes
    List<Resource> zones = first.store().list(scope, type, false);
    for (Resource zone : zones) {
      first.lock().holdForRequest("PrivateLink:Write", false);
      zone.fields().put("ZoneStatus", "Moved-" + zone.id());
      durability.beforeAnswer();
      StateLock.releaseHeldByThisThread();
    }
    first.lock().holdForRequest("PrivateLink:Write", false);
    first.store().remove(zones.get(0));
    durability.beforeAnswer();
    StateLock.releaseHeldByThisThread();
    assertTrue(Files.size(Durability.journalOf(stateFile)) > 0, "the writes are in the journal");

    StateEngine second = engine();
    second.load(demoWorld());
    agreeOnEveryField(second.store(), scope, type); // indexes built before the replay changes them
    Durability.open(stateFile, second);
    agreeOnEveryField(second.store(), scope, type);
    assertEquals(
        List.of(),
        second.store().candidates(scope, type, false, Map.of("ZoneStatus", List.of("Moved-" + zones.get(0).id()))));
    if (zones.size() > 1) {
      assertEquals(
          List.of(zones.get(1).id()),
          second.store().candidates(scope, type, false, Map.of("ZoneStatus", List.of("Moved-" + zones.get(1).id())))
              .stream().map(Resource::id).toList());
    }
  }

  private static StateEngine engine() {
    Path stubs = Path.of("stubs");
    ResourceTypes types = ResourceTypes.load(stubs.resolve("types"));
    return new StateEngine(
        types,
        Transitions.load(stubs.resolve("transitions")),
        new VirtualClock(Clock.systemUTC()),
        new WorldFormat(types, new AccountResolver(CredentialStore.empty())));
  }

  private static World demoWorld() {
    return World.read(Path.of("stubs", "worlds", "demo"));
  }

  private static Scope someScope(StateEngine engine, String type) {
    return engine.store().all().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow().owner();
  }

  /** For every field of every resource of the type, looking up its values finds what a scan finds. */
  private static void agreeOnEveryField(ResourceStore store, Scope scope, String type) {
    Set<String> fields = new TreeSet<>(Set.of("$account", "$region"));
    for (Resource resource : store.all()) {
      if (resource.type().equals(type)) {
        resource.toJson().fieldNames().forEachRemaining(fields::add);
      }
    }
    for (String field : fields) {
      Set<String> values = new TreeSet<>();
      for (Resource resource : store.list(scope, type, true)) {
        values.addAll(texts(resource, field));
      }
      for (String value : values) {
        agree(store, scope, type, field, List.of(value));
      }
    }
  }

  private static void agree(ResourceStore store, String field, List<String> texts) {
    for (Scope scope : SCOPES) {
      agree(store, scope, "Thing", field, texts);
    }
  }

  private static void agree(ResourceStore store, Scope scope, String type, String field, List<String> texts) {
    for (boolean anyAccount : List.of(false, true)) {
      List<Resource> scanned =
          store.list(scope, type, anyAccount).stream().filter(r -> has(r, field, texts)).toList();
      List<Resource> looked =
          store.candidates(scope, type, anyAccount, Map.of(field, texts)).stream().filter(r -> has(r, field, texts)).toList();
      assertEquals(scanned, looked, type + " where " + field + " in " + texts + " for " + scope + " anyAccount " + anyAccount);
    }
  }

  private static boolean has(Resource resource, String field, List<String> wanted) {
    return texts(resource, field).stream().anyMatch(wanted::contains);
  }

  private static List<String> texts(Resource resource, String field) {
    Object value = Expression.parse("it." + field).evaluate(Bindings.root().bind("it", resource));
    List<String> out = new ArrayList<>();
    if (value != null) {
      for (Object element : Values.isList(value) ? Values.elements(value) : List.of(value)) {
        if (Values.text(element) != null) {
          out.add(Values.text(element));
        }
      }
    }
    return out;
  }

  private static List<Resource> named(ResourceStore store, String name) {
    return store.candidates(A1, "Thing", false, Map.of("Name", List.of(name))).stream()
        .filter(r -> has(r, "Name", List.of(name)))
        .toList();
  }

  private static ObjectNode thing(String id, String name) {
    ObjectNode fields = NODES.objectNode();
    fields.put("Id", id);
    fields.put("Name", name);
    return fields;
  }

  private static ObjectNode fields(Random random, String id) {
    ObjectNode fields = NODES.objectNode();
    fields.put("Id", id);
    if (random.nextInt(5) > 0) {
      fields.put("Name", "n" + random.nextInt(6));
    }
    if (random.nextInt(3) > 0) {
      fields.putObject("Vpc").put("VpcId", "vpc-" + random.nextInt(4));
    }
    if (random.nextBoolean()) {
      ArrayNode zones = fields.putArray("Zones");
      for (int i = random.nextInt(3); i > 0; i--) {
        zones.add("z" + random.nextInt(5));
      }
    }
    if (random.nextBoolean()) {
      ArrayNode tags = fields.putArray("Tags");
      for (int i = random.nextInt(3); i > 0; i--) {
        tags.addObject().put("Key", "k" + random.nextInt(4)).put("Value", "v" + random.nextInt(2));
      }
    }
    if (random.nextBoolean()) {
      fields.put("Port", random.nextInt(3) + 80); // a number: compared by its text
    }
    return fields;
  }

  private static List<String> texts(Random random, String field) {
    List<String> pool =
        switch (field) {
          case "Name" -> List.of("n0", "n1", "n2", "n3", "n4", "n5");
          case "Vpc.VpcId" -> List.of("vpc-0", "vpc-1", "vpc-2", "vpc-3");
          case "Zones" -> List.of("z0", "z1", "z2", "z3", "z4");
          case "Tags.Key" -> List.of("k0", "k1", "k2", "k3");
          case "$account" -> List.of("111", "222", "333");
          default -> List.of("80", "81", "82");
        };
    List<String> texts = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      texts.add(pool.get(random.nextInt(pool.size())));
    }
    return texts;
  }
}
