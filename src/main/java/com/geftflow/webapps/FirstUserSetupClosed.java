package com.geftflow.webapps;

import com.geftflow.web.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Camunda Admin's first-user setup creates an engine administrator for whoever calls it first,
 * whenever the engine has no admin user, and this engine never has one: administrators are the
 * registry's group mapped to the role {@code camunda-admin} ({@code geft.group.camunda-admin}). The
 * page is closed in every configuration, mapped in {@code web.xml} ahead of Camunda's filters.
 */
public class FirstUserSetupClosed extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    Problem.of(404, "Not Found",
        "Camunda's first-user setup is closed: administrators are the server registry's group mapped to camunda-admin").writeTo(response);
  }
}
