package io.clouddouble.auth;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A request an official SDK sent, read from the reference captures in {@code
 * src/test/resources/captures/}. Three formats occur: the Alibaba socket dumps ({@code === REQUEST
 * ===} ... {@code === END ===}, raw CRLF bytes, chunked or sized bodies), the Huawei verifying fake's
 * log (LF lines, body already de-chunked, followed by {@code --- signature check ---}) and the Huawei
 * raw dump (Python {@code b'...'} literals of the bytes on the wire).
 */
record CapturedRequest(
    String name, String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {

  static final String ALIBABA_DIR = "captures/alibaba/";
  static final String HUAWEI_DIR = "captures/huawei/";

  static List<CapturedRequest> alibaba() {
    List<CapturedRequest> all = new ArrayList<>();
    for (String file : resourceLines(ALIBABA_DIR + "index.txt")) {
      String text = new String(resource(ALIBABA_DIR + file), StandardCharsets.ISO_8859_1);
      int start = text.indexOf('\n', text.indexOf("=== REQUEST")) + 1;
      int end = text.lastIndexOf("\n=== END ===");
      all.add(http(file, text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1)));
    }
    return all;
  }

  static List<CapturedRequest> huawei() {
    List<CapturedRequest> all = new ArrayList<>();
    for (String file : List.of("capture-server.log", "noproj-server.log")) {
      String text = new String(resource(HUAWEI_DIR + file), StandardCharsets.UTF_8);
      int start = text.indexOf('\n', text.indexOf("=====")) + 1;
      String request = text.substring(start, text.indexOf("\n--- signature check ---"));
      int blank = request.indexOf("\n\n");
      CapturedRequest head = http(file, (request.substring(0, blank).replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      all.add(head.withBody(request.substring(blank + 2).getBytes(StandardCharsets.UTF_8)));
    }
    String raw = new String(resource(HUAWEI_DIR + "raw-disassociaterouter.log"), StandardCharsets.UTF_8);
    all.add(http("raw-disassociaterouter.log", pythonBytes(raw.lines().findFirst().orElseThrow())));
    return all;
  }

  String header(String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
  }

  String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  String query() {
    int q = target.indexOf('?');
    return q < 0 ? "" : target.substring(q + 1);
  }

  CapturedRequest withMethod(String value) {
    return new CapturedRequest(name, value, target, headers, body);
  }

  CapturedRequest withTarget(String value) {
    return new CapturedRequest(name, method, value, headers, body);
  }

  CapturedRequest withBody(byte[] value) {
    return new CapturedRequest(name, method, target, headers, value);
  }

  CapturedRequest withHeader(String headerName, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    headers.forEach(h -> changed.add(h.getKey().equalsIgnoreCase(headerName) ? new SimpleImmutableEntry<>(h.getKey(), value) : h));
    return new CapturedRequest(name, method, target, changed, body);
  }

  /** The request as WireMock hands it to the gateway; the transfer headers are Jetty's business. */
  Request toWireMock() {
    ImmutableRequest.Builder builder =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://" + header("Host") + target)
            .withMethod(RequestMethod.fromString(method))
            .withBody(body);
    headers.stream()
        .filter(h -> !h.getKey().equalsIgnoreCase("Transfer-Encoding") && !h.getKey().equalsIgnoreCase("Content-Length"))
        .forEach(h -> builder.withHeader(h.getKey(), h.getValue()));
    return builder.build();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Parses raw HTTP/1.1 request bytes; the body follows Content-Length or chunked framing. */
  private static CapturedRequest http(String name, byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, headEnd).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
      int colon = line.indexOf(':');
      headers.add(new SimpleImmutableEntry<>(line.substring(0, colon), line.substring(colon + 1).strip()));
    }
    CapturedRequest request = new CapturedRequest(name, requestLine[0], requestLine[1], headers, new byte[0]);
    byte[] rest = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
    if (rest.length == 0) {
      return request;
    }
    if ("chunked".equalsIgnoreCase(request.header("Transfer-Encoding"))) {
      return request.withBody(dechunk(rest));
    }
    String length = request.header("Content-Length");
    return request.withBody(length == null ? new byte[0] : Arrays.copyOf(rest, Integer.parseInt(length)));
  }

  private static byte[] dechunk(byte[] framed) {
    String text = new String(framed, StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = text.indexOf("\r\n", at);
      int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(framed, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  /** Decodes a Python bytes literal {@code b'...'} with its {@code \r \n \\ \' \xNN} escapes. */
  private static byte[] pythonBytes(String literal) {
    String inner = literal.substring(2, literal.length() - 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c != '\\') {
        out.write(c);
        continue;
      }
      char e = inner.charAt(++i);
      switch (e) {
        case 'r' -> out.write('\r');
        case 'n' -> out.write('\n');
        case 't' -> out.write('\t');
        case 'x' -> {
          out.write(Integer.parseInt(inner.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> out.write(e);
      }
    }
    return out.toByteArray();
  }

  static byte[] resource(String name) {
    try (InputStream in = CapturedRequest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> resourceLines(String name) {
    return new String(resource(name), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
  }
}
