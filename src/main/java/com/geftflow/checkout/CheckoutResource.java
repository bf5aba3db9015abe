package com.geftflow.checkout;

import com.geftflow.web.Problem;
import com.geftflow.flinks.client.FlinksSettings;
import com.geftflow.payment.CheckoutTokens;
import com.geftflow.payment.GeftPayment;
import com.geftflow.payment.Payments;
import com.geftflow.web.JsonBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;

/**
 * {@code GET /checkout/{paymentId}?token=…}: embeds the Flinks iframe for the payment's session,
 * relays its steps to the lender API, and shows the borrower the payment's state in plain words.
 */
@ApplicationScoped
@Path("/{paymentId}")
public class CheckoutResource {

  @Inject
  Payments payments;

  @Inject
  @ConfigProperties
  FlinksSettings flinks;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response page(@PathParam("paymentId") String paymentId, @QueryParam("token") String token) {
    Optional<GeftPayment> payment = authorised(paymentId, token);
    if (payment.isEmpty()) {
      return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
          .entity(resource("/checkout/invalid.html")).build();
    }
    String iframe = payment.get().sessionId() == null ? ""
        : flinks.iframeUri + (flinks.iframeUri.getQuery() == null ? "?" : "&") + "sessionId=" + payment.get().sessionId();
    PageConfig config = new PageConfig(paymentId, token, iframe, origin(flinks.iframeUri));
    String html = resource("/checkout/checkout.html").replace("\"__CONFIG__\"", JsonBodies.JSONB.toJson(config));
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  /** The borrower's view of the state; the page asks every few seconds. */
  @GET
  @Path("/status")
  @Produces(MediaType.APPLICATION_JSON)
  public Response status(@PathParam("paymentId") String paymentId, @QueryParam("token") String token) {
    return authorised(paymentId, token)
        .map(p -> Response.ok(BorrowerStatus.of(p)).header("Cache-Control", "no-store").build())
        .orElse(Problem.of(403, "Forbidden", "Invalid or expired checkout token").response());
  }

  /** What the page's script needs; serialized into the page, never concatenated as text. */
  public record PageConfig(String paymentId, String token, String iframeSrc, String iframeOrigin) {
  }

  private Optional<GeftPayment> authorised(String paymentId, String token) {
    return payments.find(paymentId).filter(p -> CheckoutTokens.valid(p, token));
  }

  static String origin(URI uri) {
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  private static String resource(String name) {
    try (InputStream in = CheckoutResource.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
