package com.geftflow.webapps;

import com.geftflow.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Who calls the Camunda web apps or {@code /engine-rest}: the user the server's registry signed in
 * (HTTP Basic in dev, LDAP or OpenID Connect in production), with the product's roles as Camunda
 * groups. One identity: the engine keeps no users or passwords of its own. Camunda's
 * {@code ContainerBasedAuthenticationProvider} would give the name alone and have the engine look the
 * groups up in its own tables.
 */
public class ContainerRoles implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Principal principal = request.getUserPrincipal();
    if (principal == null || principal.getName() == null || principal.getName().isEmpty()) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(principal.getName());
    result.setGroups(groups(request));
    result.setTenants(List.of());
    return result;
  }

  static List<String> groups(HttpServletRequest request) {
    return Roles.CAMUNDA_GROUPS.stream().filter(request::isUserInRole).toList();
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // the container challenges: a security constraint protects every path this provider serves
  }
}
