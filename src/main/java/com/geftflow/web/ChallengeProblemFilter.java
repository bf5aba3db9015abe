package com.geftflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The lender API's authentication challenge as a problem document. Liberty answers a
 * {@code @RolesAllowed} resource called without credentials with a bare 401 (its challenge header
 * set, no body, no error page), after the resource chain returns.
 */
@WebFilter("/api/*")
public class ChallengeProblemFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()) {
      response.resetBuffer();
      Problem.of(401, "Unauthorized", "Credentials are required").writeTo(response);
    }
  }
}
