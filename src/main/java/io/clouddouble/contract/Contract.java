package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One operation's contract, as read from {@code contracts/}: its binding (how a request reaches
 * it), its request and response JSON Schemas and its documented errors. See
 * {@code contracts/README.md} for the format.
 */
public record Contract(Path file, JsonNode document) {

  public String cloud() {
    return document.path("cloud").asText();
  }

  public String product() {
    return document.path("product").asText();
  }

  public String version() {
    return document.path("version").asText();
  }

  public String operation() {
    return document.path("operation").asText();
  }

  /** {@code <Product>:<Operation>}, the id stubs and state use. */
  public String id() {
    return product() + ":" + operation();
  }

  public JsonNode binding() {
    return document.path("binding");
  }

  public JsonNode requestSchema() {
    return document.path("request");
  }

  public JsonNode response() {
    return document.path("response");
  }

  public JsonNode errors() {
    return document.path("errors");
  }
}
