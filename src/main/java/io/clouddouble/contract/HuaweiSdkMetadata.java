package io.clouddouble.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an official Huawei Cloud SDK says about its operations, read by reflection so the project
 * needs the SDK only where it generates (the test class path): {@code <Service>Meta}'s request
 * definitions (method, URI, and for each field its location, Java type and whether it must be
 * present) and the model classes, whose Jackson {@code @JsonProperty} names and Java types are the
 * JSON the SDK sends and binds.
 */
final class HuaweiSdkMetadata {
  /** One field of a request definition: {@code location} is Path, Query, Header or Body. */
  record RequestField(String name, String location, Class<?> type, boolean required) {}

  /** One operation of {@code <Service>Meta}. */
  record Operation(String name, String method, String uri, List<RequestField> fields, Class<?> response) {}

  private HuaweiSdkMetadata() {}

  /** Every request definition of the Meta class, by name (reflection does not promise declaration order). */
  static List<Operation> operations(String metaClass) {
    List<Operation> operations = new ArrayList<>();
    try {
      for (Field constant : Class.forName(metaClass).getFields()) {
        if (!Modifier.isStatic(constant.getModifiers())) {
          continue;
        }
        Object def = constant.get(null);
        List<RequestField> fields = new ArrayList<>();
        for (Object field : (List<?>) call(def, "getRequestFields")) {
          fields.add(
              new RequestField(
                  (String) call(field, "getName"),
                  call(field, "getLocation").toString(),
                  (Class<?>) call(field, "getFieldType"),
                  call(field, "getExistence").toString().startsWith("NON_NULL")));
        }
        operations.add(
            new Operation(
                (String) call(def, "getName"),
                call(def, "getMethod").toString(),
                (String) call(def, "getUri"),
                fields,
                (Class<?>) call(def, "getResponseType")));
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + metaClass + " (is the SDK on the class path?)", e);
    }
    operations.sort(java.util.Comparator.comparing(Operation::name));
    return operations;
  }

  /**
   * The JSON Schema of a model type as the SDK binds it: objects by their {@code @JsonProperty}
   * fields (a response class's own fields only, not {@code SdkResponse}'s status code), lists as
   * arrays, {@code Map} as an object, numbers and strings by Java type. Which fields may be null is
   * not in the SDK (it binds null as absent); the overlay says.
   */
  static ObjectNode schema(Type type) {
    return schema(type, new HashSet<>());
  }

  /** The {@code @JsonProperty} fields of a model class, by JSON name, in declaration order. */
  static List<Map.Entry<String, Type>> properties(Class<?> model) {
    List<Map.Entry<String, Type>> properties = new ArrayList<>();
    for (Field field : model.getDeclaredFields()) {
      JsonProperty json = field.getAnnotation(JsonProperty.class);
      if (json != null && !Modifier.isStatic(field.getModifiers())) {
        properties.add(Map.entry(json.value(), field.getGenericType()));
      }
    }
    return properties;
  }

  private static ObjectNode schema(Type type, Set<Type> visiting) {
    ObjectNode schema = CanonicalJson.MAPPER.createObjectNode();
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    String json;
    if (raw == Object.class) {
      return schema; // the SDK takes any JSON value here (RestorePtrReq's ptrdname, sent as null)
    } else if (raw == String.class) {
      json = "string";
    } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
      json = "integer";
      boolean int32 = raw == Integer.class || raw == int.class;
      schema.put("minimum", int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
      schema.put("maximum", int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
    } else if (raw == Boolean.class || raw == boolean.class) {
      json = "boolean";
    } else if (Number.class.isAssignableFrom(raw) || raw == BigDecimal.class) {
      json = "number";
    } else if (List.class.isAssignableFrom(raw)) {
      json = "array";
      Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
      schema.set("items", schema(item, visiting));
    } else if (Map.class.isAssignableFrom(raw)) {
      json = "object";
    } else {
      json = "object";
      ObjectNode properties = schema.putObject("properties");
      if (visiting.add(raw)) {
        for (Map.Entry<String, Type> property : properties(raw)) {
          properties.set(property.getKey(), schema(property.getValue(), visiting));
        }
        visiting.remove(raw);
      }
    }
    ObjectNode typed = CanonicalJson.MAPPER.createObjectNode().put("type", json);
    typed.setAll(schema);
    return typed;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    m.setAccessible(true);
    return m.invoke(target);
  }
}
