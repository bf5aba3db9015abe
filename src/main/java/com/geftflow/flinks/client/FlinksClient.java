package com.geftflow.flinks.client;

import com.geftflow.flinks.CreateSessionRequest;
import com.geftflow.flinks.CreateSessionResponse;
import com.geftflow.flinks.FlinksAuthenticationException;
import com.geftflow.flinks.FlinksException;
import com.geftflow.flinks.FlinksRejectedException;
import com.geftflow.flinks.FlinksSessions;
import com.geftflow.flinks.FlinksUnavailableException;
import com.geftflow.flinks.GuaranteeConfirmation;
import com.geftflow.flinks.SessionDetails;
import com.geftflow.flinks.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The product's one way to talk to Flinks. Calls time out, reads and cancel are retried with
 * backoff when Flinks is unavailable, nothing is retried when Flinks refused the request or our
 * credentials, and a circuit breaker stops hammering Flinks while it is down. Each method is tuned
 * by MicroProfile Fault Tolerance settings ({@code com.geftflow.flinks.client.FlinksClient/status/Retry/maxRetries=…}).
 *
 * <p>Creating a session is not retried here: the process's asynchronous create step retries it as
 * a job. If Flinks created a session but the job's transaction then failed, the retry creates a
 * second one; the first was never stored, never shown to the borrower, and expires at Flinks. Only
 * the session id committed with the payment is ever put in a checkout URL (see the payment records).
 */
@ApplicationScoped
@Timeout(value = 20, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = FlinksUnavailableException.class,
    abortOn = {FlinksRejectedException.class, FlinksAuthenticationException.class})
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
    failOn = FlinksUnavailableException.class)
public class FlinksClient implements FlinksSessions {

  static final String CALLS = "geft.flinks.calls";

  @Inject
  @ConfigProperties
  FlinksSettings settings;

  @Inject
  MetricRegistry metrics;

  private FlinksSessionsApi sessions;
  private FlinksTokens tokens;

  /** The container's context class loader of this application, as request threads have it. */
  private ClassLoader applicationContextClassLoader;

  /**
   * Built at start, on a container thread, so that the client works from any thread later; private,
   * so that the class-level fault tolerance does not wrap it.
   */
  private void connect(@Observes @Initialized(ApplicationScoped.class) Object started) {
    applicationContextClassLoader = Thread.currentThread().getContextClassLoader();
    withApplicationClassLoader(() -> {
      FlinksAuthorizeApi authorize = builder().build(FlinksAuthorizeApi.class);
      tokens = settings.authMode() == FlinksSettings.AuthMode.BEARER
          ? new FlinksTokens(authorize, settings.requiredClientId(), settings.requiredClientSecret(), Clock.systemUTC())
          : null;
      sessions = builder().register(new FlinksAuthFilter(settings, tokens)).build(FlinksSessionsApi.class);
      return null;
    });
  }

  /**
   * Camunda's job executor sets the thread's context class loader to the WAR's own, which cannot
   * see the container's Rest Client implementation ("Provider … not found"): calls run with the
   * container's context class loader of this application instead.
   */
  private <T> T withApplicationClassLoader(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(applicationContextClassLoader);
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private RestClientBuilder builder() {
    return RestClientBuilder.newBuilder()
        .baseUri(settings.baseUri)
        .connectTimeout(settings.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .register(FlinksResponseMapper.class);
  }

  /** Not retried here: the process's create step is a job that the engine retries. */
  @Retry(maxRetries = 0)
  @Override
  public CreateSessionResponse createSession(CreateSessionRequest request) {
    return call("create", api -> api.create(request));
  }

  @Override
  public SessionStatus status(String sessionId) {
    return call("status", api -> api.status(sessionId));
  }

  @Override
  public SessionDetails details(String sessionId) {
    return call("details", api -> api.details(sessionId));
  }

  /** Retrying is safe: a second cancel of a canceled session is refused, and the status stays true. */
  @Override
  public SessionStatus cancel(String sessionId) {
    return call("cancel", api -> api.cancel(sessionId));
  }

  /** Not retried: a lost answer is settled by the status check that follows, not by confirming twice. */
  @Retry(maxRetries = 0)
  @Override
  public SessionStatus confirmGuarantee(String sessionId, boolean accepted) {
    return call("confirm-guarantee", api -> api.confirmGuarantee(sessionId, new GuaranteeConfirmation(accepted)));
  }

  private <T> T call(String endpoint, Function<FlinksSessionsApi, T> request) {
    try {
      return send(endpoint, request);
    } catch (FlinksAuthenticationException refused) {
      if (tokens == null) {
        throw refused;
      }
      tokens.invalidate(); // an expired or revoked token: one more try with a fresh one
      return send(endpoint, request);
    }
  }

  /** One HTTP call, timed in {@value #CALLS} by endpoint and outcome. */
  private <T> T send(String endpoint, Function<FlinksSessionsApi, T> request) {
    long started = System.nanoTime();
    String outcome = "ok";
    try {
      return withApplicationClassLoader(() -> request.apply(sessions));
    } catch (ProcessingException noAnswer) {
      if (noAnswer.getCause() instanceof FlinksException answered) {
        outcome = outcome(answered);
        throw answered;
      }
      outcome = "unavailable";
      throw new FlinksUnavailableException(
          "Flinks did not answer: " + noAnswer.getClass().getSimpleName(), 0, noAnswer);
    } catch (FlinksException answered) {
      outcome = outcome(answered);
      throw answered;
    } finally {
      metrics.timer(CALLS, new Tag("endpoint", endpoint), new Tag("outcome", outcome))
          .update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static String outcome(FlinksException answered) {
    if (answered instanceof FlinksRejectedException) {
      return "rejected";
    }
    return answered instanceof FlinksAuthenticationException ? "authentication" : "unavailable";
  }

  /** Fault Tolerance's own refusals mean the same to the process as Flinks being down. */
  public static boolean isUnavailable(RuntimeException e) {
    return e instanceof FlinksUnavailableException || e instanceof CircuitBreakerOpenException
        || e instanceof TimeoutException;
  }
}
