package com.geftflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
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
  void removeUsers() {
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
  void parsesUsersWithTheirGroups() {
    assertThat(CamundaIdentitySetup.parse(" demo:demo:camunda-admin, operations ; ops:s3cr:et ;;auditor:x"))
        .containsExactly(
            new CamundaIdentitySetup.ConfiguredUser("demo", "demo", List.of("camunda-admin", "operations")),
            new CamundaIdentitySetup.ConfiguredUser("ops", "s3cr", List.of("et")),
            new CamundaIdentitySetup.ConfiguredUser("auditor", "x", List.of()));
  }

  @Test
  void refusesAnEntryWithoutPasswordAndDoesNotEchoIt() {
    assertThatThrownBy(() -> CamundaIdentitySetup.parse("secretuser"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secretuser");
  }

  @Test
  void createsTheAdminWithEveryPermissionAndKeepsAChangedPassword(ProcessEngine processEngine) {
    CamundaIdentitySetup setup = new CamundaIdentitySetup();
    setup.users = Optional.of("demo:demo:camunda-admin,operations");
    setup.ensureUsers(processEngine);

    var identity = processEngine.getIdentityService();
    assertThat(identity.checkPassword("demo", "demo")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("demo").list())
        .extracting(g -> g.getId()).containsExactlyInAnyOrder(Groups.CAMUNDA_ADMIN, "operations");
    var authorizations = processEngine.getAuthorizationService();
    assertThat(granted(processEngine, Groups.CAMUNDA_ADMIN, Resources.PROCESS_DEFINITION, Permissions.ALL)).isTrue();

    var demo = identity.createUserQuery().userId("demo").singleResult();
    demo.setPassword("changed-in-admin");
    identity.saveUser(demo);
    setup.ensureUsers(processEngine);

    assertThat(identity.checkPassword("demo", "changed-in-admin")).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).count())
        .isEqualTo(Resources.values().length);
  }

  @Test
  void operationsWorkTasksAuditorsOnlyReadThemAndTasklistHasTheirFilter(ProcessEngine processEngine) {
    CamundaIdentitySetup setup = new CamundaIdentitySetup();
    setup.users = Optional.of("ops:ops:operations;auditor:auditor:auditor");
    setup.ensureUsers(processEngine);
    setup.ensureUsers(processEngine);
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
