package io.clouddouble.protocol;

import io.clouddouble.CloudDouble;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain HTTP against a fake, for requests no SDK would send: {@link HttpClient} where it agrees to
 * send the bytes, a bare {@link Socket} where it refuses (bad escapes in the URI, raw non-UTF-8
 * bytes, broken chunked framing, a missing Host).
 */
final class RawHttp {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final CloudDouble fake;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  RawHttp(CloudDouble fake) {
    this.fake = fake;
  }

  /** A request builder for {@code pathAndQuery} on the fake. */
  HttpRequest.Builder to(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery)).timeout(TIMEOUT);
  }

  WireAnswer send(HttpRequest.Builder request) {
    try {
      return WireAnswer.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  WireAnswer get(String pathAndQuery) {
    return send(to(pathAndQuery).GET());
  }

  WireAnswer post(String pathAndQuery, String contentType, byte[] body) {
    return send(to(pathAndQuery).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /**
   * Writes {@code head} (request line and headers, without the blank line; {@code Connection:
   * close} is added) and {@code body} verbatim, and reads the answer until the server closes.
   */
  WireAnswer socket(byte[] head, byte[] body) {
    try (Socket socket = new Socket(fake.settings().bind(), fake.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WireAnswer socket(String head) {
    return socket(head.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
  }

  /**
   * Writes {@code request} verbatim (nothing added), half-closes so the server sees the end of
   * whatever was sent, and reads the answer until the server closes.
   */
  WireAnswer exchange(byte[] request) {
    try (Socket socket = new Socket(fake.settings().bind(), fake.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      socket.getOutputStream().write(request);
      socket.shutdownOutput();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WireAnswer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IllegalStateException("no HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.putIfAbsent(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
    }
    byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
      body = dechunk(body);
    }
    return new WireAnswer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOfCrlf(chunked, at);
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length - 1; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("truncated chunked body");
  }

  /** An unknown-length body: {@link HttpClient} sends it chunked, as the SDKs do. */
  static HttpRequest.BodyPublisher chunked(byte[] body) {
    return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
  }
}
