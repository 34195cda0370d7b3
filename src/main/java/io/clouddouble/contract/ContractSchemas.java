package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.clouddouble.ReadMostly;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contracts' JSON Schemas compiled once each (draft 2020-12, networknt). The project's own
 * keywords are annotations: {@code x-error-code} (the provider's code for a violation of that
 * property) and {@code x-wire-example} (the metadata's example as sent on the wire).
 */
public final class ContractSchemas {
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.metaSchema(
                  JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                      .keyword(new AnnotationKeyword("x-error-code"))
                      .keyword(new AnnotationKeyword("x-wire-example"))
                      .build()));

  /** By contract id. */
  private final Map<String, JsonSchema> requests = new ConcurrentHashMap<>();
  private final Map<String, JsonSchema> responses = new ConcurrentHashMap<>();

  public JsonSchema request(Contract contract) {
    return ReadMostly.get(requests, contract.id(), k -> compile(contract.requestSchema()));
  }

  public JsonSchema response(Contract contract) {
    return ReadMostly.get(responses, contract.id(), k -> compile(contract.response().path("schema")));
  }

  /** Compiles a schema that belongs to no contract (tests, ad-hoc checks); not cached. */
  public static JsonSchema compile(JsonNode schema) {
    return FACTORY.getSchema(schema);
  }
}
