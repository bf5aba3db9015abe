package com.geftflow.process;

import com.geftflow.mail.CheckoutLinkMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "E-mail the checkout link" of a calling process: sends {@code checkoutUrl} to {@code payorEmail}
 * when mail is configured and the payor has an address; {@code checkoutLinkEmailed} says whether it did.
 */
@ApplicationScoped
@Named("emailCheckoutLinkDelegate")
public class EmailCheckoutLinkDelegate implements JavaDelegate {

  static final String EMAILED = "checkoutLinkEmailed";

  @Inject
  CheckoutLinkMail mail;

  public EmailCheckoutLinkDelegate() {
  }

  EmailCheckoutLinkDelegate(CheckoutLinkMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String to = GeftVariables.string(execution, "payorEmail");
    boolean emailing = mail.enabled() && to != null && !to.isBlank();
    if (emailing) {
      Date expiresAt = (Date) execution.getVariable(GeftVariables.CHECKOUT_EXPIRES_AT);
      mail.send(to, GeftVariables.string(execution, "referenceId"),
          URI.create(GeftVariables.string(execution, GeftVariables.CHECKOUT_URL)),
          expiresAt.toInstant().atOffset(ZoneOffset.UTC));
    }
    execution.setVariable(EMAILED, emailing);
  }
}
