package com.geftflow.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many calls each Flinks endpoint of the sandbox answered: what a lender would pay Flinks for.
 * The benchmark reads it ({@code GET /sandbox/flinks/admin/calls}) to report calls per payment.
 */
@ApplicationScoped
public class SandboxCalls {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** {@code api/v2/sessions/{id}/status} counts as "status", {@code api/v2/sessions} as "create". */
  void count(String method, String path) {
    String[] parts = path.split("/");
    String endpoint = parts.length <= 3 ? "create" : parts.length == 4 ? "session" : String.join("/",
        java.util.Arrays.copyOfRange(parts, 4, parts.length));
    if (path.startsWith("api/v1/")) {
      endpoint = "authorize";
    }
    counts.computeIfAbsent(method + " " + endpoint, key -> new LongAdder()).increment();
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((endpoint, count) -> copy.put(endpoint, count.sum()));
    return copy;
  }

  public void reset() {
    counts.clear();
  }
}
