package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.geftflow.security.Roles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CamundaIdentitySetupTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  @AfterEach
  void removeIdentities() {
    ProcessEngine processEngine = engine.getProcessEngine();
    var identity = processEngine.getIdentityService();
    identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
    identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    var authorizations = processEngine.getAuthorizationService();
    authorizations.createAuthorizationQuery().list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
    var filters = processEngine.getFilterService();
    filters.createFilterQuery().list().forEach(f -> filters.deleteFilter(f.getId()));
  }

  private static boolean granted(ProcessEngine engine, String group, Resources resource, Permissions permission) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId("*").singleResult().isPermissionGranted(permission);
  }

  @Test
  void createsTheRoleGroupsAndGivesTheAdministratorsEveryPermissionOnce(ProcessEngine processEngine) {
    CamundaIdentitySetup setup = new CamundaIdentitySetup();
    setup.ensureRoles(processEngine);
    setup.ensureRoles(processEngine);

    var identity = processEngine.getIdentityService();
    assertThat(identity.createGroupQuery().list()).extracting(g -> g.getId())
        .containsExactlyInAnyOrder(Groups.CAMUNDA_ADMIN, "operations", "auditor");
    assertThat(identity.createUserQuery().count()).as("the registry holds the users").isZero();
    assertThat(granted(processEngine, Groups.CAMUNDA_ADMIN, Resources.PROCESS_DEFINITION, Permissions.ALL)).isTrue();
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
        .count()).isEqualTo(Resources.values().length);
  }

  @Test
  void theAdministratorsRoleIsCamundasAdminGroup() {
    assertThat(Roles.CAMUNDA_ADMIN).isEqualTo(Groups.CAMUNDA_ADMIN);
  }

  @Test
  void operationsWorkTasksAuditorsOnlyReadThemAndTasklistHasTheirFilter(ProcessEngine processEngine) {
    CamundaIdentitySetup setup = new CamundaIdentitySetup();
    setup.ensureRoles(processEngine);
    setup.ensureRoles(processEngine);
    // isUserAuthorized answers true on an engine without authorization checks: read the grants themselves
    assertThat(granted(processEngine, "operations", Resources.TASK, Permissions.UPDATE)).isTrue();
    assertThat(granted(processEngine, "auditor", Resources.TASK, Permissions.READ)).isTrue();
    assertThat(granted(processEngine, "auditor", Resources.TASK, Permissions.UPDATE)).isFalse();
    assertThat(granted(processEngine, "auditor", Resources.PROCESS_DEFINITION, Permissions.UPDATE_TASK)).isFalse();
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().groupIdIn("auditor")
        .resourceType(Resources.APPLICATION).resourceId("cockpit").singleResult()
        .isPermissionGranted(Permissions.ACCESS)).isTrue();
    assertThat(processEngine.getFilterService().createFilterQuery().filterName("Operations").count()).isEqualTo(1);
  }
}
