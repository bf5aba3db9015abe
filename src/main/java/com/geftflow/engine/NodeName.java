package com.geftflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in a cluster, the owner of the jobs it locks: {@code geft.node-name}, or the host
 * name and HTTP port. It must stay the same across restarts and differ between nodes
 * (docs/cluster.md): a restarted node releases the jobs locked under its name.
 */
@ApplicationScoped
public class NodeName {

  @Inject
  @ConfigProperty(name = "geft.node-name")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "http.port", defaultValue = "9080")
  String httpPort;

  public String get() {
    return configured.filter(name -> !name.isBlank()).orElseGet(() -> host() + ":" + httpPort);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
