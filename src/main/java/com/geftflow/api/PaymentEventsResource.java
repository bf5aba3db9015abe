package com.geftflow.api;

import com.geftflow.events.DeliveryAttempt;
import com.geftflow.events.EventOutbox;
import com.geftflow.payment.Payments;
import com.geftflow.security.Roles;
import com.geftflow.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A payment's lender events and their deliveries, for operations and auditors; an operator's redelivery. */
@ApplicationScoped
@Path("/payments/{paymentId}/events")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentEventsResource {

  @Inject
  EventOutbox outbox;

  @Inject
  Payments payments;

  @GET
  @RolesAllowed({Roles.PAYMENTS_API, Roles.OPERATIONS, Roles.AUDITOR})
  @Operation(summary = "The payment's lender events in order, each with its delivery and attempts")
  public List<LenderEventView> events(@PathParam("paymentId") String paymentId) {
    requirePayment(paymentId);
    List<DeliveryAttempt> attempts = outbox.attemptsOf(paymentId);
    return outbox.ofPayment(paymentId).stream().map(e -> LenderEventView.of(e, attempts)).toList();
  }

  @POST
  @Path("/{eventId}/redeliver")
  @RolesAllowed(Roles.OPERATIONS)
  @Operation(summary = "Send a FAILED event again, at once and with a fresh retry window")
  @APIResponse(responseCode = "202", description = "Pending again; the view shows its delivery")
  @APIResponse(responseCode = "409", description = "The event is not FAILED")
  public Response redeliver(@PathParam("paymentId") String paymentId, @PathParam("eventId") String eventId) {
    requirePayment(paymentId);
    if (outbox.find(eventId).filter(e -> e.paymentId().equals(paymentId)).isEmpty()) {
      throw ProblemException.notFound("No event " + eventId + " of payment " + paymentId);
    }
    if (!outbox.redeliver(paymentId, eventId)) {
      throw ProblemException.conflict("Only a FAILED event can be redelivered");
    }
    List<DeliveryAttempt> attempts = outbox.attemptsOf(paymentId);
    return Response.accepted(outbox.find(eventId).map(e -> LenderEventView.of(e, attempts)).orElseThrow()).build();
  }

  private void requirePayment(String paymentId) {
    if (payments.find(paymentId).isEmpty()) {
      throw ProblemException.notFound("No payment " + paymentId);
    }
  }
}
