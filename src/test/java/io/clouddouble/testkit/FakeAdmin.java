package io.clouddouble.testkit;

import static io.restassured.RestAssured.given;

import io.clouddouble.CloudDouble;

/**
 * The fake's own admin API ({@code /__admin/clouddouble/}) as tests call it: instead of sleeping
 * they advance the fake's clock, and they set up state with worlds.
 */
public final class FakeAdmin {
  private final String base;

  public FakeAdmin(CloudDouble fake) {
    this.base = fake.baseUrl() + "/__admin/clouddouble";
  }

  /** The admin API's root URL, for calls this class does not wrap. */
  public String url() {
    return base;
  }

  /** Moves the fake's clock on by a duration such as {@code "2s"} or {@code "PT30S"}. */
  public void advance(String duration) {
    post("/clock", "{\"advance\":\"" + duration + "\"}");
  }

  /** Back to the loaded world: resources, transitions, clock offset, tokens and faults. */
  public void reset() {
    given().post(base + "/reset").then().statusCode(200);
  }

  /** Adds a world document's resources to the current state. */
  public void merge(String world) {
    post("/world?merge=true", world);
  }

  /** Sets every transition's progression, e.g. {@code "immediately"} or {@code "manual"}. */
  public void allTransitions(String progression) {
    post("/transitions", "{\"name\":\"*\",\"progression\":\"" + progression + "\"}");
  }

  private void post(String path, String json) {
    given().contentType("application/json").body(json).post(base + path)
        .then().log().ifValidationFails().statusCode(200);
  }
}
