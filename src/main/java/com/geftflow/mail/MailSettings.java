package com.geftflow.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code geft.mail.*}: the SMTP server that e-mails borrowers their checkout link. No host, no
 * e-mail: the loan officer sends the link another way. Injected values, read on job threads.
 */
@Dependent
public class MailSettings {

  @Inject
  @ConfigProperty(name = "geft.mail.host")
  public Optional<String> host;

  @Inject
  @ConfigProperty(name = "geft.mail.port", defaultValue = "587")
  public int port;

  /** The sender address borrowers see. */
  @Inject
  @ConfigProperty(name = "geft.mail.from")
  public Optional<String> from;

  @Inject
  @ConfigProperty(name = "geft.mail.user")
  public Optional<String> user;

  @Inject
  @ConfigProperty(name = "geft.mail.password")
  public Optional<String> password;

  /** Upgrade to TLS with STARTTLS, required unless set to false (a local relay). */
  @Inject
  @ConfigProperty(name = "geft.mail.starttls", defaultValue = "true")
  public boolean starttls;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }
}
