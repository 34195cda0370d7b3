package io.clouddouble.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.clouddouble.admin.LoggedCall;
import io.clouddouble.admin.Outcome;
import io.clouddouble.admin.RequestLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request log's ring: bounded, newest first, admin calls left out, one --verbose line per call. */
class RequestLogTest {

  @Test
  void keepsTheLastCallsNewestFirstAndPrintsOneLineEach() {
    List<String> lines = new ArrayList<>();
    RequestLog log = new RequestLog(3, event -> "because", lines::add);
    for (int i = 0; i < 5; i++) {
      log.afterComplete(event("/call" + i + "?Signature=secret"), null);
    }
    log.afterComplete(event("/__admin/clouddouble/state"), null);

    assertEquals(5, log.recorded());
    assertEquals(List.of(4L, 3L, 2L), log.newestFirst().stream().map(LoggedCall::sequence).toList());
    assertEquals(5, lines.size());
    assertTrue(lines.get(4).contains(" - GET /call4 account=- region=- -> 0 ") && lines.get(4).endsWith(" why=because"), lines.get(4));
    assertTrue(lines.stream().noneMatch(l -> l.contains("secret")), lines.toString());
  }

  @Test
  void theOutcomeReasonIsPluggable() {
    RequestLog log = new RequestLog(1, Outcome.BEHAVIOUR_CONDITION, null);
    log.afterComplete(event("/x"), null);
    assertEquals(null, log.newestFirst().get(0).outcome().why());
  }

  private static ServeEvent event(String url) {
    return ServeEvent.of(LoggedRequest.createFrom(
        ImmutableRequest.create().withAbsoluteUrl("http://127.0.0.1:1" + url).withMethod(RequestMethod.GET).build()));
  }
}
