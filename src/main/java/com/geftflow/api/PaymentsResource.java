package com.geftflow.api;

import com.geftflow.flinks.SessionRequestValidator;
import com.geftflow.payment.CheckReason;
import com.geftflow.payment.CheckoutTokens;
import com.geftflow.payment.CheckoutLink;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.LifecycleSettings;
import com.geftflow.payment.PaymentCommands;
import com.geftflow.payment.PaymentRequest;
import com.geftflow.payment.Payments;
import com.geftflow.payment.SearchFilters;
import com.geftflow.payment.TooManyStepsException;
import com.geftflow.process.GeftProcess.Decision;
import com.geftflow.process.GeftProcess;
import com.geftflow.process.GeftVariables;
import com.geftflow.process.PaymentStarter;
import com.geftflow.process.ProcessWakeUp;
import com.geftflow.security.Roles;
import com.geftflow.security.Sha256;
import com.geftflow.web.FieldError;
import com.geftflow.web.JsonBodies;
import com.geftflow.web.Problem;
import com.geftflow.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The lender API: start, read, search and cancel payments, and decide next-best offers. */
@ApplicationScoped
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  private static final Logger LOG = Logger.getLogger(PaymentsResource.class.getName());
  static final int MAX_PAGE = 200;

  /** {@code POST /payments/{id}/guarantee-decision}. */
  public record GuaranteeDecision(Boolean accept, String reason) {
  }

  @Inject
  Payments payments;

  @Inject
  PaymentStarter starter;

  @Inject
  PaymentCommands commands;

  @Inject
  SessionRequestValidator validator;

  @Inject
  ProcessWakeUp wakeUp;

  @Inject
  LifecycleSettings lifecycleSettings;

  @Inject
  TaskService tasks;

  @Context
  UriInfo uri;

  @Context
  SecurityContext security;

  @POST
  @RolesAllowed(Roles.PAYMENTS_API)
  @Operation(summary = "Start a GEFT payment",
      description = "Validates every field, registers the payment and starts its process. With an "
          + "Idempotency-Key, a replay of the same request returns the payment it started and starts nothing; "
          + "the same key with another request is refused with 422.")
  @APIResponse(responseCode = "201", description = "Started; Location names the payment")
  @APIResponse(responseCode = "400", description = "Invalid fields, each as {field, message}; nothing started")
  @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different request")
  public Response start(PaymentRequest input,
      @Parameter(description = "Makes retries safe: at most 200 characters")
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    if (input == null) {
      throw ProblemException.invalid("body", "is required");
    }
    List<FieldError> errors = new ArrayList<>(input.errors(validator));
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      errors.add(new FieldError("Idempotency-Key", "must be 1 to 200 characters"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String fingerprint = Sha256.hex(JsonBodies.JSONB.toJson(input).getBytes(StandardCharsets.UTF_8));
    // each caller's keys are its own: another lender system with the same key starts its own payment
    String scopedKey = idempotencyKey == null ? null
        : Sha256.hex((user() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    if (scopedKey != null) {
      Optional<Response> replay = replay(scopedKey, fingerprint);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    GeftPayment payment;
    try {
      payment = starter.start(input, scopedKey, fingerprint, user());
    } catch (RuntimeException e) {
      // two requests with one key at the same moment: the unique key let one through
      if (scopedKey != null) {
        Optional<Response> replay = replay(scopedKey, fingerprint);
        if (replay.isPresent()) {
          return replay.get();
        }
      }
      throw e;
    }
    return Response.created(location(payment)).entity(view(payment, true)).build();
  }

  private Optional<Response> replay(String idempotencyKey, String fingerprint) {
    return payments.findByIdempotencyKey(idempotencyKey).map(first -> fingerprint.equals(first.requestFingerprint())
        ? Response.created(location(first)).header("Idempotent-Replay", "true").entity(view(first, true)).build()
        : Problem.of(422, "Unprocessable Entity", "Idempotency-Key was used for a different request").response());
  }

  @GET
  @Path("/{paymentId}")
  @RolesAllowed({Roles.PAYMENTS_API, Roles.OPERATIONS, Roles.AUDITOR})
  @Operation(summary = "The payment view, with its timeline")
  public PaymentView get(@PathParam("paymentId") String paymentId) {
    return view(find(paymentId), true);
  }

  @GET
  @RolesAllowed({Roles.PAYMENTS_API, Roles.OPERATIONS, Roles.AUDITOR})
  @Operation(summary = "Search payments by reference and state, newest first (without timelines)")
  public List<PaymentView> search(@QueryParam("referenceId") String referenceId, @QueryParam("state") String state,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    SearchFilters filters = SearchFilters.parse(referenceId, state, null, null, offset, limit, MAX_PAGE);
    return payments.search(filters.referenceId(), filters.state(), null, null, filters.offset(), filters.limit())
        .stream().map(p -> view(p, false)).toList();
  }

  @POST
  @Path("/{paymentId}/cancel")
  @RolesAllowed({Roles.PAYMENTS_API, Roles.OPERATIONS})
  @Operation(summary = "Cancel the payment's session at Flinks (EFT0501)",
      description = "202: Flinks was asked; the payment ends CANCELED, or in whatever Flinks says if the borrower "
          + "finished first. 409 when the payment has already ended or has no session yet.")
  public Response cancel(@PathParam("paymentId") String paymentId) {
    GeftPayment payment = find(paymentId);
    if (!payment.cancelable()) {
      throw ProblemException.conflict(payment.sessionId() == null
          ? "The payment has no Flinks session yet; try again shortly" : "The payment has ended: " + payment.state());
    }
    commands.cancel(paymentId, user());
    tryWake(paymentId, CheckReason.WAKE);
    return Response.accepted(view(payments.get(paymentId), true)).build();
  }

  @POST
  @Path("/{paymentId}/guarantee-decision")
  @RolesAllowed(Roles.PAYMENTS_API)
  @Operation(summary = "Accept or refuse a next-best offer that awaits a decision (state OFFER_PENDING)")
  public Response decideGuarantee(@PathParam("paymentId") String paymentId, GuaranteeDecision decision) {
    GeftPayment payment = find(paymentId);
    if (decision == null || decision.accept() == null) {
      throw ProblemException.invalid("accept", "is required");
    }
    Task task = payment.processInstanceId() == null ? null : tasks.createTaskQuery()
        .processInstanceId(payment.processInstanceId()).taskDefinitionKey(GeftProcess.DECIDE_OFFER).singleResult();
    if (task == null) {
      throw ProblemException.conflict("No next-best offer awaits a decision for this payment");
    }
    tasks.complete(task.getId(), Map.of(
        GeftVariables.DECISION, (decision.accept() ? Decision.ACCEPT : Decision.REFUSE).name(),
        GeftVariables.DECISION_REASON, "lender " + user() + (decision.reason() == null ? "" : ": " + decision.reason())));
    return Response.accepted(view(payments.get(paymentId), true)).build();
  }

  @POST
  @Path("/{paymentId}/sessions")
  @RolesAllowed(Roles.PAYMENTS_API)
  @Operation(summary = "Give the borrower a new Flinks session for a payment that ended without money moving",
      description = "For EXPIRED, LOGIN_FAILED, INSUFFICIENT_FUNDS, CANCELED and GUARANTEE_DECLINED: the same payment "
          + "and referenceId, a new session and checkout link (the timeline keeps every session). 409 for any other "
          + "state. With an Idempotency-Key, a retry of the same request starts no second session.")
  @APIResponse(responseCode = "202", description = "The new session is being created; the view shows the new checkoutUrl")
  @APIResponse(responseCode = "409", description = "The payment's state allows no new session")
  public Response newSession(@PathParam("paymentId") String paymentId,
      @Parameter(description = "Makes retries safe: at most 200 characters")
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    GeftPayment payment = find(paymentId);
    String keyNote = idempotencyKey == null ? "" : " (idempotency key " + Sha256.hex(
        (user() + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ")";
    if (!keyNote.isEmpty() && payments.timeline(paymentId).stream()
        .anyMatch(e -> e.detail() != null && e.detail().contains(keyNote))) {
      return Response.accepted(view(payment, true)).header("Idempotent-Replay", "true").build();
    }
    if (!payment.state().allowsNewSession()) {
      throw ProblemException.conflict("A payment in state " + payment.state() + " cannot get a new session");
    }
    Task alternative = payment.processInstanceId() == null ? null : tasks.createTaskQuery()
        .processInstanceId(payment.processInstanceId()).taskDefinitionKey(GeftProcess.ARRANGE_ALTERNATIVE)
        .singleResult();
    if (alternative != null) {
      // the declined payment's process still waits on operations: its "new session" path renews it
      tasks.complete(alternative.getId(), Map.of(GeftVariables.DECISION, Decision.NEW_SESSION.name(),
          GeftVariables.DECISION_REASON, "lender " + user() + " asked for a new session" + keyNote));
    } else if (!starter.restart(paymentId, user() + keyNote)) {
      throw ProblemException.conflict("The payment's process is still running; try again when it has ended");
    }
    return Response.accepted(view(payments.get(paymentId), true)).build();
  }

  @POST
  @Path("/{paymentId}/checkout-token")
  @RolesAllowed(Roles.PAYMENTS_API)
  @Operation(summary = "Replace the payment's checkout link (the old one stops working at once)",
      description = "For a link that leaked or went to the wrong person; the session and its window stay. 409 once "
          + "the payment has ended.")
  public PaymentView rotateCheckoutToken(@PathParam("paymentId") String paymentId) {
    GeftPayment payment = find(paymentId);
    if (payment.state().isTerminal()) {
      throw ProblemException.conflict("The payment has ended: " + payment.state());
    }
    return view(commands.rotateCheckoutToken(paymentId, user()), true);
  }

  /**
   * The checkout page relays the iframe's steps here. Authorised by the payment's checkout token,
   * not by the lender's credentials. The steps go on the timeline and may trigger a status check;
   * they never decide the outcome.
   */
  @POST
  @Path("/{paymentId}/frontend-events")
  @PermitAll
  @Operation(summary = "A step of the Flinks iframe, relayed by the checkout page (checkout token required)")
  public Response frontendEvent(@PathParam("paymentId") String paymentId, @QueryParam("token") String token,
      Map<String, Object> event) {
    Optional<GeftPayment> payment = payments.find(paymentId);
    if (payment.isEmpty() || !CheckoutTokens.valid(payment.get(), token)) {
      throw new ProblemException(403, "Forbidden", "Invalid or expired checkout token");
    }
    if (payment.get().state().isTerminal()
        && payment.get().updatedAt().plus(lifecycleSettings.stepsAfterEnd).isBefore(payments.now())) {
      // the token still shows the page its final state, but has nothing left to tell the payment
      throw ProblemException.conflict("The payment has ended: " + payment.get().state());
    }
    Object step = event == null ? null : event.get("Step");
    if (!(step instanceof String name) || !name.matches("[A-Z_]{1,40}")) {
      throw ProblemException.invalid("Step", "is required");
    }
    CheckReason wake;
    try {
      wake = commands.recordFrontendStep(paymentId, name);
    } catch (TooManyStepsException tooMany) {
      throw new ProblemException(429, "Too Many Requests", tooMany.getMessage());
    }
    if (wake != null) {
      tryWake(paymentId, wake);
    }
    return Response.noContent().build();
  }

  private GeftPayment find(String paymentId) {
    return payments.find(paymentId).orElseThrow(() -> ProblemException.notFound("No payment " + paymentId));
  }

  /**
   * After a cancel or a frontend step, as far as it can now. A failure means the process is busy or
   * another wake-up (the webhook, a poll) raced this one: that one reads the status anyway, so the
   * caller's request must not fail for it.
   */
  private void tryWake(String paymentId, CheckReason reason) {
    try {
      wakeUp.wakePayment(paymentId, reason);
    } catch (RuntimeException raced) {
      LOG.log(Level.FINE, "Wake-up of payment " + paymentId + " raced another; the status check follows", raced);
    }
  }

  private PaymentView view(GeftPayment payment, boolean withTimeline) {
    // the checkout link is the borrower's capability: the lender hands it out, operations may resend
    // it; an auditor reads history and never gets it
    boolean mayHandOut = security.isUserInRole(Roles.PAYMENTS_API) || security.isUserInRole(Roles.OPERATIONS);
    URI checkout = !mayHandOut ? null : CheckoutLink.of(uri.getBaseUriBuilder().replacePath("/").build(), payment).url();
    return PaymentView.of(payment, checkout, withTimeline ? payments.timeline(payment.paymentId()) : null);
  }

  private URI location(GeftPayment payment) {
    return uri.getBaseUriBuilder().path("payments").path(payment.paymentId()).build();
  }

  private String user() {
    return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
  }

}
