package io.clouddouble.state.template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value templates can walk into that is not plain JSON: a stored resource (whose reads are
 * counted) or a page of a list query.
 */
public interface Navigable {
  /** The named member, or null when absent. */
  Object member(String name);

  /** The whole value as JSON, as a body renders it. */
  JsonNode toJson();
}
