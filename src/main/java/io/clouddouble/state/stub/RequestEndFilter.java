package io.clouddouble.state.stub;

import io.clouddouble.state.StateLock;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Wraps the stub servlet: whatever happens while a request is served (an answer, an unmatched
 * request, an exception), the state lock it took is released when it ends.
 */
public final class RequestEndFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      StateLock.releaseHeldByThisThread();
      CallView.forget();
    }
  }
}
