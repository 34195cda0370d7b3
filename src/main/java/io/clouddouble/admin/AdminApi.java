package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.state.Resource;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.journal.Durability;
import io.clouddouble.state.stub.ErrorCatalog;
import io.clouddouble.state.transition.Progression;
import io.clouddouble.state.transition.TransitionDefinition;
import io.clouddouble.state.world.AccountResolver;
import io.clouddouble.state.world.World;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The project's admin API under {@code /__admin/clouddouble/}: reset, load a world, dump state,
 * read and advance the clock, list transitions and set their progression, inject faults. Every
 * call runs under the state lock, so it sees and leaves a consistent state; a change is durable
 * (with a state file) before it is answered. Most calls take an account scope
 * ({@link AccountScope}) so teams sharing one fake leave each other alone.
 */
public final class AdminApi implements AdminApiExtension {
  private static final Logger LOG = Logger.getLogger(AdminApi.class.getName());
  private static final String ROOT = "/clouddouble";
  private final StateEngine engine;
  private final AccountResolver accounts;
  private final ContractRegistry contracts;
  private final ErrorCatalog errors;
  private final Durability durability;

  public AdminApi(
      StateEngine engine, AccountResolver accounts, ContractRegistry contracts, ErrorCatalog errors, Durability durability) {
    this.engine = engine;
    this.accounts = accounts;
    this.contracts = contracts;
    this.errors = errors;
    this.durability = durability;
  }

  @Override
  public String getName() {
    return "clouddouble-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    // WireMock finds a route's path template by its task's class, so every route needs its own
    // lambda (one class per lambda expression), not one made by a shared factory.
    router.add(RequestMethod.POST, ROOT + "/reset", (admin, event, path) -> changing(event, this::reset));
    router.add(RequestMethod.POST, ROOT + "/world", (admin, event, path) -> changing(event, this::world));
    router.add(RequestMethod.GET, ROOT + "/state", (admin, event, path) -> reading(event, this::state));
    router.add(RequestMethod.GET, ROOT + "/clock", (admin, event, path) -> reading(event, r -> clock()));
    router.add(RequestMethod.POST, ROOT + "/clock", (admin, event, path) -> changing(event, this::advance));
    router.add(RequestMethod.GET, ROOT + "/transitions", (admin, event, path) -> reading(event, this::transitions));
    router.add(RequestMethod.POST, ROOT + "/transitions", (admin, event, path) -> changing(event, this::setProgression));
    router.add(RequestMethod.GET, ROOT + "/faults", (admin, event, path) -> reading(event, r -> AdminJson.ok(faults(r))));
    router.add(RequestMethod.POST, ROOT + "/faults", (admin, event, path) -> changing(event, this::inject));
    router.add(RequestMethod.DELETE, ROOT + "/faults", (admin, event, path) -> changing(event, this::clearFaults));
    router.add(RequestMethod.POST, ROOT + "/generate", (admin, event, path) -> changing(event, new WorldGenerator(engine)::generate));
    router.add(RequestMethod.GET, ROOT + "/durability", (admin, event, path) -> AdminJson.ok(durability.statistics()));
  }

  /** A call that only reads: what settling changed is made durable before the answer. */
  ResponseDefinition reading(ServeEvent event, Function<Request, ResponseDefinition> work) {
    ResponseDefinition answer = locked(event, work);
    durability.beforeAnswer();
    return answer;
  }

  /** A call that changes state: a new snapshot is written before the answer. */
  ResponseDefinition changing(ServeEvent event, Function<Request, ResponseDefinition> work) {
    ResponseDefinition answer = locked(event, work);
    durability.checkpoint();
    return answer;
  }

  /** Runs a call under the state lock, after settling due transitions; bad input becomes a 400. */
  private ResponseDefinition locked(ServeEvent event, Function<Request, ResponseDefinition> work) {
    return engine.lock().during(() -> {
      try {
        engine.settle();
        return work.apply(event.getRequest());
      } catch (AdminJson.BadInput | IllegalArgumentException e) {
        return AdminJson.error(400, e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "admin call failed", e);
        return AdminJson.error(500, String.valueOf(e.getMessage()));
      }
    });
  }

  private ResponseDefinition clearFaults(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    if (scope == null) {
      engine.faults().clear();
    } else {
      engine.faults().clear(scope.cloud(), scope.account());
    }
    return AdminJson.ok(faults(request));
  }

  private ResponseDefinition reset(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    if (scope == null) {
      engine.reset();
    } else {
      engine.reset(scope.cloud(), scope.account());
    }
    return worldAnswer(scope);
  }

  private ResponseDefinition world(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    JsonNode document = AdminJson.body(request);
    World world = World.of("(posted)", document);
    boolean merge = "true".equals(AdminJson.query(request, "merge"));
    if (scope != null) {
      scope.requireOnly(document, accounts);
      if (merge) {
        engine.merge(world);
      } else {
        engine.replace(scope.cloud(), scope.account(), world);
      }
    } else if (merge) {
      engine.merge(world);
    } else {
      engine.load(world);
    }
    return worldAnswer(scope);
  }

