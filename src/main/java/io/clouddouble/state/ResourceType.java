package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A resource type as declared in {@code stubs/types/}: how its id is made from its fields, whether
 * it lives in a region or account-wide, and, for foreign resources (VPCs, security groups, load
 * balancers owned by other products), the id pattern that is accepted while a world declares none.
 */
public record ResourceType(String cloud, String name, JsonNode idTemplate, boolean regional, Pattern foreign) {

  /** The id of a resource of this type with these fields; fails when a field the id needs is missing. */
  public String idOf(JsonNode fields) {
    Bindings bindings = Bindings.root();
    Iterator<Map.Entry<String, JsonNode>> each = fields.fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> field = each.next();
      bindings.bind(field.getKey(), Values.present(field.getValue()));
    }
    JsonNode id = Template.render(idTemplate, bindings);
    if (!(id instanceof TextNode) || id.asText().isEmpty()) {
      throw new IllegalArgumentException(
          name + " needs the fields its id is made of (" + idTemplate.asText() + "): " + fields);
    }
    return id.asText();
  }

  public boolean isForeign() {
    return foreign != null;
  }
}
