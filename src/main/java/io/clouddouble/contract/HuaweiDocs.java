package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one-off extraction step of the Huawei DNS contracts: reads the official API reference (the
 * {@code huaweicloudDocs/dns} repository, pages under {@code cn.zh-cn/API参考/}) and keeps only the
 * facts the generator needs, per operation: the documented method and URI, each request parameter's
 * required flag, documented type, enum, numeric range and length limits, and the response examples.
 * The pages name their operation in the API Explorer link ({@code api=ListRecordSetsByZone}). The
 * result is committed ({@code contracts/huawei/_metadata/dns-docs.json}), so generating never needs
 * the repository.
 */
final class HuaweiDocs {
  private static final Pattern OPERATION = Pattern.compile("api=([A-Za-z]+)");
  private static final Pattern URI_LINE = Pattern.compile("(?m)^(GET|POST|PUT|PATCH|DELETE) (/\\S*)");
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
  private static final Pattern CODE_BLOCK = Pattern.compile("```[a-z]*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern RANGE = Pattern.compile("取值范围[为]?[：:]\\s*(-?\\d+)\\s*[~～]\\s*(-?\\d+)");
  private static final Pattern VALUES = Pattern.compile("取值(?:范围)?为?[：:]");
  private static final String TOKEN = "[A-Za-z][A-Za-z0-9_]*(?:（[^）]*）)?";
  /** {@code A、AAAA、PTR（仅限内网Zone）}: values in a row. */
  private static final Pattern VALUE_LIST = Pattern.compile(TOKEN + "(?:\\s*[、，,]\\s*" + TOKEN + ")*");
  /** {@code desc：降序排序 asc：升序排序} or {@code ENABLE，表示…}: one value per item, each explained. */
  private static final Pattern VALUE_ITEM = Pattern.compile("(?:^|[\\s。；])([A-Za-z][A-Za-z0-9_]*)\\s*[：:，,]");
  private static final Pattern LENGTH_RANGE = Pattern.compile("长度[为]?\\s*(\\d+)\\s*[~～-]\\s*(\\d+)\\s*个?字符");
  private static final Pattern MAX_LENGTH = Pattern.compile("(?:长度不超过|长度不能超过|最大长度为?|最多)\\s*(\\d+)\\s*个?字符");

  private HuaweiDocs() {}

  /** The facts of every page under {@code apiReference} that names an operation, by operation. */
  static ObjectNode extract(Path apiReference, String commit) {
    ObjectNode out = CanonicalJson.MAPPER.createObjectNode();
    out.put("source", "github.com/huaweicloudDocs/dns, cn.zh-cn/API参考/ (the official API reference)");
    out.put("commit", commit);
    Map<String, ObjectNode> operations = new TreeMap<>();
    try (Stream<Path> pages = Files.list(apiReference)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Matcher operation = OPERATION.matcher(text);
        Matcher uri = URI_LINE.matcher(section(text, "URI"));
        if (operation.find() && uri.find()) {
          operations.put(operation.group(1), page(page.getFileName().toString(), text, uri));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.putObject("operations").setAll(operations);
    out.set("errorCodes", errorCodes(apiReference.resolve("错误码.md")));
    return out;
  }

  /** The error catalogue: code -> the statuses it is documented with, message and description. */
  private static ObjectNode errorCodes(Path page) {
    ObjectNode codes = CanonicalJson.MAPPER.createObjectNode();
    String text;
    try {
      text = Files.readString(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher row = ROW.matcher(text);
    while (row.find()) {
      List<String> cells = CELL.matcher(row.group(1)).results().map(c -> plain(c.group(1))).toList();
      if (cells.size() >= 4 && cells.get(1).matches("[A-Z]+\\.\\d+") && !codes.has(cells.get(1))) {
        ObjectNode code = codes.putObject(cells.get(1));
        ArrayNode statuses = code.putArray("statuses");
        for (String status : cells.get(0).split("/")) {
          statuses.add(Integer.parseInt(status.trim()));
        }
        code.put("message", cells.get(2));
        code.put("description", cells.get(3));
      }
    }
    return codes;
  }

  private static ObjectNode page(String file, String text, Matcher uri) {
    ObjectNode page = CanonicalJson.MAPPER.createObjectNode();
    page.put("page", file);
    page.put("method", uri.group(1));
    // one page links the variable in its URI: {[recordset_id](….md)}
    page.put("uri", uri.group(2).replace("\\", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1"));
    ObjectNode parameters = page.putObject("parameters");
    for (String part : List.of(section(text, "URI"), section(text, "请求"))) {
      Matcher row = ROW.matcher(part);
      while (row.find()) {
        List<String> cells = CELL.matcher(row.group(1)).results().map(c -> plain(c.group(1))).toList();
        boolean parameterRow = cells.size() >= 4 && (cells.get(1).equals("是") || cells.get(1).equals("否"));
        if (parameterRow && !parameters.has(cells.get(0))) {
          parameters.set(cells.get(0), parameter(cells));
        }
      }
    }
    ArrayNode examples = page.putArray("responseExamples");
    Matcher block = CODE_BLOCK.matcher(section(text, "响应"));
    while (block.find()) {
      try {
        JsonNode example = CanonicalJson.MAPPER.readTree(block.group(1));
        if (example != null && example.isContainerNode()) {
          examples.add(example);
        }
      } catch (IOException notJson) {
        // a few examples are annotated text, not JSON; they teach the schema nothing
      }
    }
    return page;
  }

  /** name | 是否必选 | 参数类型 | 说明: the flag, the documented type and what the text fixes. */
  private static ObjectNode parameter(List<String> cells) {
    ObjectNode parameter = CanonicalJson.MAPPER.createObjectNode();
    parameter.put("required", cells.get(1).equals("是"));
    parameter.put("type", cells.get(2));
    String description = cells.get(3);
    Matcher range = RANGE.matcher(description);
    if (range.find()) {
      parameter.put("minimum", new BigInteger(range.group(1)).longValueExact());
      parameter.put("maximum", new BigInteger(range.group(2)).longValueExact());
    } else {
      List<String> values = values(description);
      if (!values.isEmpty()) {
        values.forEach(parameter.putArray("enum")::add);
      }
    }
    Matcher between = LENGTH_RANGE.matcher(description);
    Matcher max = MAX_LENGTH.matcher(description);
    if (between.find()) {
      parameter.put("minLength", Integer.parseInt(between.group(1)));
      parameter.put("maxLength", Integer.parseInt(between.group(2)));
    } else if (max.find()) {
      parameter.put("maxLength", Integer.parseInt(max.group(1)));
    }
    return parameter;
  }

  /** The values a description lists after 取值范围 (up to its default), in either documented form. */
  private static List<String> values(String description) {
    Matcher at = VALUES.matcher(description);
    if (!at.find()) {
      return List.of();
    }
    String rest = description.substring(at.end()).trim();
    int defaults = rest.indexOf("默认");
    rest = defaults < 0 ? rest : rest.substring(0, defaults);
    List<String> inRow = new ArrayList<>();
    Matcher row = VALUE_LIST.matcher(rest);
    if (row.lookingAt()) {
      for (String value : row.group().split("[、，,]")) {
        inRow.add(value.replaceAll("（[^）]*）", "").trim());
      }
    }
    List<String> items = VALUE_ITEM.matcher(rest).results().map(m -> m.group(1)).toList();
    return inRow.size() < 2 && items.size() >= 2 ? items : inRow;
  }

  /** The text of a {@code ## heading} section, up to the next one. */
  private static String section(String text, String heading) {
    Matcher start = Pattern.compile("(?m)^## " + Pattern.quote(heading) + "(<a[^>]*></a>)?\\s*$").matcher(text);
    if (!start.find()) {
      return "";
    }
    Matcher next = Pattern.compile("(?m)^## ").matcher(text);
    return text.substring(start.end(), next.find(start.end()) ? next.start() : text.length());
  }

  /** A table cell as plain text: tags dropped, whitespace collapsed. */
  private static String plain(String html) {
    return html.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").trim();
  }
}