  private ResponseDefinition worldAnswer(AccountScope scope) {
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("world", engine.world().source());
    if (scope != null) {
      body.put("cloud", scope.cloud());
      body.put("account", scope.account());
    }
    body.put("resources", scope == null
        ? engine.store().all().size()
        : engine.store().all().stream().filter(StateEngine.ownedBy(scope.cloud(), scope.account())).count());
    return AdminJson.ok(body);
  }

  private ResponseDefinition state(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    String cloud = AdminJson.query(request, "cloud");
    String region = AdminJson.query(request, "region");
    String type = AdminJson.query(request, "type");
    Predicate<Resource> filter =
        r -> (cloud == null || r.owner().cloud().equals(cloud))
            && (scope == null || scope.sees(r))
            && (region == null || r.owner().region().equals(region))
            && (type == null || r.type().equals(type));
    ObjectNode body = engine.dump(filter);
    body.set("clock", clockJson());
    return AdminJson.ok(body);
  }

  private ResponseDefinition clock() {
    return AdminJson.ok(clockJson());
  }

  private ResponseDefinition advance(Request request) {
    if (AccountScope.of(request, accounts) != null) {
      throw new AdminJson.BadInput(
          "the clock is global: every account shares one time, so it cannot be advanced for one account; "
              + "advance it without an account, or give that account's transitions a manual or afterReads progression");
    }
    JsonNode body = AdminJson.body(request);
    if (!body.hasNonNull("advance")) {
      throw new AdminJson.BadInput("say how far to advance: {\"advance\": \"PT30S\"} or {\"advance\": \"30s\"}");
    }
    engine.clock().advance(Progression.duration(body.get("advance").asText()));
    engine.settle();
    return AdminJson.ok(clockJson());
  }

  private ObjectNode clockJson() {
    ObjectNode clock = AdminJson.JSON.createObjectNode();
    clock.put("now", engine.clock().get().toString());
    clock.put("offset", engine.clock().offset().toString());
    return clock;
  }

  private ResponseDefinition transitions(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    ObjectNode body = AdminJson.JSON.createObjectNode();
    ArrayNode list = body.putArray("transitions");
    for (TransitionDefinition t : engine.transitions().definitions()) {
      ObjectNode item = list.addObject();
      item.put("name", t.name());
      item.put("type", t.type());
      item.put("field", t.field());
      item.set("from", AdminJson.JSON.valueToTree(t.from()));
      item.put("to", t.to());
      if (t.next() != null) {
        item.put("next", t.next());
      }
      item.setAll(t.progression().toJson());
    }
    ArrayNode pending = body.putArray("pending");
    engine.transitions().pending().stream()
        .filter(p -> scope == null || scope.sees(engine.store().get(p.cloud(), p.type(), p.id())))
        .forEach(p -> pending.addObject()
        .put("transition", p.name())
        .put("cloud", p.cloud())
        .put("type", p.type())
        .put("id", p.id())
        .put("startedAt", p.startedAt().toString()));
    return AdminJson.ok(body);
  }

  private ResponseDefinition setProgression(Request request) {
    if (AccountScope.of(request, accounts) != null) {
      throw new AdminJson.BadInput(
          "progressions are global (declared per transition, not per account); set them without an account");
    }
    JsonNode body = AdminJson.body(request);
    if (!body.hasNonNull("name") || !body.hasNonNull("progression")) {
      throw new AdminJson.BadInput(
          "say which transition and how: {\"name\": \"...\" or \"*\", \"progression\": \"immediately\"|\"after\"|\"afterReads\"|\"manual\", \"duration\": \"PT2S\", \"reads\": 3}");
    }
    engine.transitions().setProgression(body.get("name").asText(), Progression.parse(body));
    engine.settle();
    return transitions(request);
  }

  private ResponseDefinition inject(Request request) {
    JsonNode body = AdminJson.body(request);
    String operation = body.path("operation").asText(null);
    String code = body.path("code").asText(null);
    if (operation == null || code == null) {
      throw new AdminJson.BadInput(
          "say which operation and error: {\"operation\": \"Privatelink:DisableVpcEndpointZoneConnection\", \"code\": \"Throttling\", \"count\": 1}");
    }
    contracts.byId(operation)
        .orElseThrow(() -> new AdminJson.BadInput("no contract for operation " + operation + " (use <Product>:<Operation>)"));
    if (errors.find(operation, code).isEmpty()) {
      throw new AdminJson.BadInput(code + " is not a documented error of " + operation + " nor a platform error");
    }
    AccountScope scope = AccountScope.of(request, accounts);
    engine.faults().inject(operation, code, body.path("count").asInt(1),
        scope == null ? null : scope.cloud(), scope == null ? null : scope.account());
    return AdminJson.ok(faults(request));
  }

  private ObjectNode faults(Request request) {
    AccountScope scope = AccountScope.of(request, accounts);
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.set("faults", scope == null ? engine.faults().toJson() : engine.faults().toJson(scope.cloud(), scope.account()));
    return body;
  }
}
