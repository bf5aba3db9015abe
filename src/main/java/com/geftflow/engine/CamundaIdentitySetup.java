package com.geftflow.engine;

import com.geftflow.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

/**
 * What the product's roles may do in the Camunda web apps and at {@code /engine-rest}. People sign in
 * through the server's registry, never with Camunda's own users ({@code webapps.ContainerRoles}): a
 * role of the container is a Camunda group of the same name, so this class only grants those groups
 * their permissions, creates them (for Admin to show) and the operators' task filter. Nothing here
 * needs an engine user, and nothing is created twice across restarts.
 */
@ApplicationScoped
public class CamundaIdentitySetup {

  static final String OPERATIONS = Roles.OPERATIONS;
  static final String AUDITOR = Roles.AUDITOR;
  static final String OPERATIONS_FILTER = "Operations";

  void ensureRoles(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    ensureGroup(identity, Roles.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
    ensureGroup(identity, OPERATIONS, "Operations", Groups.GROUP_TYPE_WORKFLOW);
    ensureGroup(identity, AUDITOR, "Auditors", Groups.GROUP_TYPE_WORKFLOW);
    ensureAdminAuthorizations(engine.getAuthorizationService());
    ensureRoleAuthorizations(engine.getAuthorizationService());
    ensureOperationsFilter(engine);
  }

  private static void ensureGroup(IdentityService identity, String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private static void ensureAdminAuthorizations(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      grant(authorizations, Roles.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
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
}
