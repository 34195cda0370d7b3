package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One operation's contract, as read from {@code contracts/}: its binding (how a request reaches
 * it), its request and response JSON Schemas and its documented errors. See
 * {@code contracts/README.md} for the format. Its names are read once: every request asks for its
 * contract's id several times.
 */
public final class Contract {
  private final Path file;
  private final JsonNode document;
  private final String product;
  private final String operation;
  private final String id;

  public Contract(Path file, JsonNode document) {
    this.file = file;
    this.document = document;
    this.product = document.path("product").asText();
    this.operation = document.path("operation").asText();
    this.id = product + ":" + operation;
  }

  /** The file it was read from (null for one made in memory). */
  public Path file() {
    return file;
  }

  public JsonNode document() {
    return document;
  }

  public String cloud() {
    return document.path("cloud").asText();
  }

  public String product() {
    return product;
  }

  public String version() {
    return document.path("version").asText();
  }

  public String operation() {
    return operation;
  }

  /** {@code <Product>:<Operation>}, the id stubs and state use. */
  public String id() {
    return id;
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
