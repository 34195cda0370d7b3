package io.clouddouble.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys strict mode verifies against, from a file of {@code ACCESS_KEY_ID:SECRET:ACCOUNT_ID}
 * lines. A line {@code token:<X-Auth-Token>:<PROJECT_ID>} declares a Huawei token that is accepted.
 * Blank lines and lines starting with {@code #} are ignored.
 */
public final class CredentialStore {
  private static final String TOKEN = "token";
  private final Map<String, Credential> byAccessKey = new HashMap<>();
  private final Map<String, String> projectByToken = new HashMap<>();

  public static CredentialStore empty() {
    return new CredentialStore();
  }

  public static CredentialStore of(List<Credential> credentials) {
    CredentialStore store = new CredentialStore();
    credentials.forEach(store::add);
    return store;
  }

  public static CredentialStore load(Path file) throws IOException {
    CredentialStore store = new CredentialStore();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split(":", -1);
      if (fields.length != 3 || fields[0].isEmpty() || fields[1].isEmpty() || fields[2].isEmpty()) {
        throw new IllegalArgumentException(
            file + " line " + number + ": expected ACCESS_KEY_ID:SECRET:ACCOUNT_ID");
      }
      if (fields[0].equals(TOKEN)) {
        store.projectByToken.put(fields[1], fields[2]);
      } else {
        store.add(new Credential(fields[0], fields[1], fields[2]));
      }
    }
    return store;
  }

  private void add(Credential credential) {
    byAccessKey.put(credential.accessKeyId(), credential);
  }

  public Optional<Credential> find(String accessKeyId) {
    return Optional.ofNullable(byAccessKey.get(accessKeyId));
  }

  /** The project a configured Huawei {@code X-Auth-Token} acts for. */
  public Optional<String> projectForToken(String token) {
    return Optional.ofNullable(projectByToken.get(token));
  }
}
