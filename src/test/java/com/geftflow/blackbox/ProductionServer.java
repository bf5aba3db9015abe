package com.geftflow.blackbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production package, {@code target/geft-flow.jar}, started as an operator would: {@code java -jar}
 * with its settings in the environment, on free ports, extracted into a directory of its own that
 * {@link #close()} removes with the process.
 */
final class ProductionServer implements AutoCloseable {

  static final Path JAR = Path.of("target", "geft-flow.jar");
  static final Duration START_PATIENCE = Duration.ofMinutes(4);

  final int httpPort;
  final int httpsPort;
  final Path home;
  final Path log;
  private final Path extracted;
  private final Process process;

  private ProductionServer(Path home, Map<String, String> settings, int httpPort, int httpsPort) throws IOException {
    this.home = home;
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
    // the jar unpacks into a directory that must not exist yet, one per start
    this.extracted = Files.createTempDirectory(home, "run-").resolve("wlp");
    this.log = extracted.getParent().resolve("console.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("GEFT_"));
    environment.put("WLP_JAR_EXTRACT_DIR", extracted.toString());
    environment.put("HTTP_PORT", Integer.toString(httpPort));
    environment.put("HTTPS_PORT", Integer.toString(httpsPort));
    environment.putAll(settings);
    this.process = builder.start();
  }

  /** A server with these settings; {@code home} holds what the test prepared (keystore, registry). */
  static ProductionServer start(Path home, Map<String, String> settings) throws IOException {
    return new ProductionServer(home, settings, freePort(), freePort());
  }

  /** On these ports: a server started again where the previous one was. */
  static ProductionServer start(Path home, Map<String, String> settings, int httpPort, int httpsPort)
      throws IOException {
    return new ProductionServer(home, settings, httpPort, httpsPort);
  }

  static final String SANDBOX_KEY = "node-sandbox-key";
  static final String SANDBOX_CLIENT = "node-sandbox-client";

  /**
   * A server that runs the built-in sandbox as its Flinks, reached at {@code base} (the server itself,
   * or the load balancer in front of several), with the lender {@code user} in its registry.
   */
  static Map<String, String> onItsOwnSandbox(Path home, String base, String nodeName, String user, String password)
      throws IOException {
    Path registry = Files.writeString(home.resolve("registry.xml"), """
        <server>
          <basicRegistry id="basic" realm="GEFT Flow">
            <user name="%s" password="%s"/>
            <group name="payments-api"><member name="%s"/></group>
          </basicRegistry>
        </server>
        """.formatted(user, password, user));
    // one secret for every node: a webhook may land on any of them
    String webhookSecret = "webhook-secret-of-" + user;
    Map<String, String> settings = new java.util.HashMap<>();
    settings.put("GEFT_NODE_NAME", nodeName);
    settings.put("GEFT_SERVER_CONFIG", registry.toString());
    settings.put("GEFT_SANDBOX_ENABLED", "true");
    settings.put("GEFT_SANDBOX_API_KEY", SANDBOX_KEY);
    settings.put("GEFT_SANDBOX_CLIENT_ID", SANDBOX_CLIENT);
    settings.put("GEFT_SANDBOX_WEBHOOK_SECRET", webhookSecret);
    settings.put("GEFT_SANDBOX_WEBHOOK_URL", base + "/webhooks/flinks/geft");
    settings.put("GEFT_SANDBOX_PARENT_ORIGIN", base);
    settings.put("GEFT_FLINKS_BASE_URI", base + "/sandbox/flinks");
    settings.put("GEFT_FLINKS_IFRAME_URI", base + "/sandbox/flinks/app/");
    settings.put("GEFT_FLINKS_API_KEY", SANDBOX_KEY);
    settings.put("GEFT_FLINKS_CLIENT_ID", SANDBOX_CLIENT);
    settings.put("GEFT_WEBHOOK_SECRET", webhookSecret);
    return settings;
  }

  static Path newHome() throws IOException {
    Path target = Files.createDirectories(Path.of("target", "production-it"));
    return Files.createTempDirectory(target, "server-").toAbsolutePath();
  }

  String httpUrl() {
    return "http://localhost:" + httpPort;
  }

  String httpsUrl() {
    return "https://localhost:" + httpsPort;
  }

  void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    await().atMost(START_PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
        .failFast("the server exited: " + console(), () -> !process.isAlive())
        .until(() -> client.send(HttpRequest.newBuilder(URI.create(httpUrl() + "/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
  }

  /** The exit status, once the process ended by itself. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not stop by itself: " + console());
    }
    return process.exitValue();
  }

  String console() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** kill -9: no shutdown hook, no quiesce, nothing flushed that was not already. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try (Stream<Path> files = Files.walk(extracted)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (java.nio.file.NoSuchFileException notExtracted) {
      // the process ended before it extracted anything
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
