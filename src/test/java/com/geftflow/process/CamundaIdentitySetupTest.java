package com.geftflow.process;

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
    assertThat(authorizations.isUserAuthorized("demo", List.of(Groups.CAMUNDA_ADMIN),
        Permissions.ALL, Resources.PROCESS_DEFINITION, "geft-payment")).isTrue();

    var demo = identity.createUserQuery().userId("demo").singleResult();
    demo.setPassword("changed-in-admin");
    identity.saveUser(demo);
    setup.ensureUsers(processEngine);

    assertThat(identity.checkPassword("demo", "changed-in-admin")).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).count())
        .isEqualTo(Resources.values().length);
  }
}
