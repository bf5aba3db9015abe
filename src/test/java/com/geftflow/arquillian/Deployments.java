package com.geftflow.arquillian;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The product's own WAR, as built by this run, plus the in-container tests and their models. */
final class Deployments {

  private Deployments() {
  }

  static WebArchive productWar() {
    File war = new File(System.getProperty("geft.war", "target/geft-flow.war"));
    // served at "/" (--contextroot in pom.xml), where the product's own URLs point
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addPackage(Deployments.class.getPackage())
        .addAsResource("arquillian/delegate-and-timer.bpmn");
  }
}
