package com.geftflow.webapps;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based sign-in for the web apps, with the user and groups the container gives
 * ({@link ContainerRoles}). Camunda's own version looks the user up among the engine's users and
 * signs nobody in who is not there; here the registry is the only user store, so the web apps'
 * session is built from the container's answer, and each app is opened as the groups' authorizations
 * allow.
 */
public class ContainerSignIn extends ContainerBasedAuthenticationFilter {

  @Override
  protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
      List<String> tenants) {
    UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
    authentication.setGroupIds(groups);
    authentication.setTenantIds(tenants);
    Set<String> apps = new HashSet<>();
    apps.add(AuthenticationUtil.APP_WELCOME);
    for (String app : AuthenticationUtil.APPS) {
      if (engine.getAuthorizationService().isUserAuthorized(userId, groups, Permissions.ACCESS,
          Resources.APPLICATION, app)) {
        apps.add(app);
      }
    }
    authentication.setAuthorizedApps(apps);
    return authentication;
  }
}
