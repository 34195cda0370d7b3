package io.clouddouble.record;

import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.HuaweiCall;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters a recorded call is matched on, the same when recording and when playing back.
 * Alibaba: query and form merged (so a call recorded from one SDK replays from another that places
 * them differently) without the volatile and protocol parameters; Huawei: the query.
 */
public final class MatchedParams {
  /**
   * Different on every call (signature, nonce, time, client token), or said by the protocol rather
   * than the caller (the gateway routes on action and version; Format is JSON or json by SDK).
   */
  private static final Set<String> ALIBABA_IGNORED =
      Set.of(
          "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "SignatureType",
          "Timestamp", "SecurityToken", "BearerToken", "ClientToken", "Format", "Action", "Version");

  private MatchedParams() {}

  /** Sorted by name, so recordings are stable. */
  public static Map<String, String> of(Request request) {
    Map<String, String> params = new TreeMap<>();
    if (Cloud.of(request) == Cloud.ALIBABA) {
      AlibabaCall.parse(request).params().forEach((name, value) -> {
        if (!ALIBABA_IGNORED.contains(name)) {
          params.put(name, value);
        }
      });
    } else {
      HuaweiCall.parse(request).queryParams().forEach(params::put);
    }
    return params;
  }
}
