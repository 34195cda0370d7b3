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
 * call runs under the state lock, so it sees and leaves a consistent state.
 */
public final class AdminApi implements AdminApiExtension {
  private static final Logger LOG = Logger.getLogger(AdminApi.class.getName());
  private static final String ROOT = "/clouddouble";
  private final StateEngine engine;
  private final AccountResolver accounts;
  private final ContractRegistry contracts;
  private final ErrorCatalog errors;

  public AdminApi(StateEngine engine, AccountResolver accounts, ContractRegistry contracts, ErrorCatalog errors) {
    this.engine = engine;
    this.accounts = accounts;
    this.contracts = contracts;
    this.errors = errors;
  }

  @Override
  public String getName() {
    return "clouddouble-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    // WireMock finds a route's path template by its task's class, so every route needs its own
    // lambda (one class per lambda expression), not one made by a shared factory.
    router.add(RequestMethod.POST, ROOT + "/reset", (admin, event, path) -> locked(event, r -> reset()));
    router.add(RequestMethod.POST, ROOT + "/world", (admin, event, path) -> locked(event, this::world));
    router.add(RequestMethod.GET, ROOT + "/state", (admin, event, path) -> locked(event, this::state));
    router.add(RequestMethod.GET, ROOT + "/clock", (admin, event, path) -> locked(event, r -> clock()));
    router.add(RequestMethod.POST, ROOT + "/clock", (admin, event, path) -> locked(event, this::advance));
    router.add(RequestMethod.GET, ROOT + "/transitions", (admin, event, path) -> locked(event, r -> transitions()));
    router.add(RequestMethod.POST, ROOT + "/transitions", (admin, event, path) -> locked(event, this::setProgression));
    router.add(RequestMethod.GET, ROOT + "/faults", (admin, event, path) -> locked(event, r -> AdminJson.ok(faults())));
    router.add(RequestMethod.POST, ROOT + "/faults", (admin, event, path) -> locked(event, this::inject));
    router.add(RequestMethod.DELETE, ROOT + "/faults", (admin, event, path) -> locked(event, r -> clearFaults()));
    router.add(RequestMethod.POST, ROOT + "/generate", (admin, event, path) -> locked(event, new WorldGenerator(engine)::generate));
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

  private ResponseDefinition clearFaults() {
    engine.faults().clear();
    return AdminJson.ok(faults());
  }

  private ResponseDefinition reset() {
    engine.reset();
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("world", engine.world().source());
    body.put("resources", engine.store().all().size());
    return AdminJson.ok(body);
  }

  private ResponseDefinition world(Request request) {
    JsonNode document = AdminJson.body(request);
    World world = World.of("(posted)", document);
    if ("true".equals(AdminJson.query(request, "merge"))) {
      engine.merge(world);
    } else {
      engine.load(world);
    }
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("world", engine.world().source());
    body.put("resources", engine.store().all().size());
    return AdminJson.ok(body);
  }

  private ResponseDefinition state(Request request) {
    String cloud = AdminJson.query(request, "cloud");
    String accountId = AdminJson.query(request, "account");
    String accessKeyId = AdminJson.query(request, "accessKeyId");
    String region = AdminJson.query(request, "region");
    String type = AdminJson.query(request, "type");
    if ((accountId != null || accessKeyId != null) && cloud == null) {
      throw new AdminJson.BadInput("filtering by account needs cloud=alibaba or cloud=huawei");
    }
    String account = accountId == null && accessKeyId == null ? null : accounts.account(cloud, accountId, accessKeyId);
    Predicate<Resource> filter =
        r -> (cloud == null || r.owner().cloud().equals(cloud))
            && (account == null || r.owner().account().equals(account)
                || r.sharedWith().stream().anyMatch(s -> s.account().equals(account)))
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

  private ResponseDefinition transitions() {
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
    engine.transitions().pending().forEach(p -> pending.addObject()
        .put("transition", p.name())
        .put("cloud", p.cloud())
        .put("type", p.type())
        .put("id", p.id())
        .put("startedAt", p.startedAt().toString()));
    return AdminJson.ok(body);
  }

  private ResponseDefinition setProgression(Request request) {
    JsonNode body = AdminJson.body(request);
    if (!body.hasNonNull("name") || !body.hasNonNull("progression")) {
      throw new AdminJson.BadInput(
          "say which transition and how: {\"name\": \"...\" or \"*\", \"progression\": \"immediately\"|\"after\"|\"afterReads\"|\"manual\", \"duration\": \"PT2S\", \"reads\": 3}");
    }
    engine.transitions().setProgression(body.get("name").asText(), Progression.parse(body));
    engine.settle();
    return transitions();
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
    engine.faults().inject(operation, code, body.path("count").asInt(1));
    return AdminJson.ok(faults());
  }

  private ObjectNode faults() {
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.set("faults", engine.faults().toJson());
    return body;
  }
}
