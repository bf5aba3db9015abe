package com.geftflow.webapps;

import java.io.IOException;
import org.camunda.bpm.webapp.impl.engine.ProcessEnginesFilter;

/**
 * Camunda's filter that serves each app's {@code index.html} reads it at {@code /app/...} of the
 * context; in this WAR the files sit under {@link CamundaWebappsPath#APP_PATH}. It also sends everyone
 * to Admin's first-user setup while the engine has no administrator among its own users, which this
 * engine never has: the server's registry signs administrators in ({@link ContainerSignIn}).
 */
public class CamundaAppsFilter extends ProcessEnginesFilter {

  @Override
  protected String getWebResourceContents(String name) throws IOException {
    return super.getWebResourceContents(CamundaWebappsPath.APP_PATH + name);
  }

  @Override
  protected boolean needsInitialUser(String engineName) {
    return false;
  }
}
