package com.geftflow.webapps;

import java.io.IOException;
import org.camunda.bpm.webapp.impl.engine.ProcessEnginesFilter;

/**
 * Camunda's filter that serves each app's {@code index.html} reads it at {@code /app/...} of the
 * context; in this WAR the files sit under {@link CamundaWebappsPath#APP_PATH}.
 */
public class CamundaAppsFilter extends ProcessEnginesFilter {

  @Override
  protected String getWebResourceContents(String name) throws IOException {
    return super.getWebResourceContents(CamundaWebappsPath.APP_PATH + name);
  }
}
