package com.geftflow.engine;

import com.geftflow.security.Roles;
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
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the configured Camunda web-app users at start, so that Tasklist opens at a login page
 * instead of Admin's first-user set-up. Existing users are left alone: a password changed in Admin
 * survives restarts.
 *
 * <p>{@code geft.camunda.users} lists {@code id:password:group,group} entries separated by
 * {@code ;}. The dev server sets its dev users (liberty/dev-users.xml); production sets none and manages users in
 * Admin or an LDAP identity provider.
 */
@ApplicationScoped
public class CamundaIdentitySetup {

  private static final Logger LOG = Logger.getLogger(CamundaIdentitySetup.class.getName());

  @Inject
  @ConfigProperty(name = "geft.camunda.users")
  Optional<String> users;

  static final String OPERATIONS = Roles.OPERATIONS;
  static final String AUDITOR = Roles.AUDITOR;
  static final String OPERATIONS_FILTER = "Operations";

  void ensureUsers(ProcessEngine engine) {
    ensureAdminGroup(engine.getIdentityService(), engine.getAuthorizationService());
    ensureRoleAuthorizations(engine.getAuthorizationService());
    ensureOperationsFilter(engine);
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

  /**
   * What the product's roles may do in the web apps: operations work the tasks of their group and
   * read the processes; auditors read everything and complete nothing.
   */
  private static void ensureRoleAuthorizations(AuthorizationService authorizations) {
    for (String group : List.of(OPERATIONS, AUDITOR)) {
      grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(authorizations, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(authorizations, group, Resources.FILTER, "*", Permissions.READ);
      grant(authorizations, group, Resources.DEPLOYMENT, "*", Permissions.READ);
      grant(authorizations, group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    }
    grant(authorizations, OPERATIONS, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE);
    grant(authorizations, OPERATIONS, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK, Permissions.UPDATE_TASK);
    grant(authorizations, AUDITOR, Resources.TASK, "*", Permissions.READ);
    grant(authorizations, AUDITOR, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
        Permissions.READ_INSTANCE, Permissions.READ_HISTORY, Permissions.READ_TASK);
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String resourceId,
      Permission... permissions) {
    boolean granted = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      authorizations.saveAuthorization(authorization);
    }
  }

  /** Tasklist shows tasks through filters; without one an operator sees an empty list. */
  private static void ensureOperationsFilter(ProcessEngine engine) {
    var filters = engine.getFilterService();
    if (filters.createFilterQuery().filterName(OPERATIONS_FILTER).count() == 0) {
      Filter filter = filters.newTaskFilter(OPERATIONS_FILTER)
          .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup(OPERATIONS).includeAssignedTasks())
          .setProperties(java.util.Map.of("description", "GEFT payments waiting for operations",
              "priority", -10, "refresh", true));
      filters.saveFilter(filter);
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
