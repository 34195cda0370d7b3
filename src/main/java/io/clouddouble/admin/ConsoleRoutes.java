package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.clouddouble.contract.CoverageReport;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.transition.PendingTransition;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the web console adds to the admin API: the console's files ({@code ui}), paged resources
 * with their history, pending transitions with due times and completing them, the request log,
 * and the coverage report. Stateful calls run under the state lock, as the rest of the admin API.
 */
public final class ConsoleRoutes implements AdminApiExtension {
  private static final String ROOT = "/clouddouble";
  private final AdminApi admin;
  private final StateEngine engine;
  private final RequestLog log;
  private final TouchedResources touched;
  private final Supplier<List<CoverageReport.Row>> coverage;
  private ObjectNode coverageJson;

  /** @param coverage the coverage report's rows, computed on first request and kept */
  public ConsoleRoutes(
      AdminApi admin, StateEngine engine, RequestLog log, Supplier<List<CoverageReport.Row>> coverage) {
    this.admin = admin;
    this.engine = engine;
    this.log = log;
    this.touched = new TouchedResources(engine);
    this.coverage = coverage;
  }

  @Override
  public String getName() {
    return "clouddouble-console";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    // one lambda per route: WireMock finds a route's path template by its task's class (see AdminApi)
    router.add(RequestMethod.GET, ROOT + "/ui", (a, event, path) -> ConsoleFiles.serve("index.html"));
    router.add(RequestMethod.GET, ROOT + "/ui/{file}", (a, event, path) -> ConsoleFiles.serve(path.get("file")));
    router.add(RequestMethod.GET, ROOT + "/resources",
        (a, event, path) -> admin.reading(event, r -> AdminJson.ok(ResourceQuery.page(r, engine))));
    router.add(RequestMethod.GET, ROOT + "/resource", (a, event, path) -> admin.reading(event, this::resource));
    router.add(RequestMethod.GET, ROOT + "/transitions/pending",
        (a, event, path) -> admin.reading(event, r -> AdminJson.ok(PendingView.all(engine))));
    router.add(RequestMethod.POST, ROOT + "/transitions/complete", (a, event, path) -> admin.changing(event, this::complete));
    router.add(RequestMethod.GET, ROOT + "/requests",
        (a, event, path) -> admin.reading(event, r -> AdminJson.ok(RequestQuery.page(r, log, touched::of))));
    router.add(RequestMethod.GET, ROOT + "/coverage", (a, event, path) -> AdminJson.ok(coverage()));
  }

  private ResponseDefinition resource(Request request) {
    ObjectNode detail = ResourceQuery.detail(request, engine);
    return detail == null
        ? AdminJson.error(404, "no such resource, and none remembered by that id")
        : AdminJson.ok(detail);
  }

  /** Completes now: every pending transition ({@code {"all": true}}), or those matching the given fields. */
  private ResponseDefinition complete(Request request) {
    JsonNode body = AdminJson.body(request);
    boolean all = body.path("all").asBoolean(false);
    String name = body.path("transition").asText(null);
    String cloud = body.path("cloud").asText(null);
    String type = body.path("type").asText(null);
    String id = body.path("id").asText(null);
    if (!all && name == null && id == null) {
      throw new AdminJson.BadInput(
          "say which: {\"all\": true} or {\"transition\": \"privatelink-zone-disconnect\", \"cloud\": ..., \"type\": ..., \"id\": ...}");
    }
    Predicate<PendingTransition> which =
        p -> all
            || (name == null || p.name().equals(name))
                && (cloud == null || p.cloud().equals(cloud))
                && (type == null || p.type().equals(type))
                && (id == null || p.id().equals(id));
    int completed = engine.transitions().completeNow(which, engine.store(), engine.clock().get(), engine::bindings);
    if (completed == 0 && !all) {
      throw new AdminJson.BadInput("no pending transition matches " + body);
    }
    engine.settle();
    ObjectNode answer = PendingView.all(engine);
    answer.put("completed", completed);
    return AdminJson.ok(answer);
  }

  private synchronized ObjectNode coverage() {
    if (coverageJson == null) {
      ObjectNode body = AdminJson.JSON.createObjectNode();
      ArrayNode rows = body.putArray("rows");
      int[] totals = new int[4];
      for (CoverageReport.Row row : coverage.get()) {
        rows.addObject()
            .put("operation", row.operation())
            .put("outcome", row.outcome())
            .put("contract", row.inContract())
            .put("stub", row.stubbed())
            .put("tested", row.tested());
        totals[0]++;
        totals[1] += row.inContract() ? 1 : 0;
        totals[2] += row.stubbed() ? 1 : 0;
        totals[3] += row.tested() ? 1 : 0;
      }
      body.putObject("totals").put("outcomes", totals[0]).put("contract", totals[1]).put("stub", totals[2]).put("tested", totals[3]);
      coverageJson = body;
    }
    return coverageJson;
  }
}
