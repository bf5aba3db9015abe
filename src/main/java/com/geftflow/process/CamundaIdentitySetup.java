package com.geftflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the configured Camunda web-app users at start, so that Tasklist opens at a login page
 * instead of Admin's first-user set-up. Existing users are left alone: a password changed in Admin
 * survives restarts.
 *
 * <p>{@code geft.camunda.users} lists {@code id:password:group,group} entries separated by
 * {@code ;}. The dev server sets the design's dev users; production sets none and manages users in
 * Admin or an LDAP identity provider.
 */
@ApplicationScoped
public class CamundaIdentitySetup {

  private static final Logger LOG = Logger.getLogger(CamundaIdentitySetup.class.getName());

  @Inject
  @ConfigProperty(name = "geft.camunda.users")
  Optional<String> users;

  void ensureUsers(ProcessEngine engine) {
    ensureAdminGroup(engine.getIdentityService(), engine.getAuthorizationService());
    users.map(CamundaIdentitySetup::parse).orElse(List.of())
        .forEach(user -> ensureUser(engine.getIdentityService(), user));
  }

  static List<ConfiguredUser> parse(String spec) {
    return Arrays.stream(spec.split(";"))
        .map(String::trim)
        .filter(entry -> !entry.isEmpty())
        .map(ConfiguredUser::parse)
        .toList();
  }

  private static void ensureAdminGroup(IdentityService identity, AuthorizationService authorizations) {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    for (Resource resource : Resources.values()) {
      boolean granted = authorizations.createAuthorizationQuery()
          .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId("*").count() > 0;
      if (!granted) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId("*");
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }

  private static void ensureUser(IdentityService identity, ConfiguredUser configured) {
    if (identity.createUserQuery().userId(configured.id()).count() == 0) {
      User user = identity.newUser(configured.id());
      user.setFirstName(configured.id());
      user.setLastName("");
      user.setPassword(configured.password());
      identity.saveUser(user);
      LOG.info(() -> "Created Camunda user " + configured.id());
    }
    for (String groupId : configured.groups()) {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(groupId);
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
      if (identity.createUserQuery().userId(configured.id()).memberOfGroup(groupId).count() == 0) {
        identity.createMembership(configured.id(), groupId);
      }
    }
  }

  /** One entry of {@code geft.camunda.users}. */
  record ConfiguredUser(String id, String password, List<String> groups) {

    static ConfiguredUser parse(String entry) {
      String[] parts = entry.split(":", 3);
      if (parts.length < 2 || parts[0].isBlank() || parts[1].isEmpty()) {
        // the entry is not echoed: it holds a password
        throw new IllegalArgumentException("geft.camunda.users: an entry is not id:password[:groups]");
      }
      List<String> groups = parts.length == 3
          ? Arrays.stream(parts[2].split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList()
          : List.of();
      return new ConfiguredUser(parts[0].trim(), parts[1], groups);
    }
  }
}
