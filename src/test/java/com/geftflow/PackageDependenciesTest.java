package com.geftflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package tree of docs/architecture.md: dependencies point one way, and the domain sits below the edges. */
class PackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/com/geftflow");
  private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.geftflow\\.([a-z.]+?)\\.[A-Z]");

  private final Map<String, Set<String>> uses = readDependencies();

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    for (String start : uses.keySet()) {
      assertThat(reachableFrom(start)).as("packages that %s reaches, which must not include itself", start)
          .doesNotContain(start);
    }
  }

  @Test
  void theDomainKnowsNeitherTheEngineNorTheEdgesNorTheRestClient() {
    assertThat(uses.get("payment")).doesNotContain("process", "engine", "api", "webhook", "checkout", "audit",
        "sandbox", "flinks.client");
    assertThat(uses.get("flinks")).containsOnly("web");
    assertThat(uses.get("web")).isEmpty();
    assertThat(uses.get("sandbox")).doesNotContain("payment", "process", "engine", "flinks.client");
  }

  private Set<String> reachableFrom(String start) {
    Set<String> seen = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(uses.getOrDefault(start, Set.of()));
    while (!next.isEmpty()) {
      String current = next.pop();
      if (seen.add(current)) {
        next.addAll(uses.getOrDefault(current, Set.of()));
      }
    }
    return seen;
  }

  private static Map<String, Set<String>> readDependencies() {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> targets = uses.computeIfAbsent(from, p -> new TreeSet<>());
        REFERENCE.matcher(Files.readString(file)).results().map(m -> m.group(1))
            .filter(to -> !to.equals(from)).forEach(targets::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(uses).containsKeys(List.of("payment", "process", "engine", "flinks", "flinks.client", "web")
        .toArray(String[]::new));
    return uses;
  }
}
