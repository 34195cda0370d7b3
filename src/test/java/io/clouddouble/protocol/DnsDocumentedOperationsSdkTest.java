package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequestBody;
import com.huaweicloud.sdk.dns.v2.model.ListPublicZonesRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsByZoneRequest;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every operation of huaweicloud-sdk-dns has a generated contract, so a request from the typed
 * DnsClient that breaks it gets the documented DNS.xxxx code with its status before anything else
 * is decided.
 */
class DnsDocumentedOperationsSdkTest {
  private static final String ZONE = "2c9eb155587194ec01587224c9f90149";
  private static CloudDouble fake;

  @BeforeAll
  static void start() {
    fake = CloudDouble.start(Settings.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @Test
  void aRequestBreakingItsContractGetsTheDocumentedCode() {
    DnsClient dns = Sdks.huawei(fake);
    CreateRecordSetRequestBody aRecord =
        new CreateRecordSetRequestBody().withName("www.example.com.").withType("A").withRecords(List.of("192.168.10.1"));
    assertDnsError(() -> dns.createRecordSet(new CreateRecordSetRequest().withZoneId(ZONE)
        .withBody(new CreateRecordSetRequestBody().withName("www.example.com.").withType("A"))), 400, "DNS.0308");
    assertDnsError(() -> dns.createRecordSet(new CreateRecordSetRequest().withZoneId(ZONE)
        .withBody(aRecord.withType("XYZ"))), 400, "DNS.0307");
    assertDnsError(() -> dns.createRecordSet(new CreateRecordSetRequest().withZoneId("not-a-zone")
        .withBody(aRecord.withType("A"))), 400, "DNS.0301");
    assertDnsError(() -> dns.listRecordSetsByZone(new ListRecordSetsByZoneRequest().withZoneId(ZONE).withLimit(501)), 400, "DNS.0006");
    assertDnsError(() -> dns.listPublicZones(new ListPublicZonesRequest().withOffset(-1)), 400, "DNS.0017");
    assertDnsError(() -> dns.createPublicZone(new CreatePublicZoneRequest()
        .withBody(new CreatePublicZoneReq().withName("example.com.").withDescription("d".repeat(256)))), 400, "DNS.0206");
  }

  private static void assertDnsError(Executable call, int status, String code) {
    ClientRequestException e = assertThrows(ClientRequestException.class, call);
    assertEquals(status, e.getHttpStatusCode(), e.toString());
    assertEquals(code, e.getErrorCode(), e.toString());
  }
}
