package io.clouddouble.image;

import io.clouddouble.CommandLines;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container image's health check command (the image has java but no shell or curl):
 * {@code java -cp /app/classes io.clouddouble.image.HealthCheck} exits 0 when the fake in the same
 * container answers {@code GET /__admin/health} with 200 on its port (CLOUDDOUBLE_PORT, else 8080),
 * and 1 otherwise.
 */
public final class HealthCheck {
  private HealthCheck() {}

  public static void main(String[] args) {
    String port = System.getenv().getOrDefault(CommandLines.environmentVariable("--port"), "8080");
    System.exit(healthy("http://127.0.0.1:" + port + "/__admin/health") ? 0 : 1);
  }

  static boolean healthy(String url) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (Exception e) {
      System.err.println("clouddouble health check: " + url + ": " + e);
      return false;
    }
  }
}
