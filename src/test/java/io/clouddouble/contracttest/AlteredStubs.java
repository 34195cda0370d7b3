package io.clouddouble.contracttest;

import io.clouddouble.testkit.StubsRoots;
import java.nio.file.Path;

/**
 * A copy of the real stubs with one drifted mapping file added, for proving the drift report: it
 * answers ListVpcEndpoints with {@code MaxResults} as a string (the contract says integer) and
 * GetVpcPeerConnectionAttribute with an error code no contract documents. Its priority (0, before every real mapping's 1 and up) beats the
 * real mappings for those two operations; everything else is answered as usual.
 */
final class AlteredStubs {
  static final String WRONG_TYPE_OPERATION = "Privatelink:ListVpcEndpoints";
  static final String UNDOCUMENTED_CODE = "PeerConnection.Vanished";

  private static final String MAPPING =
      """
      {"mappings": [
        {"priority": 0,
         "request": {"method": "ANY", "headers": {"X-CloudDouble-Operation": {"equalTo": "%s"}}},
         "response": {"status": 200, "headers": {"Content-Type": "application/json;charset=utf-8"},
                      "jsonBody": {"RequestId": "5B3C0A3E-0000-4000-8000-00000000D81F", "Endpoints": [], "MaxResults": "fifty"}}},
        {"priority": 0,
         "request": {"method": "ANY", "headers": {"X-CloudDouble-Operation": {"equalTo": "VpcPeer:GetVpcPeerConnectionAttribute"}}},
         "response": {"status": 400, "headers": {"Content-Type": "application/json;charset=utf-8"},
                      "jsonBody": {"RequestId": "5B3C0A3E-0000-4000-8000-00000000D820", "HostId": "vpcpeer.aliyuncs.com",
                                   "Code": "%s", "Message": "The peer connection vanished."}}}
      ]}
      """
          .formatted(WRONG_TYPE_OPERATION, UNDOCUMENTED_CODE);

  private AlteredStubs() {}

  /** Copies {@code stubs} to {@code target} and adds the drifted mapping; returns {@code target}. */
  static Path copyWithDrift(Path stubs, Path target) {
    return StubsRoots.withMapping(stubs, target, "zz-contract-drift.json", MAPPING);
  }
}
