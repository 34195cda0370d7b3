package io.clouddouble.record;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A second clouddouble in strict signature mode standing in for the real cloud: it accepts only the
 * "real" credentials below, which reach the recorder the way a team's would, as environment
 * variables (given as a map, never the process environment). Two Alibaba accounts, so a peering
 * connection can be rejected by its accepter.
 */
final class StrictTarget implements AutoCloseable {
  static final String ALIBABA_AK = "cdRecordingRealKey0001";
  static final String ALIBABA_SECRET = "realSecretForRecording0123456789";
  static final String ALIBABA_ACCOUNT = "1357913579135791";
  /** The second account, a VPC peering accepter; its client sends AccessKeyId {@link #ACCEPTER_CLIENT_KEY}. */
  static final String ACCEPTER_AK = "cdRecordingAccepterKey02";
  static final String ACCEPTER_SECRET = "realAccepterSecret0123456789";
  static final String ACCEPTER_ACCOUNT = "2468024680246802";
  static final String ACCEPTER_CLIENT_KEY = "accepter";
  static final String ACCEPTER_PREFIX = "ALIBABA_ACCEPTER";
  static final String HUAWEI_AK = "HWREALAKFORRECORDING01";
  static final String HUAWEI_SK = "hwRealSecretKeyForRecording0123456789";
  static final String HUAWEI_PROJECT = "0123456789abcdef0123456789abcdef";

  static final Map<String, String> ENVIRONMENT =
      Map.of(
          RealCredentials.ALIBABA_AK, ALIBABA_AK,
          RealCredentials.ALIBABA_SECRET, ALIBABA_SECRET,
          RealCredentials.HUAWEI_AK, HUAWEI_AK,
          RealCredentials.HUAWEI_SK, HUAWEI_SK,
          RealCredentials.HUAWEI_PROJECT_ID, HUAWEI_PROJECT,
          ACCEPTER_PREFIX + "_ACCESS_KEY_ID", ACCEPTER_AK,
          ACCEPTER_PREFIX + "_ACCESS_KEY_SECRET", ACCEPTER_SECRET);

  final CloudDouble fake;

  StrictTarget(Path dir) {
    Path credentials = dir.resolve("target-credentials");
    try {
      Files.writeString(
          credentials,
          ALIBABA_AK + ":" + ALIBABA_SECRET + ":" + ALIBABA_ACCOUNT + "\n"
              + ACCEPTER_AK + ":" + ACCEPTER_SECRET + ":" + ACCEPTER_ACCOUNT + "\n"
              + HUAWEI_AK + ":" + HUAWEI_SK + ":" + HUAWEI_PROJECT + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fake =
        CloudDouble.start(
            Settings.defaults().withPort(0).withSignatures(SignatureMode.STRICT).withCredentials(credentials));
  }

  /**
   * What a real team does between two polls is wait; the target's clock is advanced instead, so the
   * recording holds the transition and the test never sleeps.
   */
  void advanceClock() {
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/__admin/clouddouble/clock"))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"5s\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("advancing the target's clock: " + answer.statusCode() + " " + answer.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A recording proxy in front of this target, writing to {@code dir}. */
  RecordingProxy recorder(String name, Path dir) {
    return RecordingProxy.start(
        name,
        dir,
        0,
        RealEndpoints.fixed(URI.create(fake.baseUrl())),
        RealCredentials.from(ENVIRONMENT).withAlibabaAccount(ACCEPTER_CLIENT_KEY, ENVIRONMENT, ACCEPTER_PREFIX),
        fake.contracts(),
        line -> {});
  }

  @Override
  public void close() {
    fake.stop();
  }
}
