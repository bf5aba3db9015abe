package com.geftflow.webapps;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;

/**
 * Tells the Camunda web apps that they live under {@code /camunda} of this WAR rather than at its
 * root, where {@code /api} belongs to the lender API. Camunda's Spring Boot starter does the same.
 */
@WebListener
public class CamundaWebappsPath implements ServletContextListener {

  public static final String APP_PATH = "/camunda";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContextUtil.setAppPath(APP_PATH, event.getServletContext());
  }
}
