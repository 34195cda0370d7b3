package io.clouddouble.admin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/** The console's static files, packaged in the jar under {@code console/}: plain HTML, CSS and JavaScript. */
final class ConsoleFiles {
  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+\\.(html|css|js)");
  private static final Map<String, String> TYPES =
      Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8");

  private ConsoleFiles() {}

  static ResponseDefinition serve(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return AdminJson.error(404, "no console file " + name);
    }
    try (InputStream in = ConsoleFiles.class.getClassLoader().getResourceAsStream("console/" + name)) {
      if (in == null) {
        return AdminJson.error(404, "no console file " + name);
      }
      return new ResponseDefinitionBuilder()
          .withStatus(200)
          .withHeader("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)))
          .withHeader("Cache-Control", "no-cache")
          .withBody(in.readAllBytes())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
