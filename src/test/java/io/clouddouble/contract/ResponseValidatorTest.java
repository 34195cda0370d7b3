package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The response validator on hand-made answers: what passes, and each kind of violation. */
class ResponseValidatorTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(Path.of("contracts"));
  private static final ResponseValidator VALIDATOR = new ResponseValidator(CONTRACTS);
  private static final Map<String, String> ALIBABA_JSON = Map.of("Content-Type", "application/json;charset=utf-8");
  private static final String HUAWEI_ID = "d59058a3efc5f8ca152d53154f90444b";

  private static Contract contract(String id) {
    return CONTRACTS.byId(id).orElseThrow();
  }

  @Test
  void aDocumentedAlibabaSuccessAndErrorPass() {
    Contract reject = contract("VpcPeer:RejectVpcPeerConnection");
    assertEquals(List.of(), VALIDATOR.validate(reject, 200, ALIBABA_JSON, "{\"RequestId\":\"4EC47282-1B74-4534-BD2E-403F3EE64CAF\"}"));
    assertEquals(
        List.of(),
        VALIDATOR.validate(reject, 400, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Code\":\"IncorrectStatus.VpcPeer\",\"Message\":\"The status of pcc [Activated] is incorrect.\"}"));
    assertEquals(
        List.of(),
        VALIDATOR.validate(reject, 400, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Code\":\"MissingInstanceId\",\"Message\":\"InstanceId is mandatory for this action.\"}"));
  }

  @Test
  void theAlibabaEnvelopeIsChecked() {
    Contract disable = contract("Privatelink:DisableVpcEndpointZoneConnection");
    assertViolation(VALIDATOR.validate(disable, 200, Map.of("Content-Type", "text/plain"), "{\"RequestId\":\"A\"}"), "Content-Type");
    assertViolation(VALIDATOR.validate(disable, 200, ALIBABA_JSON, "{}"), "RequestId");
    assertViolation(VALIDATOR.validate(disable, 200, ALIBABA_JSON, ""), "not a JSON object");
  }

  @Test
  void aHuawei204HasNoBody() {
    Map<String, String> headers = Map.of("Content-Type", "application/json;charset=UTF-8", "X-Request-Id", HUAWEI_ID);
    assertEquals(List.of(), VALIDATOR.validate(contract("DNS:CreateTag"), 204, headers, ""));
    assertViolation(VALIDATOR.validate(contract("DNS:ShowResourceTag"), 200, headers, ""), "not a JSON object");
  }

  @Test
  void anUndocumentedErrorOrAWrongStatusIsAViolation() {
    Contract disable = contract("Privatelink:DisableVpcEndpointZoneConnection");
    assertViolation(
        VALIDATOR.validate(disable, 400, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Code\":\"EndpointLocked\",\"Message\":\"m\"}"),
        "not documented");
    assertViolation(
        VALIDATOR.validate(disable, 400, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Code\":\"ResourceNotFound.VpcEndpoint\",\"Message\":\"m\"}"),
        "documented with status 404");
    // A common error applies where its condition holds: DetachSecurityGroupFromVpcEndpoint takes DryRun.
    assertEquals(
        List.of(),
        VALIDATOR.validate(contract("Privatelink:DetachSecurityGroupFromVpcEndpoint"), 400, ALIBABA_JSON,
            "{\"RequestId\":\"A\",\"Code\":\"DryRunOperation\",\"Message\":\"Request validation has been passed with DryRun flag set.\"}"));
    // CloudAPI RemoveVpcAccess takes no DryRun, so DryRunOperation is not one of its answers.
    assertViolation(
        VALIDATOR.validate(contract("CloudAPI:RemoveVpcAccess"), 400, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Code\":\"DryRunOperation\",\"Message\":\"m\"}"),
        "not documented");
  }

  @Test
  void cloudApiListsMustBeWrapped() {
    Contract remove = contract("CloudAPI:RemoveVpcAccess");
    assertViolation(VALIDATOR.validate(remove, 200, ALIBABA_JSON, "{\"RequestId\":\"A\",\"Apis\":[{\"ApiId\":\"x\"}]}"), "object");
  }

  @Test
  void huaweiAnswersNeedTheRequestIdHeaderAndStrictTypes() {
    Contract disassociate = contract("DNS:DisassociateRouter");
    Map<String, String> good = Map.of("Content-Type", "application/json", "X-Request-Id", HUAWEI_ID);
    String body = "{\"status\":\"PENDING_DELETE\",\"router_id\":\"f0791650-db8c-4a20-8a44-a06c6e24b15b\",\"router_region\":\"xx\"}";
    assertEquals(List.of(), VALIDATOR.validate(disassociate, 202, good, body));
    assertEquals(List.of(), VALIDATOR.validate(disassociate, 403, good, "{\"code\":\"DNS.0706\",\"message\":\"m\"}"));
    assertEquals(List.of(), VALIDATOR.validate(disassociate, 401, good, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"m\",\"request_id\":\"r\"}"));
    assertViolation(VALIDATOR.validate(disassociate, 202, Map.of("Content-Type", "application/json"), body), "X-Request-Id");
    assertViolation(VALIDATOR.validate(disassociate, 202, good, body.replace("\"xx\"", "12")), "string");
    assertViolation(VALIDATOR.validate(disassociate, 400, good, "{\"code\":\"DNS.0706\",\"message\":\"m\"}"), "documented with status 403");
  }

  @Test
  void outcomesAreNamedForCoverage() {
    Contract disassociate = contract("DNS:DisassociateRouter");
    assertEquals(new ResponseValidator.Outcome(202, "success"), VALIDATOR.outcome(disassociate, 202, "{}"));
    assertEquals(new ResponseValidator.Outcome(400, "DNS.0707"), VALIDATOR.outcome(disassociate, 400, "{\"code\":\"DNS.0707\",\"message\":\"m\"}"));
  }

  private static void assertViolation(List<String> violations, String fragment) {
    assertTrue(violations.stream().anyMatch(v -> v.contains(fragment)), fragment + " not in " + violations);
  }
}
