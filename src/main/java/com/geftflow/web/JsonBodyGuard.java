package com.geftflow.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every request body an application of the product reads: at most {@code geft.http.max-body-size}
 * bytes (413 beyond), and a JSON body only once it is known to be whole and well-formed
 * ({@link JsonBodies}). A resource that takes the raw bytes (the webhook receiver, which must check
 * the signature first) gets them bounded and checks them itself.
 */
public class JsonBodyGuard implements ReaderInterceptor {

  private static final MediaType CSV = new MediaType("text", "csv");

  private final int limit = ConfigProvider.getConfig()
      .getOptionalValue("geft.http.max-body-size", Integer.class).orElse(JsonBodies.DEFAULT_LIMIT);
  /** Settlement files (text/csv, the audit's reconciliations) are larger than any request. */
  private final int csvLimit = ConfigProvider.getConfig()
      .getOptionalValue("geft.reconciliation.max-bytes", Integer.class).orElse(limit);

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    boolean csv = CSV.isCompatible(context.getMediaType());
    byte[] body = JsonBodies.read(context.getInputStream(), csv ? csvLimit : limit);
    if (body.length > 0 && context.getType() != byte[].class
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      JsonBodies.check(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }
}
