package io.clouddouble.pact.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The fake's own admin API over HTTP, exactly as any team's verification would call it. */
final class AdminClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  AdminClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * {@code POST /__admin/clouddouble/world}: replaces every resource with the world's, or with
   * {@code merge} adds them ({@code ?merge=true}).
   */
  void loadWorld(String world, boolean merge) {
    post("/__admin/clouddouble/world" + (merge ? "?merge=true" : ""), world);
  }

  /** {@code POST /__admin/clouddouble/reset}: back to the world the fake started with. */
  void reset() {
    post("/__admin/clouddouble/reset", "");
  }

  private void post(String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path + " interrupted", e);
    }
  }
}
